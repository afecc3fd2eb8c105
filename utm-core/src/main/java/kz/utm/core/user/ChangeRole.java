package kz.utm.core.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotNull;

import kz.utm.core.common.CrossFieldChecked;
import kz.utm.core.common.FieldError;
import kz.utm.core.common.OrganizationId;

/**
 * Command: the authority changes a user's role and organization.
 *
 * @param role the new role
 * @param organizationId the new organization: required for organization roles, empty otherwise
 */
public record ChangeRole(@NotNull UserRole role, @NotNull Optional<OrganizationId> organizationId)
        implements CrossFieldChecked {

    @Override
    public List<FieldError> crossFieldErrors() {
        List<FieldError> errors = new ArrayList<>();
        if (role != null && organizationId != null && role.isOrganizationMember() != organizationId.isPresent()) {
            errors.add(new FieldError("organizationId", role.isOrganizationMember()
                    ? "is required for role " + role : "must be empty for role " + role));
        }
        return errors;
    }
}
