package kz.utm.geofence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;

import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;

/**
 * Circles are metric on the WGS84 ellipsoid: whether a point is inside agrees with
 * GeographicLib's geodesic distance everywhere (every latitude, the poles, across the
 * antimeridian, radii up to the 50 km maximum), except within max(1 m, 0.01% of the radius) of
 * the edge; and {@link Wgs84#distanceMetres} agrees with GeographicLib within a millimetre.
 */
class CircleAccuracyTest {

    private static final int CENTRES = 600;
    private static final int POINTS_PER_CENTRE = 80;

    @Test
    void pointIsInsideExactlyWhenItsGeodesicDistanceIsWithinTheRadius() {
        long seed = RandomAirspace.seed();
        SplittableRandom random = new SplittableRandom(seed);
        GeofenceSettings settings = new GeofenceSettings(0, 0);
        ZoneHits hits = new ZoneHits();
        int decided = 0;
        int insideSeen = 0;
        for (int c = 0; c < CENTRES; c++) {
            double lat = centreLatitude(random, c);
            double lon = centreLongitude(random, c);
            double radius = radius(random, c);
            ZoneIndex index = ZoneIndex.build(List.of(RandomAirspace.zone(1, RandomAirspace.circle(lat, lon, radius))),
                    settings);
            for (int p = 0; p < POINTS_PER_CENTRE; p++) {
                double[] point = around(random, lat, lon, radius, 0);
                double geodesic = Geodesic.WGS84.Inverse(lat, lon, point[0], point[1]).s12;
                boolean inside = index.check(point[0], point[1], 0, hits) == 1;
                if (Math.abs(geodesic - radius) > tolerance(radius)) {
                    decided++;
                    assertThat(inside).as("seed %d: circle centre (%s, %s) radius %s m, point (%s, %s) at %s m",
                            seed, lat, lon, radius, point[0], point[1], geodesic).isEqualTo(geodesic <= radius);
                }
                if (inside) {
                    insideSeen++;
                }
            }
        }
        assertThat(decided).as("seed %d: points outside the tolerance band", seed)
                .isGreaterThan(CENTRES * POINTS_PER_CENTRE / 2);
        assertThat(insideSeen).as("seed %d: points inside", seed).isGreaterThan(CENTRES * POINTS_PER_CENTRE / 4);
    }

    @Test
    void pointIsNearExactlyWhenItsGeodesicDistanceIsWithinTheRadiusPlusTheWarningDistance() {
        long seed = RandomAirspace.seed();
        SplittableRandom random = new SplittableRandom(seed);
        ZoneHits hits = new ZoneHits();
        int nearSeen = 0;
        for (int c = 0; c < CENTRES / 2; c++) {
            double lat = centreLatitude(random, c);
            double lon = centreLongitude(random, c);
            double radius = radius(random, c);
            double warning = random.nextInt(4) == 0 ? GeofenceSettings.MAX_WARNING_METRES
                    : random.nextDouble(1, GeofenceSettings.MAX_WARNING_METRES);
            ZoneIndex index = ZoneIndex.build(List.of(RandomAirspace.zone(1, RandomAirspace.circle(lat, lon, radius))),
                    new GeofenceSettings(warning, 0));
            for (int p = 0; p < POINTS_PER_CENTRE; p++) {
                double[] point = around(random, lat, lon, radius, warning);
                double geodesic = Geodesic.WGS84.Inverse(lat, lon, point[0], point[1]).s12;
                index.check(point[0], point[1], 0, hits);
                String what = String.format("seed %d: circle centre (%s, %s) radius %s m, warning %s m, point (%s, %s)"
                        + " at %s m", seed, lat, lon, radius, warning, point[0], point[1], geodesic);
                if (Math.abs(geodesic - radius) > tolerance(radius)) {
                    assertThat(hits.insideCount()).as(what).isEqualTo(geodesic <= radius ? 1 : 0);
                }
                if (geodesic > radius + tolerance(radius)
                        && Math.abs(geodesic - radius - warning) > tolerance(radius + warning)) {
                    assertThat(hits.nearCount()).as(what).isEqualTo(geodesic <= radius + warning ? 1 : 0);
                    nearSeen += hits.nearCount();
                }
            }
        }
        assertThat(nearSeen).as("seed %d: points near", seed).isGreaterThan(CENTRES * POINTS_PER_CENTRE / 20);
    }

