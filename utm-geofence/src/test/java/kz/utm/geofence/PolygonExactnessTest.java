package kz.utm.geofence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

import kz.utm.core.common.GeoPoint;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;

/**
 * Polygons are exact in longitude/latitude: whether a point is inside agrees with JTS's
 * {@code covers} on every point, boundary points (vertices, edges, hole rings) included, which
 * count as inside; polygons do not wrap across the antimeridian.
 */
class PolygonExactnessTest {

    private static final GeometryFactory JTS = new GeometryFactory();
    private static final GeofenceSettings NO_WARNING = new GeofenceSettings(0, 0);

    @Test
    void pointIsInsideExactlyWhenJtsCoversIt() {
        long seed = RandomAirspace.seed();
        RandomAirspace airspace = new RandomAirspace(seed);
        SplittableRandom random = airspace.random();
        int valid = 0;
        int generated = 0;
        int insideSeen = 0;
        int boundaryProbes = 0;
        for (int round = 0; round < 60; round++) {
            double lat = random.nextDouble(-85, 85);
            double lon = random.nextDouble(-175, 175);
            List<RestrictedZone> zones = new ArrayList<>();
            List<PreparedGeometry> oracles = new ArrayList<>();
            List<IndexedPointInAreaLocator> locators = new ArrayList<>();
            for (int z = 0; z < 12; z++) {
                ZoneGeometry.Polygon polygon = randomPolygon(airspace, lat + random.nextDouble(-0.05, 0.05),
                        lon + random.nextDouble(-0.05, 0.05));
                generated++;
                Polygon jts = jts(polygon);
                // Only a valid polygon makes JTS a fair judge.
                if (!jts.isValid()) {
                    continue;
                }
                valid++;
                zones.add(RandomAirspace.zone(zones.size() + 1, polygon));
                oracles.add(PreparedGeometryFactory.prepare(jts));
                locators.add(new IndexedPointInAreaLocator(jts));
            }
            ZoneIndex index = ZoneIndex.build(zones, NO_WARNING);
            ZoneHits hits = new ZoneHits();
            for (int p = 0; p < 1_000; p++) {
                double[] point = probe(airspace, zones);
                Point at = JTS.createPoint(new Coordinate(point[1], point[0]));
                int[] expected = new int[oracles.size()];
                int count = 0;
                for (int z = 0; z < oracles.size(); z++) {
                    if (oracles.get(z).covers(at)) {
                        expected[count++] = z + 1;
                    }
                }
                index.check(point[0], point[1], 0, hits);
                assertThat(RandomAirspace.insideIds(hits))
                        .as("seed %d: point (lat %s, lon %s); polygons %s", seed, point[0], point[1], zones)
                        .containsExactly(Arrays.copyOf(expected, count));
                if (count > 0) {
                    insideSeen++;
                }
                if (onSomeBoundary(at.getCoordinate(), locators)) {
                    boundaryProbes++;
                }
            }
        }
        assertThat(valid).as("seed %d: valid polygons", seed).isGreaterThan(generated * 9 / 10);
        assertThat(insideSeen).as("seed %d: points inside", seed).isGreaterThan(60_000 / 5);
        assertThat(boundaryProbes).as("seed %d: points exactly on a boundary", seed).isGreaterThan(60_000 / 20);
    }

    @Test
    void everyVertexAndEveryExactEdgePointIsInsideAsJtsSays() {
        long seed = RandomAirspace.seed();
        RandomAirspace airspace = new RandomAirspace(seed);
        SplittableRandom random = airspace.random();
        for (int round = 0; round < 200; round++) {
            double lat = random.nextDouble(-89, 89);
            double lon = random.nextDouble(-179, 179);
            ZoneGeometry.Polygon polygon = random.nextBoolean()
                    ? airspace.rectilinearPolygon(lat, lon, random.nextDouble(2_000, 200_000))
                    : airspace.starPolygon(lat, lon, random.nextDouble(2_000, 200_000), random.nextBoolean(),
                            random.nextInt(3), true);
            PreparedGeometry oracle = PreparedGeometryFactory.prepare(jts(polygon));
            ZoneIndex index = ZoneIndex.build(List.of(RandomAirspace.zone(1, polygon)), NO_WARNING);
            ZoneHits hits = new ZoneHits();
            List<List<GeoPoint>> rings = new ArrayList<>();
            rings.add(polygon.shell());
            rings.addAll(polygon.holes());
            for (List<GeoPoint> ring : rings) {
                for (int i = 0; i + 1 < ring.size(); i++) {
                    GeoPoint a = ring.get(i);
                    GeoPoint b = ring.get(i + 1);
                    // On the grid, vertices and midpoints are exact; on axis-parallel edges so is
                    // any point between the ends.
                    List<double[]> onBoundary = new ArrayList<>();
                    onBoundary.add(new double[] {a.latitude(), a.longitude()});
                    onBoundary.add(new double[] {(a.latitude() + b.latitude()) / 2,
                        (a.longitude() + b.longitude()) / 2});
                    if (a.latitude() == b.latitude()) {
                        onBoundary.add(new double[] {a.latitude(), between(random, a.longitude(), b.longitude())});
                    }
                    if (a.longitude() == b.longitude()) {
                        onBoundary.add(new double[] {between(random, a.latitude(), b.latitude()), a.longitude()});
                    }
                    for (double[] p : onBoundary) {
                        String what = String.format("seed %d: point (lat %s, lon %s) on the edge from %s to %s of %s",
                                seed, p[0], p[1], a, b, polygon);
                        assertThat(oracle.covers(JTS.createPoint(new Coordinate(p[1], p[0])))).as("JTS, " + what)
                                .isTrue();
                        assertThat(index.check(p[0], p[1], 0, hits)).as(what).isEqualTo(1);
                        assertThat(index.checkExhaustively(p[0], p[1], 0, hits)).as(what).isEqualTo(1);
                    }
                }
            }
        }
    }

