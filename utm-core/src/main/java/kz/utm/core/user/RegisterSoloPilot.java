package kz.utm.core.user;

import java.util.Optional;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.utm.core.common.constraints.E164;
import kz.utm.core.common.constraints.Iin;

/**
 * Command: someone registers themselves, as a solo pilot.
 *
 * @param fullName 1 to 100 characters
 * @param email a valid address, at most 255 characters
 * @param phoneNumber E.164, such as {@code +77011234567}
 * @param iin a valid Kazakhstani individual identification number
 * @param password 8 to 128 characters; only its hash is stored
 */
public record RegisterSoloPilot(
        @NotBlank @Size(max = 100) String fullName,
        @NotBlank @Email @Size(max = 255) String email,
        @NotNull Optional<@E164 String> phoneNumber,
        @NotNull Optional<@Iin String> iin,
        @NotNull @Size(min = 8, max = 128) String password) {

    @Override
    public String toString() {
        return "RegisterSoloPilot[email=" + email + "]";
    }
}
