package kz.utm.examples.server.api;

import java.time.Instant;
import java.util.Optional;

import kz.utm.core.drone.Drone;
import kz.utm.core.drone.DroneOwner;

/** A drone as the API shows it: its owner is an organization or a solo pilot, never both. */
public record DroneView(int id, String brand, String model, String serialNumber, String ownerType,
        Optional<Integer> organizationId, Optional<Integer> ownerId, String status, Optional<Long> lastTelemetryId,
        Optional<Instant> lastSeenAt, Instant createdAt, Instant updatedAt, Optional<Instant> deletedAt) {

    /** The view of a stored drone. */
    public static DroneView of(Drone drone) {
        Optional<Integer> organization = drone.owner() instanceof DroneOwner.OfOrganization o
                ? Optional.of(o.organizationId().value()) : Optional.empty();
        Optional<Integer> solo = drone.owner() instanceof DroneOwner.OfSoloPilot p
                ? Optional.of(p.userId().value()) : Optional.empty();
        return new DroneView(drone.id().value(), drone.brand(), drone.model(), drone.serialNumber(),
                organization.isPresent() ? "ORGANIZATION" : "SOLO_PILOT", organization, solo, drone.status().name(),
                drone.lastTelemetryId().map(t -> t.value()), drone.lastSeenAt(), drone.audit().createdAt(),
                drone.audit().updatedAt(), drone.audit().deletedAt());
    }
}