    @Test
    void pointsOnAHoleBoundaryAreInsideAndPointsWithinTheHoleAreNot() {
        // A 1 x 1 degree square with a 0.5 x 0.5 degree square hole; binary fractions are exact.
        ZoneGeometry.Polygon polygon = new ZoneGeometry.Polygon(RandomAirspace.ring(76, 43, 77, 43, 77, 44, 76, 44),
                List.of(RandomAirspace.ring(76.25, 43.25, 76.75, 43.25, 76.75, 43.75, 76.25, 43.75)));
        ZoneIndex index = ZoneIndex.build(List.of(RandomAirspace.zone(1, polygon)), NO_WARNING);
        PreparedGeometry oracle = PreparedGeometryFactory.prepare(jts(polygon));
        ZoneHits hits = new ZoneHits();
        double[][] inside = {
            {43.25, 76.25}, {43.75, 76.75}, {43.25, 76.5}, {43.5, 76.25}, {43.75, 76.3}, {43.6, 76.75},
            {43.125, 76.5}, {43, 76}, {44, 77}, {43.5, 77}, {Math.nextDown(43.25), 76.5}, {43.5, Math.nextDown(76.25)},
        };
        double[][] outside = {
            {43.5, 76.5}, {Math.nextUp(43.25), 76.5}, {43.5, Math.nextUp(76.25)}, {Math.nextDown(43.75), 76.7},
            {43.5, Math.nextUp(77)}, {Math.nextDown(43), 76.5}, {44.5, 76.5},
        };
        for (double[] p : inside) {
            assertThat(oracle.covers(JTS.createPoint(new Coordinate(p[1], p[0])))).as("JTS at %s, %s", p[0], p[1])
                    .isTrue();
            assertThat(index.check(p[0], p[1], 0, hits)).as("at %s, %s", p[0], p[1]).isEqualTo(1);
        }
        for (double[] p : outside) {
            assertThat(oracle.covers(JTS.createPoint(new Coordinate(p[1], p[0])))).as("JTS at %s, %s", p[0], p[1])
                    .isFalse();
            assertThat(index.check(p[0], p[1], 0, hits)).as("at %s, %s", p[0], p[1]).isZero();
        }
    }

    @Test
    void concaveNotchIsOutsideWhileItsRimIsInside() {
        // A U: the notch between the arms is outside, its rim is boundary.
        ZoneGeometry.Polygon u = ZoneGeometry.Polygon.of(RandomAirspace.ring(0, 0, 3, 0, 3, 3, 2, 3, 2, 1, 1, 1, 1, 3,
                0, 3));
        ZoneIndex index = ZoneIndex.build(List.of(RandomAirspace.zone(1, u)), NO_WARNING);
        ZoneHits hits = new ZoneHits();

        assertThat(index.check(2, 1.5, 0, hits)).as("in the notch").isZero();
        assertThat(index.check(1, 1.5, 0, hits)).as("on the notch's floor").isEqualTo(1);
        assertThat(index.check(2, 1, 0, hits)).as("on the notch's left wall").isEqualTo(1);
        assertThat(index.check(3, 1.5, 0, hits)).as("across the notch's mouth").isZero();
        assertThat(index.check(3, 1, 0, hits)).as("an arm's tip, a vertex").isEqualTo(1);
        assertThat(index.check(2, 0.5, 0, hits)).as("in the left arm").isEqualTo(1);
        assertThat(index.check(2, 2.5, 0, hits)).as("in the right arm").isEqualTo(1);
        assertThat(index.check(1, 3, 0, hits)).as("on the outer right edge").isEqualTo(1);
        assertThat(index.check(1, Math.nextUp(3.0), 0, hits)).as("just beyond the outer right edge").isZero();
    }

