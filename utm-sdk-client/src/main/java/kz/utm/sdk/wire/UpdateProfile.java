package kz.utm.sdk.wire;

import java.util.Objects;
import java.util.Optional;

/**
 * Changing one's own profile: an empty phone number clears it, an empty new password keeps the
 * password. Immutable and thread-safe. A {@code null} is refused with a
 * {@link NullPointerException} naming the parameter. {@link #toString()} hides the password.
 *
 * @param fullName the full name
 * @param phoneNumber the E.164 phone number, or none
 * @param newPassword a new password, or none to keep it
 */
public record UpdateProfile(String fullName, Optional<String> phoneNumber, Optional<String> newPassword) {

    /** Refuses nulls. */
    public UpdateProfile {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(newPassword, "newPassword");
    }

    @Override
    public String toString() {
        return "UpdateProfile[fullName=" + fullName + ", phoneNumber=" + phoneNumber + ", newPassword="
                + (newPassword.isPresent() ? "(hidden)" : "(unchanged)") + "]";
    }
}
