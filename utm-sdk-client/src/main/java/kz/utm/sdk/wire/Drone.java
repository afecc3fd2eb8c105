package kz.utm.sdk.wire;

import java.time.Instant;
import java.util.Optional;

/**
 * A drone as the server shows it: owned by an organization ({@code organizationId}) or a solo
 * pilot ({@code ownerId}), never both. Immutable and thread-safe.
 *
 * @param id the drone's id
 * @param brand its brand
 * @param model its model
 * @param serialNumber its serial number, unique
 * @param ownerType who owns it
 * @param organizationId the owning organization
 * @param ownerId the owning solo pilot
 * @param status its operational status
 * @param lastTelemetryId its latest stored telemetry point
 * @param lastSeenAt when it last reported
 * @param createdAt when registered
 * @param updatedAt when last changed
 * @param deletedAt when soft-deleted, if it is
 */
public record Drone(int id, String brand, String model, String serialNumber, DroneOwnerType ownerType,
        Optional<Integer> organizationId, Optional<Integer> ownerId, DroneStatus status,
        Optional<Long> lastTelemetryId, Optional<Instant> lastSeenAt, Instant createdAt, Instant updatedAt,
        Optional<Instant> deletedAt) {
}
