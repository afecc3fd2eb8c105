package kz.utm.sdk.wire;

import java.util.Objects;
import java.util.Optional;

/**
 * Registering a drone: an organization admin names their organization, a solo pilot names
 * none. Immutable and thread-safe. A {@code null} is refused with a
 * {@link NullPointerException} naming the parameter, an id below 1 with an
 * {@link IllegalArgumentException}.
 *
 * @param brand the brand
 * @param model the model
 * @param serialNumber the serial number, unique
 * @param organizationId the owning organization, or none for a solo pilot's own drone
 */
public record RegisterDrone(String brand, String model, String serialNumber, Optional<Integer> organizationId) {

    /** Refuses nulls and ids below 1. */
    public RegisterDrone {
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Ids.requirePositive(organizationId, "organizationId");
    }

    /** An organization's drone. */
    public static RegisterDrone forOrganization(String brand, String model, String serialNumber, int organizationId) {
        return new RegisterDrone(brand, model, serialNumber, Optional.of(organizationId));
    }

    /** A solo pilot's own drone. */
    public static RegisterDrone own(String brand, String model, String serialNumber) {
        return new RegisterDrone(brand, model, serialNumber, Optional.empty());
    }
}
