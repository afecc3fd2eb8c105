package kz.utm.persistence.jpa.entity;

import java.util.Optional;
import java.util.OptionalDouble;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kz.utm.core.common.AltitudeBand;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ValidationException;
import kz.utm.core.common.ZoneId;
import kz.utm.core.zone.NfzGeometryType;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.geofence.codec.ZoneDefinitionCodec;

/**
 * A row of {@code restricted_zones}: a {@link RestrictedZone}, its geometry as
 * {@code geometry_type} and {@code definition_json} in the format of
 * {@link ZoneDefinitionCodec}.
 *
 * <p>Mapped for reading only, and so without a factory: {@code definition_json} is a JSON column
 * (JSONB on PostgreSQL), to which the Jakarta Persistence API cannot bind a string portably, so
 * the repository writes rows with SQL that converts the text ({@code CAST(? AS JSONB)},
 * {@code ? FORMAT JSON}), checking {@code version} itself, and reads them through this entity.
 * Mutable and not thread-safe; see the package documentation.
 */
@Entity
@Table(name = "restricted_zones")
public class RestrictedZoneEntity {

    @Id
    @Column(name = "id")
    private Integer id;

    @Column(name = "name")
    private String name;

    @Column(name = "description")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "geometry_type")
    private NfzGeometryType geometryType;

    @Column(name = "definition_json")
    private String definitionJson;

    @Column(name = "min_altitude_m")
    private Double minAltitudeM;

    @Column(name = "max_altitude_m")
    private Double maxAltitudeM;

    @Column(name = "is_active")
    private boolean active;

    @Column(name = "created_by_authority_id")
    private Integer createdByAuthorityId;

    @Column(name = "version")
    private Long version;

    @Embedded
    private AuditColumns audit;

    /** For the persistence provider. */
    protected RestrictedZoneEntity() {
    }

    /**
     * The zone this row holds.
     *
     * @param codec reads {@code definition_json}
     * @throws IllegalStateException if the stored definition cannot be read: the row was
     *     written by something other than the repository, and wrongly
     */
    public RestrictedZone toZone(ZoneDefinitionCodec codec) {
        try {
            return new RestrictedZone(ZoneId.of(id), name, Optional.ofNullable(description),
                    codec.read(geometryType, definitionJson),
                    AltitudeBand.of(optional(minAltitudeM), optional(maxAltitudeM)), active,
                    UserId.of(createdByAuthorityId), version, audit.toAudit());
        } catch (ValidationException e) {
            throw new IllegalStateException("restricted_zones row " + id + " holds a definition that cannot be read: "
                    + e.getMessage(), e);
        }
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
