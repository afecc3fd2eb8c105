package kz.utm.core.user;

import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.utm.core.common.constraints.E164;

/**
 * Command: a user changes their own profile.
 *
 * @param fullName 1 to 100 characters
 * @param phoneNumber E.164; empty removes it
 * @param newPassword a new password of 8 to 128 characters; empty keeps the current one
 */
public record UpdateProfile(
        @NotBlank @Size(max = 100) String fullName,
        @NotNull Optional<@E164 String> phoneNumber,
        @NotNull Optional<@Size(min = 8, max = 128) String> newPassword) {

    @Override
    public String toString() {
        return "UpdateProfile[fullName=" + fullName + "]";
    }
}
