package kz.utm.core.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kz.utm.core.common.FieldError;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.ValidationException;

/**
 * The horizontal shape of a restricted zone: a metric circle or a polygon with holes.
 *
 * <p>Values validate when built and are immutable and thread-safe. Checks that need
 * computational geometry (a ring that crosses itself, a hole outside the shell) belong to
 * utm-geofence, which reads and writes the stored {@code definition_json} form.
 */
public sealed interface ZoneGeometry {

    /** The largest circle radius, in metres. Larger areas are polygons. */
    double MAX_RADIUS_METRES = 50_000;

    /** The {@code geometry_type} column. */
    NfzGeometryType type();

    /**
     * A circle on the WGS84 ellipsoid: every point whose geodesic distance from the centre is
     * at most the radius. A circle in metres, not in degrees.
     *
     * @param centre the centre
     * @param radiusMetres the radius in metres, in (0, {@link #MAX_RADIUS_METRES}]
     */
    record Circle(GeoPoint centre, double radiusMetres) implements ZoneGeometry {

        /**
         * @throws NullPointerException if {@code centre} is null
         * @throws ValidationException naming {@code geometry.radiusMetres} if the radius is not
         *     finite, not positive or above the maximum
         */
        public Circle {
            Objects.requireNonNull(centre, "centre");
            if (!(radiusMetres > 0 && radiusMetres <= MAX_RADIUS_METRES)) {
                throw ValidationException.of("geometry.radiusMetres",
                        "must be a number in (0, " + (long) MAX_RADIUS_METRES + "] metres, was " + radiusMetres);
            }
        }

        @Override
        public NfzGeometryType type() {
            return NfzGeometryType.CIRCLE;
        }
    }

    /**
     * A polygon with holes, its edges straight in longitude/latitude as in GeoJSON. Each ring
     * is closed (its last position repeats the first) and has at least four positions.
     *
     * @param shell the outer ring
     * @param holes the inner rings, cut out of the shell
     */
    record Polygon(List<GeoPoint> shell, List<List<GeoPoint>> holes) implements ZoneGeometry {

        /**
         * @throws NullPointerException if a ring or position is null
         * @throws ValidationException naming each ring ({@code geometry.shell},
         *     {@code geometry.holes[i]}) that is not closed or has fewer than four positions
         */
        public Polygon {
            shell = List.copyOf(shell);
            holes = holes.stream().map(List::copyOf).toList();
            List<FieldError> errors = new ArrayList<>();
            checkRing("geometry.shell", shell, errors);
            for (int i = 0; i < holes.size(); i++) {
                checkRing("geometry.holes[" + i + "]", holes.get(i), errors);
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }

        /** A polygon without holes. */
        public static Polygon of(List<GeoPoint> shell) {
            return new Polygon(shell, List.of());
        }

        @Override
        public NfzGeometryType type() {
            return NfzGeometryType.POLYGON;
        }

        private static void checkRing(String field, List<GeoPoint> ring, List<FieldError> errors) {
            if (ring.size() < 4) {
                errors.add(new FieldError(field, "a ring needs at least 4 positions, has " + ring.size()));
            } else if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
                errors.add(new FieldError(field, "a ring must be closed: its last position must repeat the first"));
            }
        }
    }
}
