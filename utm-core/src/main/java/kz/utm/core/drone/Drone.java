package kz.utm.core.drone;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import kz.utm.core.common.Audit;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.TelemetryId;
import kz.utm.core.common.UserId;

/**
 * A registered unmanned aircraft: the {@code drones} table.
 *
 * <p>Immutable; changes return new values (the repository increments {@link #version()} on
 * save). Thread-safe.
 *
 * @param id identity
 * @param brand {@code brand}, at most 100 characters
 * @param model {@code model}, at most 100 characters
 * @param serialNumber {@code serial_number}, unique, at most 100 characters
 * @param owner {@code owner_type}, {@code organization_id}, {@code solo_owner_user_id}
 * @param status {@code current_status}
 * @param lastTelemetryId {@code last_telemetry_id}: the newest telemetry point by its timestamp
 * @param lastSeenAt {@code last_seen_at}: that point's timestamp
 * @param version optimistic-lock version, incremented by every stored change
 * @param audit {@code created_at}, {@code updated_at}, {@code deleted_at}
 */
public record Drone(
        DroneId id,
        String brand,
        String model,
        String serialNumber,
        DroneOwner owner,
        DroneStatus status,
        Optional<TelemetryId> lastTelemetryId,
        Optional<Instant> lastSeenAt,
        long version,
        Audit audit) {

    /** @throws NullPointerException if a component is null */
    public Drone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastTelemetryId, "lastTelemetryId");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(audit, "audit");
    }

    /** The owning organization, if organization-owned. */
    public Optional<OrganizationId> organizationId() {
        return owner instanceof DroneOwner.OfOrganization org ? Optional.of(org.organizationId()) : Optional.empty();
    }

    /** The solo owner, if solo-owned. */
    public Optional<UserId> soloOwnerId() {
        return owner instanceof DroneOwner.OfSoloPilot solo ? Optional.of(solo.userId()) : Optional.empty();
    }

    /** This drone with new details. */
    public Drone withDetails(String newBrand, String newModel, Instant now) {
        return new Drone(id, newBrand, newModel, serialNumber, owner, status, lastTelemetryId, lastSeenAt,
                version, audit.touched(now));
    }

    /** This drone in a new status. */
    public Drone withStatus(DroneStatus newStatus, Instant now) {
        return new Drone(id, brand, model, serialNumber, owner, newStatus, lastTelemetryId, lastSeenAt,
                version, audit.touched(now));
    }

    /**
     * This drone having reported the given point, unless it already reported a later one: the
     * last-seen fields only move forward, so a point that arrives late never moves them back.
     */
    public Drone seen(TelemetryId telemetry, Instant timestamp, Instant now) {
        if (lastSeenAt.isPresent() && timestamp.isBefore(lastSeenAt.get())) {
            return this;
        }
        return new Drone(id, brand, model, serialNumber, owner, status, Optional.of(telemetry),
                Optional.of(timestamp), version, audit.touched(now));
    }

    /** This drone soft-deleted. */
    public Drone deleted(Instant now) {
        return new Drone(id, brand, model, serialNumber, owner, status, lastTelemetryId, lastSeenAt,
                version, audit.deleted(now));
    }

    /** This drone restored from a soft delete. */
    public Drone restored(Instant now) {
        return new Drone(id, brand, model, serialNumber, owner, status, lastTelemetryId, lastSeenAt,
                version, audit.restored(now));
    }

    /** This drone as stored at the given version. */
    public Drone withVersion(long newVersion) {
        return new Drone(id, brand, model, serialNumber, owner, status, lastTelemetryId, lastSeenAt,
                newVersion, audit);
    }
}
