package kz.utm.examples.server.api;

import java.time.Instant;
import java.util.Optional;

import kz.utm.core.user.User;

/** A user as the API shows it: never the password hash. */
public record UserView(int id, String fullName, String email, Optional<String> phoneNumber, Optional<String> iin,
        String role, Optional<Integer> organizationId, boolean active, Instant createdAt, Instant updatedAt,
        Optional<Instant> deletedAt) {

    /** The view of a stored user. */
    public static UserView of(User user) {
        return new UserView(user.id().value(), user.fullName(), user.email(), user.phoneNumber(), user.iin(),
                user.role().name(), user.organizationId().map(o -> o.value()), user.active(),
                user.audit().createdAt(), user.audit().updatedAt(), user.audit().deletedAt());
    }
}
