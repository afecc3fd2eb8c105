package kz.utm.sdk.wire;

import java.util.Objects;
import java.util.Optional;

/**
 * Registering oneself as a solo pilot. Immutable and thread-safe. A {@code null} is refused
 * with a {@link NullPointerException} naming the parameter. {@link #toString()} hides the
 * password.
 *
 * @param fullName the full name
 * @param email the sign-in e-mail address
 * @param phoneNumber an E.164 phone number
 * @param iin a Kazakhstan individual identification number
 * @param password the password, 8 to 128 characters
 */
public record RegisterSoloPilot(String fullName, String email, Optional<String> phoneNumber, Optional<String> iin,
        String password) {

    /** Refuses nulls. */
    public RegisterSoloPilot {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(iin, "iin");
        Objects.requireNonNull(password, "password");
    }

    /** Without phone number or IIN. */
    public RegisterSoloPilot(String fullName, String email, String password) {
        this(fullName, email, Optional.empty(), Optional.empty(), password);
    }

    @Override
    public String toString() {
        return "RegisterSoloPilot[fullName=" + fullName + ", email=" + email + ", password=(hidden)]";
    }
}
