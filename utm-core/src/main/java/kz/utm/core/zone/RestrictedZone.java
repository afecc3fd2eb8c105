package kz.utm.core.zone;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import kz.utm.core.common.AltitudeBand;
import kz.utm.core.common.Audit;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ZoneId;

/**
 * Restricted airspace, a no-fly zone: the {@code restricted_zones} table.
 *
 * <p>Only zones that are active and not soft-deleted restrict anything. Immutable; thread-safe.
 *
 * @param id identity
 * @param name {@code name}, at most 255 characters
 * @param description {@code description}, at most 1000 characters
 * @param geometry the shape: {@code geometry_type} and {@code definition_json}
 * @param altitudeBand {@code min_altitude_m} and {@code max_altitude_m}, either end open
 * @param active {@code is_active}
 * @param createdByAuthorityId {@code created_by_authority_id}
 * @param version optimistic-lock version, incremented by every stored change
 * @param audit {@code created_at}, {@code updated_at}, {@code deleted_at}
 */
public record RestrictedZone(
        ZoneId id,
        String name,
        Optional<String> description,
        ZoneGeometry geometry,
        AltitudeBand altitudeBand,
        boolean active,
        UserId createdByAuthorityId,
        long version,
        Audit audit) {

    /** @throws NullPointerException if a component is null */
    public RestrictedZone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(altitudeBand, "altitudeBand");
        Objects.requireNonNull(createdByAuthorityId, "createdByAuthorityId");
        Objects.requireNonNull(audit, "audit");
    }

    /** The {@code geometry_type} column. */
    public NfzGeometryType geometryType() {
        return geometry.type();
    }

    /** Whether the zone restricts airspace now: active and not soft-deleted. */
    public boolean isEnforced() {
        return active && !audit.isDeleted();
    }

    /** This zone with a new definition. */
    public RestrictedZone withDefinition(String newName, Optional<String> newDescription, ZoneGeometry newGeometry,
            AltitudeBand newBand, Instant now) {
        return new RestrictedZone(id, newName, newDescription, newGeometry, newBand, active, createdByAuthorityId,
                version, audit.touched(now));
    }

    /** This zone activated or deactivated. */
    public RestrictedZone withActive(boolean newActive, Instant now) {
        return new RestrictedZone(id, name, description, geometry, altitudeBand, newActive, createdByAuthorityId,
                version, audit.touched(now));
    }

    /** This zone soft-deleted. */
    public RestrictedZone deleted(Instant now) {
        return new RestrictedZone(id, name, description, geometry, altitudeBand, active, createdByAuthorityId,
                version, audit.deleted(now));
    }

    /** This zone restored from a soft delete. */
    public RestrictedZone restored(Instant now) {
        return new RestrictedZone(id, name, description, geometry, altitudeBand, active, createdByAuthorityId,
                version, audit.restored(now));
    }

    /** This zone as stored at the given version. */
    public RestrictedZone withVersion(long newVersion) {
        return new RestrictedZone(id, name, description, geometry, altitudeBand, active, createdByAuthorityId,
                newVersion, audit);
    }
}
