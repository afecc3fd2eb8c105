package kz.utm.geofence.monitor;

import static kz.utm.geofence.monitor.Airspace.offset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import kz.utm.core.common.GeoPoint;
import kz.utm.core.flightplan.Waypoint;
import kz.utm.geofence.Wgs84;

/**
 * Distance to the planned path, in the local tangent plane, against geodesic distances measured
 * the slow way.
 */
class PathDistanceTest {

    private final PathDistance distance = new PathDistance();

    @Test
    void measuresAcrossALegToTheNearestPointOnIt() {
        GeoPoint start = GeoPoint.of(43.2, 76.8);
        List<Waypoint> path = List.of(new Waypoint(0, start, 100), new Waypoint(1, offset(start, 0, 2_000), 200));

        distance.measure(path, offset(start, 120, 500).latitude(), offset(start, 120, 500).longitude());

        assertThat(distance.lateralMetres()).isCloseTo(120, within(0.05));
        assertThat(distance.plannedAltitudeM()).isCloseTo(125, within(0.05));
        assertThat(distance.nearestLeg()).isZero();
    }

    @Test
    void beyondAnEndTheNearestPointIsTheEndWaypoint() {
        GeoPoint start = GeoPoint.of(43.2, 76.8);
        List<Waypoint> path = List.of(new Waypoint(0, start, 100), new Waypoint(1, offset(start, 0, 2_000), 200));
        GeoPoint before = offset(start, 30, -40);

        distance.measure(path, before.latitude(), before.longitude());

        assertThat(distance.lateralMetres()).isCloseTo(50, within(0.05));
        assertThat(distance.plannedAltitudeM()).isEqualTo(100);
    }

    @Test
    void picksTheNearestLegAndItsAltitude() {
        GeoPoint a = GeoPoint.of(51.1, 71.4);
        GeoPoint b = offset(a, 0, 1_000);
        GeoPoint c = offset(b, 1_000, 0);
        List<Waypoint> path = List.of(new Waypoint(0, a, 50), new Waypoint(1, b, 50), new Waypoint(2, c, 150));
        GeoPoint nearSecondLeg = offset(b, 700, -40);

        distance.measure(path, nearSecondLeg.latitude(), nearSecondLeg.longitude());

        assertThat(distance.nearestLeg()).isEqualTo(1);
        assertThat(distance.lateralMetres()).isCloseTo(40, within(0.05));
        assertThat(distance.plannedAltitudeM()).isCloseTo(120, within(0.1));
    }

    @Test
    void aLegOfZeroLengthIsAPoint() {
        GeoPoint hover = GeoPoint.of(-33.9, 151.2);
        List<Waypoint> path = List.of(new Waypoint(0, hover, 30), new Waypoint(1, hover, 60));
        GeoPoint p = offset(hover, 30, 40);

        distance.measure(path, p.latitude(), p.longitude());

        assertThat(distance.lateralMetres()).isCloseTo(50, within(0.05));
        assertThat(distance.plannedAltitudeM()).isEqualTo(30);
    }

    @Test
    void aPointJustAcrossTheAntimeridianFromThePathIsNearIt() {
        List<Waypoint> path = List.of(new Waypoint(0, GeoPoint.of(-16.5, 179.99), 50),
                new Waypoint(1, GeoPoint.of(-16.5, 179.999), 50));

        distance.measure(path, -16.5, -179.9995);

        assertThat(distance.lateralMetres())
                .isCloseTo(Wgs84.distanceMetres(-16.5, 179.999, -16.5, -179.9995), within(0.05));
    }

    @Test
    void agreesWithGeodesicDistancesOnRandomLegsAndPoints() {
        long seed = RandomSeed.next();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 2_000; i++) {
            GeoPoint start = GeoPoint.of(random.nextDouble(-70, 70), random.nextDouble(-179, 179));
            double length = random.nextDouble(1, 5_000);
            double bearing = random.nextDouble(0, 2 * Math.PI);
            GeoPoint end = offset(start, length * Math.cos(bearing), length * Math.sin(bearing));
            double along = random.nextDouble(-0.2, 1.2);
            double across = random.nextDouble(-2_000, 2_000);
            GeoPoint p = offset(start, along * length * Math.cos(bearing) - across * Math.sin(bearing),
                    along * length * Math.sin(bearing) + across * Math.cos(bearing));
            List<Waypoint> path = List.of(new Waypoint(0, start, 0), new Waypoint(1, end, 0));

            double measured = distance.measure(path, p.latitude(), p.longitude()).lateralMetres();
            double reference = geodesicDistanceToLeg(start, end, p);

            assertThat(measured).as("seed %d, case %d: %s to %s, point %s", seed, i, start, end, p)
                    .isCloseTo(reference, within(0.05 + 0.001 * reference));
        }
    }

    /** The least geodesic distance from p to the leg, straight in longitude/latitude, by search. */
    private static double geodesicDistanceToLeg(GeoPoint a, GeoPoint b, GeoPoint p) {
        int steps = 200;
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= steps; i++) {
            double d = geodesicAt(a, b, p, (double) i / steps);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        double lo = Math.max(0, (best - 1.0) / steps);
        double hi = Math.min(1, (best + 1.0) / steps);
        for (int i = 0; i < 100; i++) {
            double m1 = lo + (hi - lo) / 3;
            double m2 = hi - (hi - lo) / 3;
            if (geodesicAt(a, b, p, m1) < geodesicAt(a, b, p, m2)) {
                hi = m2;
            } else {
                lo = m1;
            }
        }
        return Math.min(bestDistance, geodesicAt(a, b, p, (lo + hi) / 2));
    }

    private static double geodesicAt(GeoPoint a, GeoPoint b, GeoPoint p, double t) {
        double lat = a.latitude() + t * (b.latitude() - a.latitude());
        double lon = a.longitude() + t * (b.longitude() - a.longitude());
        return Wgs84.distanceMetres(lat, lon, p.latitude(), p.longitude());
    }
}
