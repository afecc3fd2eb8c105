package kz.utm.examples.server.api;

import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import kz.utm.core.zone.RestrictedZone;
import kz.utm.examples.server.http.Json;
import kz.utm.geofence.codec.ZoneDefinitionCodec;

/**
 * A restricted zone as the API shows it: {@code definition} in the zone definition format
 * (docs/zone-definition-format.md) of its {@code geometryType}; an open altitude end is left
 * out.
 */
public record ZoneView(int id, String name, Optional<String> description, String geometryType, JsonNode definition,
        Optional<Double> minAltitudeM, Optional<Double> maxAltitudeM, boolean active, int createdByAuthorityId,
        Instant createdAt, Instant updatedAt, Optional<Instant> deletedAt) {

    private static final ZoneDefinitionCodec CODEC = new ZoneDefinitionCodec();

    /** The view of a stored zone. */
    public static ZoneView of(RestrictedZone zone) {
        JsonNode definition;
        try {
            definition = Json.MAPPER.readTree(CODEC.write(zone.geometry()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the codec wrote a definition that is not JSON", e);
        }
        double lower = zone.altitudeBand().lowerMetres();
        double upper = zone.altitudeBand().upperMetres();
        return new ZoneView(zone.id().value(), zone.name(), zone.description(), CODEC.typeOf(zone.geometry()).name(),
                definition, Double.isInfinite(lower) ? Optional.empty() : Optional.of(lower),
                Double.isInfinite(upper) ? Optional.empty() : Optional.of(upper), zone.active(),
                zone.createdByAuthorityId().value(), zone.audit().createdAt(), zone.audit().updatedAt(),
                zone.audit().deletedAt());
    }
}
