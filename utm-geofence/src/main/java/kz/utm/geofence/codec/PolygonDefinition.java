package kz.utm.geofence.codec;

import static kz.utm.geofence.codec.DefinitionErrors.ROOT;
import static kz.utm.geofence.codec.DefinitionErrors.at;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import kz.utm.core.common.GeoPoint;
import kz.utm.core.zone.ZoneGeometry;

/**
 * A GeoJSON Polygon definition as parsed, {@code {"type": "Polygon", "coordinates": [ring, ...]}},
 * to be checked once the whole document is known to be well-formed JSON.
 *
 * <p>Parsing streams: positions go straight into flat arrays, and nothing is kept beyond
 * {@link ZoneDefinitionCodec#MAX_POSITIONS} positions, so memory stays bounded whatever the input.
 * One instance per read; not thread-safe.
 */
final class PolygonDefinition {

    static final String TYPE = "type";
    static final String COORDINATES = "coordinates";
    static final String POLYGON = "Polygon";

    /** Problems with the members themselves, reported only if the document is well-formed. */
    private final DefinitionErrors memberErrors = new DefinitionErrors();
    /** Problems inside {@code coordinates}, dropped when the type says it is not a polygon. */
    private final DefinitionErrors coordinateErrors = new DefinitionErrors();
    private boolean hasType;
    private boolean hasCoordinates;
    private boolean looksLikeCircle;
    private String type;
    /** The rings in order; null while {@code coordinates} is absent or not an array. */
    private List<Ring> rings;
    private long positions;

    private PolygonDefinition() {
    }