    @Test
    void manyCirclesInOneIndexAnswerAsGeodesicsDo() {
        long seed = RandomAirspace.seed();
        SplittableRandom random = new SplittableRandom(seed);
        // Overlapping circles around the north pole and across the antimeridian, in one index.
        List<RestrictedZone> zones = new ArrayList<>();
        List<double[]> circles = new ArrayList<>();
        for (int id = 1; id <= 200; id++) {
            double lat = id % 2 == 0 ? random.nextDouble(89.3, 90) : random.nextDouble(-60, 60);
            double lon = id % 2 == 0 ? random.nextDouble(-180, 180) : Math.copySign(random.nextDouble(179.3, 180),
                    random.nextDouble(-1, 1));
            double radius = radius(random, id);
            zones.add(RandomAirspace.zone(id, RandomAirspace.circle(lat, lon, radius)));
            circles.add(new double[] {lat, lon, radius});
        }
        ZoneIndex index = ZoneIndex.build(zones, new GeofenceSettings(0, 0));
        ZoneHits hits = new ZoneHits();
        for (int p = 0; p < 20_000; p++) {
            double[] circle = circles.get(random.nextInt(circles.size()));
            double[] point = around(random, circle[0], circle[1], circle[2], 0);
            index.check(point[0], point[1], 0, hits);
            int[] found = RandomAirspace.insideIds(hits);
            for (int z = 0; z < circles.size(); z++) {
                double[] other = circles.get(z);
                boolean reported = Arrays.binarySearch(found, z + 1) >= 0;
                // The sphere is within 0.6% of the ellipsoid: far circles need no geodesic.
                double geodesic = greatCircleMetres(other[0], other[1], point[0], point[1]) > 1.01 * other[2] + 10
                        ? Double.POSITIVE_INFINITY
                        : Geodesic.WGS84.Inverse(other[0], other[1], point[0], point[1]).s12;
                if (Math.abs(geodesic - other[2]) > tolerance(other[2])) {
                    assertThat(reported).as("seed %d: zone %d, centre (%s, %s) radius %s m, point (%s, %s) at %s m",
                            seed, z + 1, other[0], other[1], other[2], point[0], point[1], geodesic)
                            .isEqualTo(geodesic <= other[2]);
                }
            }
        }
    }

