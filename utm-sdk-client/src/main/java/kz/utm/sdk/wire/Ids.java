package kz.utm.sdk.wire;

import java.util.Objects;
import java.util.Optional;

/** The check every id at the door gets: present and positive, as the server's ids are. */
final class Ids {

    private Ids() {
    }

    static int requirePositive(int id, String name) {
        if (id < 1) {
            throw new IllegalArgumentException(name + " must be a positive id, got " + id);
        }
        return id;
    }

    static Optional<Integer> requirePositive(Optional<Integer> id, String name) {
        Objects.requireNonNull(id, name);
        id.ifPresent(value -> requirePositive(Objects.requireNonNull(value, name), name));
        return id;
    }
}
