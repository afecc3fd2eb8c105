package kz.utm.geofence.codec;

import static kz.utm.geofence.codec.DefinitionErrors.ROOT;
import static kz.utm.geofence.codec.DefinitionErrors.at;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.ValidationException;
import kz.utm.core.zone.NfzGeometryType;
import kz.utm.core.zone.ZoneGeometry;

/**
 * Reads and writes {@code restricted_zones.definition_json}, the stored form of a zone's
 * {@link ZoneGeometry}: {@code {"center": {"lat": .., "lon": ..}, "radius_m": ..}} for a circle,
 * a GeoJSON Polygon {@code {"type": "Polygon", "coordinates": [[[lon, lat], ..], ..]}} for a
 * polygon. The format, its limits and its errors are specified in
 * {@code docs/zone-definition-format.md}.
 *
 * <p><b>Bad input.</b> {@link #read} accepts only strict JSON (no comments, no NaN or Infinity,
 * no duplicate members, nothing after the value) that describes a valid geometry of the given
 * type; anything else is refused with a {@link ValidationException} that lists every problem
 * found (up to {@link #MAX_REPORTED_ERRORS}), each under the field {@code definitionJson}
 * followed by a JSON pointer (RFC 6901) to the offending place: {@code definitionJson} itself for
 * JSON that cannot be parsed, {@code definitionJson/radius_m}, {@code definitionJson/coordinates/0/3/1}.
 * Polygons are checked as OGC Simple Features in the longitude/latitude plane, by JTS.
 * {@link #write} refuses, with the same fields, a polygon that {@link #read} would refuse, so
 * whatever is written can be read back: {@code read(g.type(), write(g))} equals {@code g}.
 * Null arguments throw {@link NullPointerException}.
 *
 * <p><b>Thread-safety.</b> Immutable and thread-safe: one instance may serve every thread. All
 * instances share one strictly configured Jackson mapper.
 */
public final class ZoneDefinitionCodec {

    /**
     * The longest definition read, in characters: 8 MiB, room for {@link #MAX_POSITIONS}
     * positions written at full precision.
     */
    public static final int MAX_DEFINITION_LENGTH = 8 * 1024 * 1024;

    /** The most positions a polygon may have, all its rings together. */
    public static final int MAX_POSITIONS = 100_000;

    /** The most problems one {@link ValidationException} lists; one more error then counts the rest. */
    public static final int MAX_REPORTED_ERRORS = 100;

    /** The format's nesting is four deep; a little slack, and no deeper. */
    private static final int MAX_NESTING_DEPTH = 16;

    /**
     * Jackson's remarks about its own configuration (features to enable, constraint getters,
     * where the source is redacted) mean nothing to a caller of this codec.
     */
    private static final List<Pattern> JACKSON_REMARKS = List.of(
            Pattern.compile("[:;]?\\s*\\(?enable `[^`]*`[^)]*?( to allow)?\\)?"),
            Pattern.compile("\\s*\\(not recognized as one since Feature '[^']*' not enabled for parser\\)"),
            Pattern.compile(",\\s*from `[^`]*`"),
            Pattern.compile("Source: REDACTED \\(`[^`]*` disabled\\);\\s*"));

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(MAX_DEFINITION_LENGTH)
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_YAML_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_MISSING_VALUES, JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            // Reading streams and checks for trailing tokens itself; these guard any tree or data-binding use.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            // The shortest text that reads back as the same double, the same on every JDK.
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    /** Creates a codec. Cheap: every instance shares the one mapper. */
    public ZoneDefinitionCodec() {
    }

