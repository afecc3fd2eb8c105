package kz.utm.sdk;

import java.util.Objects;

/** The checks at the door of every resource method: ids positive, page bounds sane. */
final class Checks {

    /** The page size {@code all()} streams use: the server's largest for most lists. */
    static final int STREAM_PAGE = 500;

    private Checks() {
    }

    static int id(int id, String name) {
        if (id < 1) {
            throw new IllegalArgumentException(name + " must be a positive id, got " + id);
        }
        return id;
    }

    static void page(int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + offset);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
    }

    static <T> T present(T value, String name) {
        return Objects.requireNonNull(value, name);
    }
}
