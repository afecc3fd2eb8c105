package kz.utm.sdk.wire;

import java.util.Objects;

/**
 * A drone's new details and status. Immutable and thread-safe. A {@code null} is refused with
 * a {@link NullPointerException} naming the parameter.
 *
 * @param brand the brand
 * @param model the model
 * @param status the operational status
 */
public record UpdateDrone(String brand, String model, DroneStatus status) {

    /** Refuses nulls. */
    public UpdateDrone {
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(status, "status");
    }
}
