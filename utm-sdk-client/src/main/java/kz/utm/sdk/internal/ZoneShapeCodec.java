package kz.utm.sdk.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import kz.utm.sdk.wire.ZoneShape;

/**
 * Zone shapes in the zone definition format: a circle as
 * {@code {"center":{"lat":..,"lon":..},"radius_m":..}}, a polygon as a GeoJSON Polygon whose
 * first ring is the shell. The format carries no type member of its own, so a definition is
 * told apart by its members. Stateless and thread-safe.
 */
final class ZoneShapeCodec {

    private ZoneShapeCodec() {
    }

    /** Writes a shape. */
    static final class Writer extends StdSerializer<ZoneShape> {

        Writer() {
            super(ZoneShape.class);
        }

        @Override
        public void serialize(ZoneShape shape, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            if (shape instanceof ZoneShape.Circle circle) {
                json.writeObjectFieldStart("center");
                json.writeNumberField("lat", circle.latitude());
                json.writeNumberField("lon", circle.longitude());
                json.writeEndObject();
                json.writeNumberField("radius_m", circle.radiusM());
            } else {
                ZoneShape.Polygon polygon = (ZoneShape.Polygon) shape;
                json.writeStringField("type", "Polygon");
                json.writeArrayFieldStart("coordinates");
                writeRing(json, polygon.shell());
                for (List<ZoneShape.Position> hole : polygon.holes()) {
                    writeRing(json, hole);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }

        private static void writeRing(JsonGenerator json, List<ZoneShape.Position> ring) throws IOException {
            json.writeStartArray();
            for (ZoneShape.Position position : ring) {
                json.writeStartArray();
                json.writeNumber(position.longitude());
                json.writeNumber(position.latitude());
                json.writeEndArray();
            }
            json.writeEndArray();
        }
    }

    /** Reads a shape. */
    static final class Reader extends StdDeserializer<ZoneShape> {

        Reader() {
            super(ZoneShape.class);
        }

        @Override
        public ZoneShape deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            if (node != null && node.has("center")) {
                JsonNode center = node.get("center");
                return new ZoneShape.Circle(number(center, "lat", context), number(center, "lon", context),
                        number(node, "radius_m", context));
            }
            if (node != null && node.path("coordinates").isArray() && node.path("coordinates").size() > 0) {
                List<List<ZoneShape.Position>> rings = new ArrayList<>();
                for (JsonNode ring : node.get("coordinates")) {
                    List<ZoneShape.Position> positions = new ArrayList<>();
                    for (JsonNode position : ring) {
                        positions.add(new ZoneShape.Position(position.path(0).asDouble(), position.path(1).asDouble()));
                    }
                    rings.add(positions);
                }
                try {
                    return new ZoneShape.Polygon(rings.get(0), rings.subList(1, rings.size()));
                } catch (IllegalArgumentException e) {
                    return context.reportInputMismatch(ZoneShape.class, "a polygon ring is too short: %s",
                            e.getMessage());
                }
            }
            return context.reportInputMismatch(ZoneShape.class,
                    "a zone definition is a circle (center, radius_m) or a GeoJSON Polygon (coordinates)");
        }

        private static double number(JsonNode node, String member, DeserializationContext context)
                throws IOException {
            JsonNode value = node.get(member);
            if (value == null || !value.isNumber()) {
                return context.reportInputMismatch(ZoneShape.class, "the zone definition's %s is not a number", member);
            }
            return value.asDouble();
        }
    }
}
