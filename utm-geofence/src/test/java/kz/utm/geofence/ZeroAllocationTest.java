package kz.utm.geofence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;

import kz.utm.core.common.AltitudeBand;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;

/**
 * The hot path allocates nothing: once its hits buffer has grown, checking a telemetry point,
 * whatever it hits (circles, polygons with holes, polar circles decided by geodesics, warning
 * areas) or misses, allocates no byte on the checking thread.
 */
class ZeroAllocationTest {

    private static final int CHECKS = 100_000;
    // The measurement itself may cost a little; nothing that grows with the checks.
    private static final long BOUND_BYTES = 1_024;

    private com.sun.management.ThreadMXBean threads;

    @BeforeEach
    void measurementIsSupported() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "this JVM cannot measure a thread's allocation");
        threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "this JVM cannot measure a thread's allocation");
        if (!threads.isThreadAllocatedMemoryEnabled()) {
            threads.setThreadAllocatedMemoryEnabled(true);
        }
    }

    @Test
    void checkingPointsThatHitMissOrNearZonesAllocatesNothing() {
        ZoneIndex index = ZoneIndex.build(zones(), new GeofenceSettings(200, 30));
        double[][] points = typicalPoints();
        ZoneHits hits = new ZoneHits();
        // Every kind of outcome is in the mix.
        int inside = 0;
        int near = 0;
        int neither = 0;
        for (double[] p : points) {
            index.check(p[0], p[1], p[2], hits);
            inside += hits.insideCount() > 0 ? 1 : 0;
            near += hits.nearCount() > 0 ? 1 : 0;
            neither += hits.insideCount() + hits.nearCount() == 0 ? 1 : 0;
        }
        assertThat(inside).as("points inside").isGreaterThan(points.length / 4);
        assertThat(near).as("points near").isGreaterThan(points.length / 8);
        assertThat(neither).as("points missing").isGreaterThan(points.length / 8);

        long allocated = allocatedByChecks(index, points, hits);

        assertThat(allocated).as("bytes allocated by %d checks", CHECKS).isLessThan(BOUND_BYTES);
    }

    @Test
    void checkingPointsExactlyOnSlantedPolygonEdgesAllocatesNothing() {
        // Exactly collinear with an edge: the orientation filter cannot decide, the exact
        // arithmetic must.
        ZoneGeometry.Polygon triangle = ZoneGeometry.Polygon.of(RandomAirspace.ring(10, 50, 12, 50, 10, 52));
        ZoneIndex index = ZoneIndex.build(List.of(RandomAirspace.zone(1, triangle)), GeofenceSettings.defaults());
        double[][] points = {{51, 11, 0}, {50.5, 11.5, 0}, {51.5, 10.5, 0}, {50.75, 11.25, 0}};
        ZoneHits hits = new ZoneHits();
        for (double[] p : points) {
            assertThat(index.check(p[0], p[1], p[2], hits)).as("(%s, %s) is on the hypotenuse", p[0], p[1])
                    .isEqualTo(1);
        }

        long allocated = allocatedByChecks(index, points, hits);

        assertThat(allocated).as("bytes allocated by %d checks of boundary points", CHECKS).isLessThan(BOUND_BYTES);
    }

    // ---- measuring --------------------------------------------------------------------------

    /** Warms up, then measures the bytes the current thread allocates over {@link #CHECKS} checks. */
    private long allocatedByChecks(ZoneIndex index, double[][] points, ZoneHits hits) {
        long sink = 0;
        for (int round = 0; round < 10; round++) {
            sink += run(index, points, hits);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        sink += run(index, points, hits);
        long after = threads.getCurrentThreadAllocatedBytes();
        // Keeps the checks from being optimized away.
        assertThat(sink).isNotNegative();
        return after - before;
    }

    private static long run(ZoneIndex index, double[][] points, ZoneHits hits) {
        long found = 0;
        for (int i = 0; i < CHECKS; i++) {
            double[] p = points[i % points.length];
            found += index.check(p[0], p[1], p[2], hits) + hits.nearCount();
        }
        return found;
    }

    // ---- the airspace -----------------------------------------------------------------------

    private static List<RestrictedZone> zones() {
        List<RestrictedZone> zones = new ArrayList<>();
        zones.add(RandomAirspace.zone(1, RandomAirspace.circle(43.35, 77.04, 5_000), new AltitudeBand(0, 500)));
        zones.add(RandomAirspace.zone(2, RandomAirspace.circle(43.30, 77.00, 2_000)));
        zones.add(RandomAirspace.zone(3, new ZoneGeometry.Polygon(
                RandomAirspace.ring(76.80, 43.20, 76.95, 43.20, 76.95, 43.30, 76.87, 43.25, 76.80, 43.30),
                List.of(RandomAirspace.ring(76.84, 43.21, 76.86, 43.21, 76.86, 43.23, 76.84, 43.23))),
                new AltitudeBand(Double.NEGATIVE_INFINITY, 300)));
        zones.add(RandomAirspace.zone(4, RandomAirspace.circle(89.95, 30, 20_000)));
        zones.add(RandomAirspace.zone(5, RandomAirspace.circle(10.5, 179.99, 10_000)));
        for (int i = 0; i < 200; i++) {
            // Filler, so that the tree has levels.
            zones.add(RandomAirspace.zone(10 + i, RandomAirspace.circle(40 + i * 0.01, 70 + (i % 20) * 0.1, 300),
                    new AltitudeBand(0, 120)));
        }
        return zones;
    }

    private static double[][] typicalPoints() {
        List<double[]> points = new ArrayList<>();
        for (int bearing = 0; bearing < 360; bearing += 15) {
            // Inside, near and beyond the airport circle (the near ones decided by geodesics).
            points.add(at(43.35, 77.04, bearing, 3_000, 100));
            points.add(at(43.35, 77.04, bearing, 5_100, 100));
            points.add(at(43.35, 77.04, bearing, 9_000, 100));
            // The polar circle, decided by geodesics all round.
            points.add(at(89.95, 30, bearing, 15_000, 50));
            points.add(at(89.95, 30, bearing, 20_100, 50));
            // Across the antimeridian.
            points.add(at(10.5, 179.99, bearing, 5_000, 50));
        }
        // The polygon: inside, in its hole, near its edges, in its notch, far.
        points.add(new double[] {43.22, 76.82, 100});
        points.add(new double[] {43.22, 76.85, 100});
        points.add(new double[] {43.2005, 76.90, 100});
        points.add(new double[] {43.1995, 76.90, 100});
        points.add(new double[] {43.29, 76.87, 100});
        points.add(new double[] {43.22, 76.9501, 320});
        points.add(new double[] {10, 10, 100});
        points.add(new double[] {-45, -120, 100});
        points.add(new double[] {40.5, 70.5, 50});
        return points.toArray(double[][]::new);
    }

    private static double[] at(double lat, double lon, double bearing, double metres, double alt) {
        GeodesicData d = Geodesic.WGS84.Direct(lat, lon, bearing, metres);
        return new double[] {d.lat2, d.lon2, alt};
    }
}
