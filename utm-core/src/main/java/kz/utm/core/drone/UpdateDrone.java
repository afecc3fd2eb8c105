package kz.utm.core.drone;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Command: the drone's owner or organization admin changes its details or status. The serial
 * number and the owner never change.
 *
 * @param brand 1 to 100 characters
 * @param model 1 to 100 characters
 * @param status the new status, such as {@link DroneStatus#MAINTENANCE}
 */
public record UpdateDrone(
        @NotBlank @Size(max = 100) String brand,
        @NotBlank @Size(max = 100) String model,
        @NotNull DroneStatus status) {
}