    @Test
    void polygonTouchingTheAntimeridianCoversPointsOnItsSideOnly() {
        ZoneGeometry.Polygon east = RandomAirspace.rectangle(179.5, 10, 180, 11);
        ZoneGeometry.Polygon west = RandomAirspace.rectangle(-180, 10, -179.5, 11);
        ZoneIndex eastOnly = ZoneIndex.build(List.of(RandomAirspace.zone(1, east)), NO_WARNING);
        ZoneIndex split = ZoneIndex.build(List.of(RandomAirspace.zone(1, east), RandomAirspace.zone(2, west)),
                NO_WARNING);
        PreparedGeometry oracle = PreparedGeometryFactory.prepare(jts(east));
        ZoneHits hits = new ZoneHits();

        assertThat(eastOnly.check(10.5, 179.9999, 0, hits)).isEqualTo(1);
        assertThat(eastOnly.check(10.5, 180, 0, hits)).as("on its edge at 180").isEqualTo(1);
        assertThat(eastOnly.check(10.5, -179.9999, 0, hits)).as("edges do not wrap").isZero();
        assertThat(eastOnly.check(10.5, -180, 0, hits)).as("-180 is not 180 in lon/lat").isZero();
        assertThat(oracle.covers(JTS.createPoint(new Coordinate(179.9999, 10.5)))).isTrue();
        assertThat(oracle.covers(JTS.createPoint(new Coordinate(-179.9999, 10.5)))).isFalse();
        // A zone split in two at the antimeridian, as the documentation advises, covers both sides.
        assertThat(split.check(10.5, 179.9999, 0, hits)).isEqualTo(1);
        assertThat(RandomAirspace.insideIds(hits)).containsExactly(1);
        assertThat(split.check(10.5, -179.9999, 0, hits)).isEqualTo(1);
        assertThat(RandomAirspace.insideIds(hits)).containsExactly(2);
        assertThat(split.check(10.5, 180, 0, hits)).isEqualTo(1);
        assertThat(split.check(10.5, -180, 0, hits)).isEqualTo(1);
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** Concave or convex, with or without holes, off or on the grid, a few metres to hundreds of km. */
    private static ZoneGeometry.Polygon randomPolygon(RandomAirspace airspace, double lat, double lon) {
        SplittableRandom random = airspace.random();
        double halfSize = switch (random.nextInt(5)) {
            case 0 -> random.nextDouble(2, 10);
            case 1 -> random.nextDouble(100_000, 300_000);
            default -> 20 * Math.pow(1_000, random.nextDouble());
        };
        return switch (random.nextInt(4)) {
            case 0 -> airspace.starPolygon(lat, lon, halfSize, random.nextBoolean(), random.nextInt(3), false);
            case 1 -> airspace.starPolygon(lat, lon, Math.max(halfSize, 3_000), random.nextBoolean(),
                    random.nextInt(3), true);
            case 2 -> airspace.rectilinearPolygon(lat, lon, Math.max(halfSize, 3_000));
            default -> airspace.starPolygon(lat, lon, halfSize, false, 0, false);
        };
    }

    /** A point at or near a polygon's boundary (or anywhere near the polygons). */
    private static double[] probe(RandomAirspace airspace, List<RestrictedZone> zones) {
        SplittableRandom random = airspace.random();
        ZoneGeometry.Polygon polygon = (ZoneGeometry.Polygon) zones.get(random.nextInt(zones.size())).geometry();
        if (random.nextInt(5) == 0) {
            double minLon = polygon.shell().stream().mapToDouble(GeoPoint::longitude).min().orElseThrow();
            double maxLon = polygon.shell().stream().mapToDouble(GeoPoint::longitude).max().orElseThrow();
            double minLat = polygon.shell().stream().mapToDouble(GeoPoint::latitude).min().orElseThrow();
            double maxLat = polygon.shell().stream().mapToDouble(GeoPoint::latitude).max().orElseThrow();
            double lat = between(random, minLat, maxLat);
            double lon = between(random, minLon, maxLon);
            // Sometimes on a grid line, where rectilinear edges lie.
            return random.nextBoolean() ? new double[] {lat, lon}
                    : new double[] {RandomAirspace.snap(lat), RandomAirspace.snap(lon)};
        }
        return airspace.nearPolygon(polygon, 0);
    }

    private static double between(SplittableRandom random, double a, double b) {
        return a == b ? a : random.nextDouble(Math.min(a, b), Math.max(a, b));
    }

    private static boolean onSomeBoundary(Coordinate at, List<IndexedPointInAreaLocator> locators) {
        for (IndexedPointInAreaLocator locator : locators) {
            if (locator.locate(at) == Location.BOUNDARY) {
                return true;
            }
        }
        return false;
    }

    static Polygon jts(ZoneGeometry.Polygon polygon) {
        LinearRing[] holes = polygon.holes().stream().map(PolygonExactnessTest::ring).toArray(LinearRing[]::new);
        return JTS.createPolygon(ring(polygon.shell()), holes);
    }

    private static LinearRing ring(List<GeoPoint> points) {
        return JTS.createLinearRing(points.stream().map(p -> new Coordinate(p.longitude(), p.latitude()))
                .toArray(Coordinate[]::new));
    }
}
