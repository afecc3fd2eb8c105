package kz.utm.benchmarks;

import kz.utm.geofence.Wgs84;

/**
 * UTM Kit's circle test, replicated for the JTS contenders so that they answer exactly as UTM Kit
 * does (a JTS polygon approximating the circle would not): the point is inside when its distance
 * from the centre is at most the radius, the distance being the fast local-scale estimate where
 * it is clearly decisive and Vincenty's geodesic ({@link Wgs84#distanceMetres}) within 1% (plus
 * a metre) of the edge or beyond 80 degrees of latitude. Identical, formula for formula, to
 * {@code ZoneIndex}'s private circle distance with a horizontal warning distance of 0.
 *
 * <p>Also the circle's search extent, widened as UTM Kit widens it. Stateless.
 */
final class MetricCircle {

    private static final double HIGH_LATITUDE = 80;
    private static final double EXTENT_SLACK = 1e-9;

    private MetricCircle() {
    }

    /** Whether (lat, lon) is inside or on the circle. */
    static boolean contains(double centreLat, double centreLon, double radius, double lat, double lon) {
        if (Math.abs(lat) > HIGH_LATITUDE || Math.abs(centreLat) > HIGH_LATITUDE) {
            return Wgs84.distanceMetres(centreLat, centreLon, lat, lon) <= radius;
        }
        double midLat = Math.toRadians(0.5 * (lat + centreLat));
        double dx = Wgs84.longitudeDelta(Math.toRadians(centreLon), Math.toRadians(lon))
                * Wgs84.metresPerRadianLongitude(midLat);
        double dy = Math.toRadians(lat - centreLat) * Wgs84.metresPerRadianLatitude(midLat);
        double estimate = Math.sqrt(dx * dx + dy * dy);
        double margin = 1 + 0.01 * Math.max(estimate, radius);
        double distance = estimate >= radius - margin && estimate <= radius + margin
                ? Wgs84.distanceMetres(centreLat, centreLon, lat, lon)
                : estimate;
        return distance <= radius;
    }

    /**
     * The circle's extent {minLon, minLat, maxLon, maxLat}, as UTM Kit computes it (the benchmark
     * airspace is far from the antimeridian and the poles, which UTM Kit also handles).
     *
     * @throws IllegalArgumentException if the extent would reach a pole or the antimeridian
     */
    static double[] extent(double centreLat, double centreLon, double radius) {
        double dLat = Math.toDegrees(radius / Wgs84.metresPerRadianLatitude(0)) * 1.001 + EXTENT_SLACK;
        double minLat = centreLat - dLat;
        double maxLat = centreLat + dLat;
        double widestLat = Math.toRadians(Math.max(Math.abs(minLat), Math.abs(maxLat)));
        double dLon = Math.toDegrees(radius / Wgs84.metresPerRadianLongitude(widestLat)) * 1.001 + EXTENT_SLACK;
        double minLon = centreLon - dLon;
        double maxLon = centreLon + dLon;
        if (Math.max(Math.abs(minLat), Math.abs(maxLat)) > 89 || minLon < -180 || maxLon > 180) {
            throw new IllegalArgumentException("circle at " + centreLat + ", " + centreLon
                    + " reaches a pole or the antimeridian: not in the benchmark airspace");
        }
        return new double[] {minLon, minLat, maxLon, maxLat};
    }
}