    @Test
    void vincentyDistanceAgreesWithGeographicLibWithinAMillimetre() {
        long seed = RandomAirspace.seed();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 40_000; i++) {
            double lat = centreLatitude(random, i);
            double lon = centreLongitude(random, i);
            double distance = switch (random.nextInt(5)) {
                case 0 -> random.nextDouble(0, 1);
                case 1 -> random.nextDouble(0, 1_000);
                default -> random.nextDouble(0, 200_000);
            };
            GeodesicData to = Geodesic.WGS84.Direct(lat, lon, random.nextDouble(-180, 180), distance);
            double expected = Geodesic.WGS84.Inverse(lat, lon, to.lat2, to.lon2).s12;
            double actual = Wgs84.distanceMetres(lat, lon, to.lat2, to.lon2);
            assertThat(actual).as("seed %d: from (%s, %s) to (%s, %s)", seed, lat, lon, to.lat2, to.lon2)
                    .isCloseTo(expected, offset(1e-3));
            assertThat(Wgs84.distanceMetres(to.lat2, to.lon2, lat, lon)).as("seed %d: symmetric", seed)
                    .isCloseTo(expected, offset(1e-3));
        }
    }

    @Test
    void vincentyDistanceAgreesWithGeographicLibOnTheEquatorMeridiansAndPoles() {
        double[][] pairs = {
            {0, 0, 0, 1}, {0, 179.5, 0, -179.5}, {0, -180, 0, 180}, {0, 10, 0, 10},
            {10, 20, 11, 20}, {-45, 0, 45, 0}, {89, 0, 89, 180}, {90, 0, 89.5, 123},
            {-90, 0, -89.9, -45}, {90, 0, 90, 90}, {89.999, -180, 89.999, 0}, {-89.99, 179.99, -89.99, -0.01},
            {80, 179.9, 80.1, -179.9}, {1e-9, 0, -1e-9, 1e-3},
        };
        for (double[] p : pairs) {
            double expected = Geodesic.WGS84.Inverse(p[0], p[1], p[2], p[3]).s12;
            assertThat(Wgs84.distanceMetres(p[0], p[1], p[2], p[3]))
                    .as("from (%s, %s) to (%s, %s)", p[0], p[1], p[2], p[3])
                    .isCloseTo(expected, offset(1e-3));
        }
    }

    // ---- random circles and points ----------------------------------------------------------

    /** Every latitude band in turn: anywhere, above 80 degrees, within 0.1 degree of a pole, on a pole. */
    private static double centreLatitude(SplittableRandom random, int i) {
        double sign = random.nextBoolean() ? 1 : -1;
        return switch (i % 6) {
            case 0, 1 -> random.nextDouble(-90, 90);
            case 2 -> sign * random.nextDouble(79, 81);
            case 3 -> sign * random.nextDouble(80, 90);
            case 4 -> sign * random.nextDouble(89.9, 90);
            default -> random.nextInt(4) == 0 ? sign * 90 : sign * random.nextDouble(89.99, 90);
        };
    }

    /** A longitude anywhere, or close to the antimeridian, or on it. */
    private static double centreLongitude(SplittableRandom random, int i) {
        double sign = random.nextBoolean() ? 1 : -1;
        return switch (i % 5) {
            case 0 -> sign * random.nextDouble(179.5, 180);
            case 1 -> sign * 180;
            default -> random.nextDouble(-180, 180);
        };
    }

    /** Radii from 5 m to 50 km, log-uniform, the largest often. */
    private static double radius(SplittableRandom random, int i) {
        return i % 7 == 0 ? ZoneGeometry.MAX_RADIUS_METRES : 5 * Math.pow(10_000, random.nextDouble());
    }

    /**
     * A point at a random bearing from the centre: mostly at r(1 +- a small fraction), or about
     * r + warning when a warning distance is given; sometimes well inside or outside.
     */
    private static double[] around(SplittableRandom random, double lat, double lon, double radius, double warning) {
        double edge = warning > 0 && random.nextBoolean() ? radius + warning : radius;
        double distance = switch (random.nextInt(8)) {
            case 0 -> edge * (1 + random.nextDouble(-1e-2, 1e-2));
            case 1 -> edge * (1 + random.nextDouble(-1e-3, 1e-3));
            case 2 -> edge * (1 + random.nextDouble(-2e-4, 2e-4));
            case 3 -> edge + random.nextDouble(-3, 3);
            case 4 -> edge * (1 + (random.nextBoolean() ? 1.01e-4 : -1.01e-4)) + (random.nextBoolean() ? 1.01 : -1.01);
            case 5 -> random.nextDouble(0, edge);
            case 6 -> edge * random.nextDouble(1, 1.5);
            default -> edge * (1 + random.nextDouble(-0.05, 0.05));
        };
        GeodesicData d = Geodesic.WGS84.Direct(lat, lon, random.nextDouble(-180, 180), distance);
        return new double[] {d.lat2, d.lon2};
    }

    /** Haversine distance on the sphere of the earth's mean radius, metres. */
    private static double greatCircleMetres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The band around the edge where either answer is accepted. */
    private static double tolerance(double radius) {
        return Math.max(1, 1e-4 * radius);
    }
}
