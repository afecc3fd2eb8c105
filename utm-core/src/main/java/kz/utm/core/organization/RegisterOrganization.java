package kz.utm.core.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import kz.utm.core.common.constraints.Bin;

/**
 * Command: the authority registers an organization.
 *
 * @param name 1 to 255 characters, unique
 * @param bin a valid business identification number, unique
 * @param companyAddress 1 to 500 characters
 * @param city 1 to 100 characters
 */
public record RegisterOrganization(
        @NotBlank @Size(max = 255) String name,
        @NotBlank @Bin String bin,
        @NotBlank @Size(max = 500) String companyAddress,
        @NotBlank @Size(max = 100) String city) {
}
