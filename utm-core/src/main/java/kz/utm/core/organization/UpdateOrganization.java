package kz.utm.core.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Command: an organization's admin or the authority changes its details. The BIN never changes.
 *
 * @param name 1 to 255 characters, unique
 * @param companyAddress 1 to 500 characters
 * @param city 1 to 100 characters
 */
public record UpdateOrganization(
        @NotBlank @Size(max = 255) String name,
        @NotBlank @Size(max = 500) String companyAddress,
        @NotBlank @Size(max = 100) String city) {
}
