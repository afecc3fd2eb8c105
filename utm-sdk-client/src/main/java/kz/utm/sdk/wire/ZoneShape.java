package kz.utm.sdk.wire;

import java.util.List;
import java.util.Objects;

/**
 * A restricted zone's shape: a metric circle or a polygon with holes. Immutable and
 * thread-safe. Constructors refuse {@code null} and rings of fewer than four positions; the
 * server checks the ranges and that the rings form a valid polygon, naming the bad value as a
 * JSON pointer ({@code definition/center/lat}).
 */
public sealed interface ZoneShape permits ZoneShape.Circle, ZoneShape.Polygon {

    /** The geometry type the server files this shape under. */
    GeometryType geometryType();

    /**
     * Every point within {@code radiusM} metres (geodesic, WGS84) of the centre.
     *
     * @param latitude the centre's degrees north
     * @param longitude the centre's degrees east
     * @param radiusM the radius in metres, above 0
     */
    record Circle(double latitude, double longitude, double radiusM) implements ZoneShape {

        @Override
        public GeometryType geometryType() {
            return GeometryType.CIRCLE;
        }
    }

    /**
     * A polygon, straight edges in longitude/latitude: the outer ring, then its holes. Each ring
     * is closed (its last position repeats its first).
     *
     * @param shell the outer ring
     * @param holes the holes, possibly none
     */
    record Polygon(List<Position> shell, List<List<Position>> holes) implements ZoneShape {

        /** Copies the rings; refuses nulls and rings too short to be closed. */
        public Polygon {
            shell = ring(shell, "shell");
            Objects.requireNonNull(holes, "holes");
            holes = holes.stream().map(hole -> ring(hole, "holes")).toList();
        }

        /** A polygon without holes. */
        public Polygon(List<Position> shell) {
            this(shell, List.of());
        }

        @Override
        public GeometryType geometryType() {
            return GeometryType.POLYGON;
        }

        private static List<Position> ring(List<Position> ring, String name) {
            Objects.requireNonNull(ring, name);
            List<Position> copy = List.copyOf(ring);
            if (copy.size() < 4) {
                throw new IllegalArgumentException(name + ": a closed ring has at least 4 positions, got " + copy.size());
            }
            return copy;
        }
    }

    /**
     * A position of a polygon ring, longitude first as in GeoJSON.
     *
     * @param longitude degrees east
     * @param latitude degrees north
     */
    record Position(double longitude, double latitude) {
    }
}
