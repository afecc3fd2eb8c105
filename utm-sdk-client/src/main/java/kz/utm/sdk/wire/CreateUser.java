package kz.utm.sdk.wire;

import java.util.Objects;
import java.util.Optional;

/**
 * An admin creating a user with a role: an organization role needs an organization, the others
 * must not have one. Immutable and thread-safe. A {@code null} is refused with a
 * {@link NullPointerException} naming the parameter, an organization id below 1 with an
 * {@link IllegalArgumentException}. {@link #toString()} hides the password.
 *
 * @param fullName the full name
 * @param email the sign-in e-mail address
 * @param phoneNumber an E.164 phone number
 * @param iin a Kazakhstan individual identification number
 * @param password the initial password, 8 to 128 characters
 * @param role the role
 * @param organizationId the organization, for the organization roles
 */
public record CreateUser(String fullName, String email, Optional<String> phoneNumber, Optional<String> iin,
        String password, UserRole role, Optional<Integer> organizationId) {

    /** Refuses nulls and ids below 1. */
    public CreateUser {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(iin, "iin");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(role, "role");
        Ids.requirePositive(organizationId, "organizationId");
    }

    /** A member of an organization, in one of the organization roles. */
    public static CreateUser member(String fullName, String email, String password, UserRole role, int organizationId) {
        return new CreateUser(fullName, email, Optional.empty(), Optional.empty(), password, role,
                Optional.of(organizationId));
    }

    /** An authority admin or a solo pilot, in no organization. */
    public static CreateUser unaffiliated(String fullName, String email, String password, UserRole role) {
        return new CreateUser(fullName, email, Optional.empty(), Optional.empty(), password, role, Optional.empty());
    }

    @Override
    public String toString() {
        return "CreateUser[fullName=" + fullName + ", email=" + email + ", password=(hidden), role=" + role
                + ", organizationId=" + organizationId + "]";
    }
}
