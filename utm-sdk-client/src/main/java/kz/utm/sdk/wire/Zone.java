package kz.utm.sdk.wire;

import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A restricted zone as the server shows it; an open altitude end is empty. Immutable and
 * thread-safe.
 *
 * @param id the zone's id
 * @param name its name
 * @param description its description
 * @param geometryType the kind of its shape
 * @param shape its shape (the {@code definition} member on the wire)
 * @param minAltitudeM its floor in metres; open below when empty
 * @param maxAltitudeM its ceiling in metres; open above when empty
 * @param active whether it is in force
 * @param createdByAuthorityId the authority admin who defined it
 * @param createdAt when defined
 * @param updatedAt when last changed
 * @param deletedAt when soft-deleted, if it is
 */
public record Zone(int id, String name, Optional<String> description, GeometryType geometryType,
        @JsonProperty("definition") ZoneShape shape,
        Optional<Double> minAltitudeM, Optional<Double> maxAltitudeM, boolean active, int createdByAuthorityId,
        Instant createdAt, Instant updatedAt, Optional<Instant> deletedAt) {
}
