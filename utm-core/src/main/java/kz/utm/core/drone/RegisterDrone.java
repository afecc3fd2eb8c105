package kz.utm.core.drone;

import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.utm.core.common.OrganizationId;

/**
 * Command: register a drone. With an organization, its admin registers it for the
 * organization; without, a solo pilot registers it as its owner.
 *
 * @param brand 1 to 100 characters
 * @param model 1 to 100 characters
 * @param serialNumber 1 to 100 characters, unique
 * @param organizationId the owning organization; empty for a solo pilot's own drone
 */
public record RegisterDrone(
        @NotBlank @Size(max = 100) String brand,
        @NotBlank @Size(max = 100) String model,
        @NotBlank @Size(max = 100) String serialNumber,
        @NotNull Optional<OrganizationId> organizationId) {
}
