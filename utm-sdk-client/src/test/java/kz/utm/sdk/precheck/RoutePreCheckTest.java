package kz.utm.sdk.precheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import kz.utm.sdk.error.RouteConflict;
import kz.utm.sdk.wire.GeometryType;
import kz.utm.sdk.wire.Waypoint;
import kz.utm.sdk.wire.Zone;
import kz.utm.sdk.wire.ZoneShape;

/** The pre-check over zones given by hand: shapes, holes, bands, zones out of force, and bad input. */
class RoutePreCheckTest {

    static final Instant AT = Instant.parse("2026-06-01T06:00:00Z");

    static Zone zone(int id, String name, ZoneShape shape, Double floor, Double ceiling) {
        return new Zone(id, name, Optional.empty(), shape.geometryType(), shape, Optional.ofNullable(floor),
                Optional.ofNullable(ceiling), true, 1, AT, AT, Optional.empty());
    }

    static ZoneShape.Polygon square(double west, double south, double east, double north,
            List<List<ZoneShape.Position>> holes) {
        return new ZoneShape.Polygon(List.of(new ZoneShape.Position(west, south), new ZoneShape.Position(east, south),
                new ZoneShape.Position(east, north), new ZoneShape.Position(west, north),
                new ZoneShape.Position(west, south)), holes);
    }

    static List<ZoneShape.Position> ring(double west, double south, double east, double north) {
        return square(west, south, east, north, List.of()).shell();
    }

    // A 1 km circle in Almaty; a square to its east with a square hole; a banded square to its north.
    private static final Zone CIRCLE = zone(1, "Almaty centre", new ZoneShape.Circle(43.2389, 76.8897, 1000), null,
            500.0);
    private static final Zone HOLED = zone(2, "Airport", square(77.00, 43.30, 77.10, 43.40,
            List.of(ring(77.04, 43.34, 77.06, 43.36))), null, null);
    private static final Zone BANDED = zone(3, "Corridor", square(76.85, 43.30, 76.95, 43.35, List.of()), 200.0,
            400.0);

    private static final RoutePreCheck AIRSPACE = RoutePreCheck.of(List.of(CIRCLE, HOLED, BANDED), AT);

    private static List<Waypoint> route(double... latLonAlt) {
        Waypoint[] points = new Waypoint[latLonAlt.length / 3];
        for (int i = 0; i < points.length; i++) {
            points[i] = new Waypoint(i, latLonAlt[3 * i], latLonAlt[3 * i + 1], latLonAlt[3 * i + 2]);
        }
        return List.of(points);
    }

    @Test
    void aRouteCrossingACircleEntersItOnThatLegAtItsEdge() {
        List<RouteConflict> conflicts = AIRSPACE.check(route(43.20, 76.80, 0, 43.2389, 76.85, 100,
                43.2389, 76.93, 100));

        assertThat(conflicts).singleElement().satisfies(conflict -> {
            assertThat(conflict.zoneId()).isEqualTo(1);
            assertThat(conflict.zoneName()).isEqualTo("Almaty centre");
            assertThat(conflict.legIndex()).isEqualTo(1);
            assertThat(conflict.entryLatitude()).isCloseTo(43.2389, within(1e-9));
            // 1 km west of the centre: 1000 m / (111.3 km * cos 43.24 deg) of longitude.
            assertThat(conflict.entryLongitude()).isCloseTo(76.8897 - 1000 / (111_320 * Math.cos(Math.toRadians(
                    43.2389))), within(1e-4));
            assertThat(conflict.entryAltitudeM()).isEqualTo(100);
        });
    }

    @Test
    void aRouteInsideAHoleIsClearAndOneLeavingItIsNot() {
        assertThat(AIRSPACE.check(route(43.345, 77.045, 50, 43.355, 77.055, 50))).isEmpty();

        assertThat(AIRSPACE.check(route(43.345, 77.045, 50, 43.345, 77.08, 50))).singleElement()
                .satisfies(conflict -> {
                    assertThat(conflict.zoneId()).isEqualTo(2);
                    assertThat(conflict.legIndex()).isZero();
                    assertThat(conflict.entryLongitude()).isCloseTo(77.06, within(1e-9));
                });
    }

