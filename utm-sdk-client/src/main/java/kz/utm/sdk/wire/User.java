package kz.utm.sdk.wire;

import java.time.Instant;
import java.util.Optional;

/**
 * A user as the server shows it (never the password). Immutable and thread-safe.
 *
 * @param id the user's id
 * @param fullName the full name
 * @param email the sign-in e-mail address
 * @param phoneNumber the E.164 phone number, if given
 * @param iin the Kazakhstan individual identification number, if given
 * @param role the role
 * @param organizationId the organization, for the organization roles
 * @param active whether the account may act
 * @param createdAt when created
 * @param updatedAt when last changed
 * @param deletedAt when soft-deleted, if it is
 */
public record User(int id, String fullName, String email, Optional<String> phoneNumber, Optional<String> iin,
        UserRole role, Optional<Integer> organizationId, boolean active, Instant createdAt, Instant updatedAt,
        Optional<Instant> deletedAt) {
}