    /**
     * Reads a stored definition.
     *
     * @param type the {@code geometry_type} column: which shape the definition must describe
     * @param definitionJson the {@code definition_json} column
     * @return the geometry, of the given type
     * @throws NullPointerException if an argument is null
     * @throws ValidationException naming {@code definitionJson} and a JSON pointer for each
     *     problem, if the text is not strict JSON, is longer than {@link #MAX_DEFINITION_LENGTH},
     *     or does not describe a valid geometry of the given type
     */
    public ZoneGeometry read(NfzGeometryType type, String definitionJson) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(definitionJson, "definitionJson");
        if (definitionJson.length() > MAX_DEFINITION_LENGTH) {
            throw ValidationException.of(ROOT, "is " + definitionJson.length()
                    + " characters long, more than the limit of " + MAX_DEFINITION_LENGTH);
        }
        Definition parsed;
        try (JsonParser parser = MAPPER.createParser(definitionJson)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw ValidationException.of(ROOT, "is empty, but must be a JSON object");
            }
            if (first == JsonToken.START_OBJECT) {
                parsed = switch (type) {
                    case CIRCLE -> CircleDefinition.parse(parser)::validate;
                    case POLYGON -> PolygonDefinition.parse(parser)::validate;
                };
            } else {
                parser.skipChildren();
                String kind = JsonTokens.kind(first);
                parsed = errors -> {
                    errors.add(ROOT, "must be a JSON object, was " + kind);
                    return Optional.empty();
                };
            }
            if (parser.nextToken() != null) {
                throw ValidationException.of(ROOT, "cannot be parsed as strict JSON: there is more after the value"
                        + location(parser.currentTokenLocation()));
            }
        } catch (JacksonException e) {
            throw ValidationException.of(ROOT, "cannot be parsed as strict JSON: " + explain(e));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string failed", e);
        }
        DefinitionErrors errors = new DefinitionErrors();
        Optional<ZoneGeometry> geometry = parsed.validate(errors);
        errors.throwIfAny();
        return geometry.orElseThrow(() -> new IllegalStateException("no geometry and no error"));
    }

    /**
     * Writes the canonical definition of a geometry: members in a fixed order ({@code center}
     * with {@code lat} then {@code lon}, then {@code radius_m}; {@code type} then
     * {@code coordinates}), no white space, each number the shortest text that reads back as
     * the same double. So {@code read(geometry.type(), write(geometry))} equals {@code geometry},
     * and equal geometries give equal text.
     *
     * @param geometry the geometry
     * @return its {@code definition_json}, at most {@link #MAX_DEFINITION_LENGTH} characters
     * @throws NullPointerException if {@code geometry} is null
     * @throws ValidationException for a polygon that {@link #read} would refuse (a ring that
     *     crosses itself, a hole outside the outer ring, more than {@link #MAX_POSITIONS}
     *     positions...), naming each problem as {@link #read} would in the text written
     */
    public String write(ZoneGeometry geometry) {
        Objects.requireNonNull(geometry, "geometry");
        StringWriter text = new StringWriter();
        try (JsonGenerator json = MAPPER.createGenerator(text)) {
            // Java 17: no pattern switch over the sealed type yet.
            if (geometry instanceof ZoneGeometry.Circle circle) {
                writeCircle(circle, json);
            } else {
                writePolygon((ZoneGeometry.Polygon) geometry, json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        String definition = text.toString();
        if (definition.length() > MAX_DEFINITION_LENGTH) {
            // Not expected: MAX_DEFINITION_LENGTH leaves room for MAX_POSITIONS positions at full length.
            throw ValidationException.of(ROOT, "would be " + definition.length()
                    + " characters long, more than the limit of " + MAX_DEFINITION_LENGTH);
        }
        return definition;
    }

    /**
     * The {@code geometry_type} column for a geometry: {@code geometry.type()}, here for
     * symmetry with {@link #read}.
     *
     * @throws NullPointerException if {@code geometry} is null
     */
    public NfzGeometryType typeOf(ZoneGeometry geometry) {
        return Objects.requireNonNull(geometry, "geometry").type();
    }

    private static void writeCircle(ZoneGeometry.Circle circle, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart(CircleDefinition.CENTER);
        json.writeNumberField(CircleDefinition.LAT, circle.centre().latitude());
        json.writeNumberField(CircleDefinition.LON, circle.centre().longitude());
        json.writeEndObject();
        json.writeNumberField(CircleDefinition.RADIUS, circle.radiusMetres());
        json.writeEndObject();
    }

    private static void writePolygon(ZoneGeometry.Polygon polygon, JsonGenerator json) throws IOException {
        List<List<GeoPoint>> rings = new ArrayList<>(1 + polygon.holes().size());
        rings.add(polygon.shell());
        rings.addAll(polygon.holes());
        long positions = rings.stream().mapToLong(List::size).sum();
        if (positions > MAX_POSITIONS) {
            throw ValidationException.of(at(PolygonDefinition.COORDINATES), "has " + positions
                    + " positions, more than the limit of " + MAX_POSITIONS);
        }
        DefinitionErrors errors = new DefinitionErrors();
        PolygonTopology.check(rings, errors);
        errors.throwIfAny();

        json.writeStartObject();
        json.writeStringField(PolygonDefinition.TYPE, PolygonDefinition.POLYGON);
        json.writeArrayFieldStart(PolygonDefinition.COORDINATES);
        for (List<GeoPoint> ring : rings) {
            json.writeStartArray();
            for (GeoPoint point : ring) {
                json.writeStartArray();
                json.writeNumber(point.longitude());
                json.writeNumber(point.latitude());
                json.writeEndArray();
            }
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static String explain(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        int lineBreak = message.indexOf('\n');
        if (lineBreak >= 0) {
            message = message.substring(0, lineBreak);
        }
        for (Pattern remark : JACKSON_REMARKS) {
            message = remark.matcher(message).replaceAll("");
        }
        return (message.strip() + location(e.getLocation())).strip();
    }

    /** " (at line 1, column 20)", or nothing if the place is unknown. */
    private static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (at line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** A parsed definition, to be checked once the whole text is known to be well-formed JSON. */
    @FunctionalInterface
    private interface Definition {
        Optional<ZoneGeometry> validate(DefinitionErrors errors);
    }
}
