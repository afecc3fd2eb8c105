package kz.utm.geofence.codec;

import static kz.utm.geofence.codec.DefinitionErrors.ROOT;
import static kz.utm.geofence.codec.DefinitionErrors.at;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import kz.utm.core.common.GeoPoint;
import kz.utm.core.zone.ZoneGeometry;

/**
 * A circle definition as parsed, {@code {"center": {"lat": .., "lon": ..}, "radius_m": ..}}, to be
 * checked once the whole document is known to be well-formed JSON. One instance per read; not
 * thread-safe.
 */
final class CircleDefinition {

    static final String CENTER = "center";
    static final String LAT = "lat";
    static final String LON = "lon";
    static final String RADIUS = "radius_m";

    /** Problems found while parsing, reported only if the document is well-formed. */
    private final DefinitionErrors parseErrors = new DefinitionErrors();
    private boolean hasCenter;
    private boolean hasLat;
    private boolean hasLon;
    private boolean hasRadius;
    private boolean centerIsObject;
    private boolean looksLikeGeoJson;
    private String geoJsonType;
    private double lat = Double.NaN;
    private double lon = Double.NaN;
    private double radius = Double.NaN;

    private CircleDefinition() {
    }

    /** Parses the members of the root object; the parser is on its START_OBJECT and ends on its END_OBJECT. */
    static CircleDefinition parse(JsonParser parser) throws IOException {
        CircleDefinition circle = new CircleDefinition();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case CENTER -> circle.readCenter(parser, value);
                case RADIUS -> {
                    circle.hasRadius = true;
                    circle.radius = JsonTokens.finiteNumber(parser, at(RADIUS), circle.parseErrors);
                }
                default -> {
                    if (name.equals("type") || name.equals("coordinates")) {
                        circle.looksLikeGeoJson = true;
                        if (name.equals("type") && value == JsonToken.VALUE_STRING) {
                            circle.geoJsonType = parser.getText();
                        }
                    }
                    circle.parseErrors.add(at(name), "is not a member of a circle definition, which has only "
                            + "\"center\" and \"radius_m\"");
                    parser.skipChildren();
                }
            }
        }
        return circle;
    }

    private void readCenter(JsonParser parser, JsonToken value) throws IOException {
        hasCenter = true;
        if (value != JsonToken.START_OBJECT) {
            parseErrors.add(at(CENTER), "must be an object {\"lat\": .., \"lon\": ..}, was " + JsonTokens.kind(value));
            parser.skipChildren();
            return;
        }
        centerIsObject = true;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case LAT -> {
                    hasLat = true;
                    lat = JsonTokens.finiteNumber(parser, at(CENTER, LAT), parseErrors);
                }
                case LON -> {
                    hasLon = true;
                    lon = JsonTokens.finiteNumber(parser, at(CENTER, LON), parseErrors);
                }
                default -> {
                    parseErrors.add(at(CENTER, name), "is not a member of center, which has only \"lat\" and \"lon\"");
                    parser.skipChildren();
                }
            }
        }
    }

    /** The circle, or empty with every problem recorded in {@code errors}. */
    Optional<ZoneGeometry> validate(DefinitionErrors errors) {
        if (looksLikeGeoJson && !hasCenter && !hasRadius) {
            String found = geoJsonType != null ? "a GeoJSON \"" + JsonTokens.quote(geoJsonType) + "\"" : "GeoJSON";
            errors.add(ROOT, "does not match geometry_type CIRCLE: it is " + found
                    + ", while a circle is {\"center\": {\"lat\": .., \"lon\": ..}, \"radius_m\": ..}");
            return Optional.empty();
        }
        errors.addAll(parseErrors);
        if (!hasCenter) {
            errors.add(at(CENTER), "is required: the circle's centre {\"lat\": .., \"lon\": ..} in degrees");
        } else if (centerIsObject) {
            if (!hasLat) {
                errors.add(at(CENTER, LAT), "is required: the centre's latitude in degrees, in [-90, 90]");
            } else if (Double.isFinite(lat) && !(lat >= -90 && lat <= 90)) {
                errors.add(at(CENTER, LAT), "is a latitude and must be in [-90, 90], was " + lat);
            }
            if (!hasLon) {
                errors.add(at(CENTER, LON), "is required: the centre's longitude in degrees, in [-180, 180]");
            } else if (Double.isFinite(lon) && !(lon >= -180 && lon <= 180)) {
                errors.add(at(CENTER, LON), "is a longitude and must be in [-180, 180], was " + lon);
            }
        }
        if (!hasRadius) {
            errors.add(at(RADIUS), "is required: the circle's radius in metres, in (0, "
                    + (long) ZoneGeometry.MAX_RADIUS_METRES + "]");
        } else if (Double.isFinite(radius) && !(radius > 0 && radius <= ZoneGeometry.MAX_RADIUS_METRES)) {
            errors.add(at(RADIUS), "is the radius in metres and must be in (0, "
                    + (long) ZoneGeometry.MAX_RADIUS_METRES + "], was " + radius);
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ZoneGeometry.Circle(GeoPoint.of(lat, lon), radius));
    }
}