    @Test
    void theAltitudeBandCountsAlongTheLeg() {
        assertThat(AIRSPACE.check(route(43.32, 76.80, 100, 43.32, 76.99, 100))).isEmpty();
        assertThat(AIRSPACE.check(route(43.32, 76.80, 450, 43.32, 76.99, 450))).isEmpty();

        // Climbing 190 m over 0.19 degrees: it reaches the floor, 200 m, at 76.90, inside the square.
        assertThat(AIRSPACE.check(route(43.32, 76.80, 100, 43.32, 76.99, 290))).singleElement()
                .satisfies(conflict -> {
                    assertThat(conflict.zoneId()).isEqualTo(3);
                    assertThat(conflict.entryAltitudeM()).isCloseTo(200, within(1e-6));
                    assertThat(conflict.entryLongitude()).isCloseTo(76.90, within(1e-9));
                });
    }

    @Test
    void conflictsComeInTheOrderTheRouteEntersTheZones() {
        List<RouteConflict> conflicts = AIRSPACE.check(route(43.2389, 76.80, 100, 43.2389, 76.95, 100,
                43.32, 76.90, 300, 43.32, 77.08, 300));

        assertThat(conflicts).extracting(RouteConflict::zoneId, RouteConflict::legIndex)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 0), org.assertj.core.groups.Tuple.tuple(3, 1),
                        org.assertj.core.groups.Tuple.tuple(2, 2));
    }

    @Test
    void zonesOutOfForceAreLeftOut() {
        Zone inactive = new Zone(4, "Inactive", Optional.empty(), GeometryType.CIRCLE,
                new ZoneShape.Circle(43.10, 76.70, 2000), Optional.empty(), Optional.empty(), false, 1, AT, AT,
                Optional.empty());
        Zone deleted = new Zone(5, "Deleted", Optional.empty(), GeometryType.CIRCLE,
                new ZoneShape.Circle(43.10, 76.70, 2000), Optional.empty(), Optional.empty(), true, 1, AT, AT,
                Optional.of(AT));
        RoutePreCheck airspace = RoutePreCheck.of(List.of(CIRCLE, inactive, deleted), AT);

        assertThat(airspace.zoneCount()).isEqualTo(1);
        assertThat(airspace.check(route(43.10, 76.60, 50, 43.10, 76.80, 50))).isEmpty();
        assertThat(airspace.downloadedAt()).isEqualTo(AT);
    }

    @Test
    void aRouteOfOneWaypointOrOutOfRangeIsRefusedNamingEachProblem() {
        assertThatThrownBy(() -> AIRSPACE.check(route(43.0, 76.0, 0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two waypoints");
        assertThatThrownBy(() -> AIRSPACE.check(route(43.0, 76.0, 0, 95.0, 76.0, 0, 43.0, 200.0, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("route[1]").hasMessageContaining("latitude")
                .hasMessageContaining("route[2]").hasMessageContaining("longitude");
        assertThatThrownBy(() -> AIRSPACE.check(route(43.0, 76.0, Double.NaN, 43.1, 76.0, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("route[0]");
        assertThatNullPointerException().isThrownBy(() -> AIRSPACE.check(null));
    }

    @Test
    void aZoneThatCannotBeIndexedIsNamed() {
        Zone open = zone(7, "Open ring", new ZoneShape.Polygon(List.of(new ZoneShape.Position(76.0, 43.0),
                new ZoneShape.Position(76.1, 43.0), new ZoneShape.Position(76.1, 43.1),
                new ZoneShape.Position(76.0, 43.1))), null, null);
        Zone upsideDown = zone(8, "Upside down", new ZoneShape.Circle(43.0, 76.0, 100), 300.0, 100.0);

        assertThatThrownBy(() -> RoutePreCheck.of(List.of(CIRCLE, open, upsideDown), AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zone 7 (Open ring)").hasMessageContaining("closed")
                .hasMessageContaining("zone 8 (Upside down)");
    }
}