    /** Parses the members of the root object; the parser is on its START_OBJECT and ends on its END_OBJECT. */
    static PolygonDefinition parse(JsonParser parser) throws IOException {
        PolygonDefinition polygon = new PolygonDefinition();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case TYPE -> polygon.readType(parser, value);
                case COORDINATES -> polygon.readCoordinates(parser, value);
                default -> {
                    if (name.equals(CircleDefinition.CENTER) || name.equals(CircleDefinition.RADIUS)) {
                        polygon.looksLikeCircle = true;
                    }
                    polygon.memberErrors.add(at(name), "is not a member of a stored polygon definition, which has "
                            + "only \"type\" and \"coordinates\"");
                    parser.skipChildren();
                }
            }
        }
        return polygon;
    }

    private void readType(JsonParser parser, JsonToken value) throws IOException {
        hasType = true;
        if (value == JsonToken.VALUE_STRING) {
            type = parser.getText();
        } else {
            memberErrors.add(at(TYPE), "must be the string \"Polygon\", was " + JsonTokens.kind(value));
            parser.skipChildren();
        }
    }

    private void readCoordinates(JsonParser parser, JsonToken value) throws IOException {
        hasCoordinates = true;
        if (value != JsonToken.START_ARRAY) {
            coordinateErrors.add(at(COORDINATES), "must be an array of rings (the outer ring, then any holes), was "
                    + JsonTokens.kind(value));
            parser.skipChildren();
            return;
        }
        rings = new ArrayList<>();
        int ringIndex = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            Ring ring = new Ring();
            rings.add(ring);
            if (token != JsonToken.START_ARRAY) {
                coordinateErrors.add(at(COORDINATES, ringIndex), "must be a ring, an array of positions, was "
                        + JsonTokens.kind(token));
                ring.valid = false;
                parser.skipChildren();
            } else {
                readRing(parser, ringIndex, ring);
            }
            ringIndex++;
        }
    }

    private void readRing(JsonParser parser, int ringIndex, Ring ring) throws IOException {
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            positions++;
            if (positions > ZoneDefinitionCodec.MAX_POSITIONS) {
                // Over the limit: parse on to prove the JSON well-formed, keep nothing.
                ring.valid = false;
                parser.skipChildren();
            } else if (token != JsonToken.START_ARRAY) {
                coordinateErrors.add(at(COORDINATES, ringIndex, index), "must be a position [longitude, latitude], was "
                        + JsonTokens.kind(token));
                ring.valid = false;
                parser.skipChildren();
            } else {
                readPosition(parser, ringIndex, index, ring);
            }
            index++;
        }
        ring.size = index;
    }

    private void readPosition(JsonParser parser, int ringIndex, int index, Ring ring) throws IOException {
        double lon = Double.NaN;
        double lat = Double.NaN;
        int count = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (count == 0) {
                lon = coordinate(parser, at(COORDINATES, ringIndex, index, 0), "longitude", 180);
            } else if (count == 1) {
                lat = coordinate(parser, at(COORDINATES, ringIndex, index, 1), "latitude", 90);
            } else {
                parser.skipChildren();
            }
            count++;
        }
        String field = at(COORDINATES, ringIndex, index);
        if (count > 2) {
            coordinateErrors.add(field, "has " + count + " numbers, but a position is [longitude, latitude]: "
                    + "a third number (altitude) is not accepted, as a zone's altitudes are its min/max altitude");
        } else if (count < 2) {
            coordinateErrors.add(field, "has " + count + (count == 1 ? " number" : " numbers")
                    + ", but a position needs two: [longitude, latitude]");
        }
        if (count == 2 && !Double.isNaN(lon) && !Double.isNaN(lat)) {
            ring.add(lon, lat);
        } else {
            ring.valid = false;
        }
    }

    /** One coordinate, range-checked; NaN if bad, with the problem recorded. */
    private double coordinate(JsonParser parser, String field, String name, double limit) throws IOException {
        double value = JsonTokens.finiteNumber(parser, field, coordinateErrors);
        if (Double.isFinite(value) && !(value >= -limit && value <= limit)) {
            coordinateErrors.add(field, "is a " + name + " and must be in [" + (long) -limit + ", " + (long) limit
                    + "], was " + value);
            return Double.NaN;
        }
        return value;
    }

    /** The polygon, or empty with every problem recorded in {@code errors}. */
    Optional<ZoneGeometry> validate(DefinitionErrors errors) {
        if (looksLikeCircle && !hasType && !hasCoordinates) {
            errors.add(ROOT, "does not match geometry_type POLYGON: it is a circle definition (center, radius_m), "
                    + "while a polygon is a GeoJSON {\"type\": \"Polygon\", \"coordinates\": [..]}");
            return Optional.empty();
        }
        errors.addAll(memberErrors);
        if (!hasType) {
            errors.add(at(TYPE), "is required and must be \"Polygon\"");
        } else if (type != null && !type.equals(POLYGON)) {
            errors.add(at(TYPE), "must be \"Polygon\", was \"" + JsonTokens.quote(type) + "\"" + hint(type));
            // The coordinates of another type have another shape: their errors would be noise.
            return Optional.empty();
        }
        if (!hasCoordinates) {
            errors.add(at(COORDINATES), "is required: an array of rings, the outer ring then any holes, "
                    + "each an array of [longitude, latitude] positions");
            return Optional.empty();
        }
        if (positions > ZoneDefinitionCodec.MAX_POSITIONS) {
            errors.add(at(COORDINATES), "has " + positions + " positions, more than the limit of "
                    + ZoneDefinitionCodec.MAX_POSITIONS);
            return Optional.empty();
        }
        errors.addAll(coordinateErrors);
        if (rings == null) {
            return Optional.empty();
        }
        if (rings.isEmpty()) {
            errors.add(at(COORDINATES), "needs at least one ring: the outer ring, then any holes");
            return Optional.empty();
        }
        List<List<GeoPoint>> checked = new ArrayList<>(rings.size());
        for (int i = 0; i < rings.size(); i++) {
            checked.add(rings.get(i).toPoints(i, errors));
        }
        PolygonTopology.check(checked, errors);
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ZoneGeometry.Polygon(checked.get(0), checked.subList(1, checked.size())));
    }

    private static String hint(String type) {
        return switch (type) {
            case "MultiPolygon" -> ": a zone is one polygon, so define each part as a zone of its own";
            case "Feature", "FeatureCollection", "GeometryCollection" ->
                    ": give the Polygon geometry itself, not a container of it";
            default -> type.equalsIgnoreCase(POLYGON) ? ": the type is case-sensitive" : "";
        };
    }

    /** One ring's positions as parsed, longitude and latitude in flat arrays. */
    private static final class Ring {

        private double[] lons = new double[16];
        private double[] lats = new double[16];
        private int stored;
        /** The number of positions in the JSON, good or bad. */
        private int size;
        /** False once any position is bad: the ring is then not checked further. */
        private boolean valid = true;

        void add(double lon, double lat) {
            if (stored == lons.length) {
                lons = Arrays.copyOf(lons, stored * 2);
                lats = Arrays.copyOf(lats, stored * 2);
            }
            lons[stored] = lon;
            lats[stored] = lat;
            stored++;
        }

        /** The ring as points if it is well-formed (enough positions, closed), else null with the problem recorded. */
        List<GeoPoint> toPoints(int index, DefinitionErrors errors) {
            if (!valid) {
                return null;
            }
            if (size < 4) {
                errors.add(at(COORDINATES, index), "has " + size + (size == 1 ? " position" : " positions")
                        + ", but a ring needs at least 4: three corners and the first repeated at the end");
                return null;
            }
            int last = size - 1;
            // Numeric equality: a closing 0.0 matches an opening -0.0.
            if (lons[0] != lons[last] || lats[0] != lats[last]) {
                errors.add(at(COORDINATES, index), "is not closed: its last position "
                        + position(lons[last], lats[last])
                        + " must repeat its first " + position(lons[0], lats[0]));
                return null;
            }
            List<GeoPoint> points = new ArrayList<>(size);
            for (int i = 0; i < last; i++) {
                points.add(GeoPoint.of(lats[i], lons[i]));
            }
            // The very same first point, so that the ring is closed exactly as ZoneGeometry.Polygon sees it.
            points.add(points.get(0));
            return points;
        }
    }

    static String position(double lon, double lat) {
        return "[" + lon + ", " + lat + "]";
    }
}
