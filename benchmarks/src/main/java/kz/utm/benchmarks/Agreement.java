package kz.utm.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;
import kz.utm.geofence.Wgs84;
import kz.utm.geofence.ZoneHits;
import kz.utm.geofence.ZoneIndex;

/**
 * The check that every contender gives the same answer, run before anything is timed: for every
 * point, the set of zones it is inside, from UTM Kit's index, from each JTS contender and (when
 * asked) from UTM Kit's brute force. Any difference fails the benchmark with a diagnosis of each
 * disputed zone: for a polygon where the point lies by exact arithmetic ({@link ExactReferee}),
 * for a circle the geodesic distance beyond the radius. No point is ever skipped.
 */
final class Agreement {

    /**
     * What the check saw.
     *
     * @param points points compared
     * @param pointsInside points inside at least one zone
     * @param insideHits (point, zone) pairs inside
     */
    record Outcome(int points, int pointsInside, long insideHits) {

        /** The share of points inside at least one zone. */
        double hitRate() {
            return points == 0 ? 0 : (double) pointsInside / points;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d points agree; %.2f%% inside a zone, %.3f zones a point",
                    points, 100 * hitRate(), points == 0 ? 0.0 : (double) insideHits / points);
        }
    }

    private Agreement() {
    }

    /**
     * Compares the contenders on every point.
     *
     * @param zonesById the zones, {@code zonesById.get(id - 1)} has id {@code id}
     * @throws AssertionError naming every disagreement (up to 20 described) if any
     */
    static Outcome verify(List<RestrictedZone> zonesById, ZoneIndex index, JtsStrTreePrepared strtree,
            JtsHprTreeLocator hpr, boolean bruteForce, KazakhAirspace.Points points) {
        if (index.settings().warningHorizontalMetres() != 0 || index.settings().warningVerticalMetres() != 0) {
            throw new IllegalArgumentException("compare an index built with warning distances 0");
        }
        ZoneHits hits = new ZoneHits();
        InsideHits jts = new InsideHits();
        List<String> problems = new ArrayList<>();
        int disagreements = 0;
        int pointsInside = 0;
        long insideHits = 0;
        for (int i = 0; i < points.size(); i++) {
            double lat = points.lat()[i];
            double lon = points.lon()[i];
            double alt = points.alt()[i];
            index.check(lat, lon, alt, hits);
            int[] utm = ids(hits);
            strtree.check(lat, lon, alt, jts);
            int[] str = jts.sorted();
            hpr.check(lat, lon, alt, jts);
            int[] hp = jts.sorted();
            int[] brute = utm;
            if (bruteForce) {
                index.checkExhaustively(lat, lon, alt, hits);
                brute = ids(hits);
            }
            if (!Arrays.equals(utm, str) || !Arrays.equals(utm, hp) || !Arrays.equals(utm, brute)) {
                disagreements++;
                if (problems.size() < 20) {
                    problems.add(describe(zonesById, i, lat, lon, alt, utm, str, hp, brute));
                }
            }
            if (utm.length > 0) {
                pointsInside++;
                insideHits += utm.length;
            }
        }
        if (disagreements > 0) {
            throw new AssertionError(disagreements + " of " + points.size()
                    + " points get different answers from the contenders:\n" + String.join("\n", problems));
        }
        return new Outcome(points.size(), pointsInside, insideHits);
    }

    private static int[] ids(ZoneHits hits) {
        int[] ids = new int[hits.insideCount()];
        for (int h = 0; h < ids.length; h++) {
            ids[h] = hits.inside(h).value();
        }
        Arrays.sort(ids);
        return ids;
    }

    private static String describe(List<RestrictedZone> zonesById, int i, double lat, double lon, double alt,
            int[] utm, int[] str, int[] hpr, int[] brute) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "point %d (lat %s, lon %s, alt %s): UTM Kit %s, STRtree %s, HPRtree %s, brute force %s", i,
                lat, lon, alt, Arrays.toString(utm), Arrays.toString(str), Arrays.toString(hpr),
                Arrays.toString(brute)));
        int[][] all = {utm, str, hpr, brute};
        java.util.TreeSet<Integer> disputed = new java.util.TreeSet<>();
        for (int[] a : all) {
            for (int id : a) {
                for (int[] b : all) {
                    if (Arrays.binarySearch(b, id) < 0) {
                        disputed.add(id);
                    }
                }
            }
        }
        for (int id : disputed) {
            RestrictedZone zone = zonesById.get(id - 1);
            s.append("\n    zone ").append(id).append(" band ").append(zone.altitudeBand()).append(": ");
            if (zone.geometry() instanceof ZoneGeometry.Circle c) {
                double d = Wgs84.distanceMetres(c.centre().latitude(), c.centre().longitude(), lat, lon);
                s.append(String.format(Locale.ROOT, "circle r=%s m, geodesic distance %s m (%+.6f m from the edge)",
                        c.radiusMetres(), d, d - c.radiusMetres()));
            } else {
                s.append("polygon; exact arithmetic puts the point ")
                        .append(ExactReferee.locate((ZoneGeometry.Polygon) zone.geometry(), lat, lon));
            }
        }
        return s.toString();
    }
}
