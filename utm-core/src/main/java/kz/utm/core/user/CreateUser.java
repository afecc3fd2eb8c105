package kz.utm.core.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.utm.core.common.CrossFieldChecked;
import kz.utm.core.common.FieldError;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.constraints.E164;
import kz.utm.core.common.constraints.Iin;

/**
 * Command: an admin creates a user of a given role.
 *
 * <p>Organization admins and pilots need an organization; authority admins must have none.
 * Solo pilots register themselves ({@link RegisterSoloPilot}).
 *
 * @param fullName 1 to 100 characters
 * @param email a valid address, at most 255 characters
 * @param phoneNumber E.164
 * @param iin a valid IIN
 * @param password 8 to 128 characters; only its hash is stored
 * @param role the new user's role
 * @param organizationId the new user's organization
 */
public record CreateUser(
        @NotBlank @Size(max = 100) String fullName,
        @NotBlank @Email @Size(max = 255) String email,
        @NotNull Optional<@E164 String> phoneNumber,
        @NotNull Optional<@Iin String> iin,
        @NotNull @Size(min = 8, max = 128) String password,
        @NotNull UserRole role,
        @NotNull Optional<OrganizationId> organizationId) implements CrossFieldChecked {

    @Override
    public List<FieldError> crossFieldErrors() {
        List<FieldError> errors = new ArrayList<>();
        if (role != null && organizationId != null) {
            if (role.isOrganizationMember() && organizationId.isEmpty()) {
                errors.add(new FieldError("organizationId", "is required for role " + role));
            } else if (!role.isOrganizationMember() && organizationId.isPresent()) {
                errors.add(new FieldError("organizationId", "must be empty for role " + role));
            }
        }
        return errors;
    }

    @Override
    public String toString() {
        return "CreateUser[email=" + email + ", role=" + role + ", organizationId=" + organizationId + "]";
    }
}
