package kz.utm.benchmarks;

import kz.utm.geofence.Wgs84;

/**
 * A zone circle for the JTS contenders, tested as UTM Kit tests it (a JTS polygon approximating
 * the circle would not answer the same): inside when the geodesic distance from the centre is
 * at most the radius. As in UTM Kit's {@code ZoneIndex} (its warning distance here 0): a
 * local-scale estimate from scales precomputed at the centre settles, with squared compares,
 * every point further than 1% of the radius plus a metre from the edge, where its error (far
 * below 0.1%) cannot change the answer; within that band, and beyond 80 degrees of latitude,
 * Vincenty's geodesic ({@link Wgs84#distanceMetres}) decides. The same work per test as UTM Kit
 * does, so that the comparison is of the indexes and the polygon tests. Immutable.
 */
final class MetricCircle {

    private static final double HIGH_LATITUDE = 80;
    private static final double EXTENT_SLACK = 1e-9;

    final double centreLat;
    final double centreLon;
    final double radius;
    private final double metresPerDegreeLat;
    private final double metresPerDegreeLon;
    private final double centreTan;
    private final double surelyInsideSquared;
    private final double surelyOutsideSquared;

    MetricCircle(double centreLat, double centreLon, double radius) {
        this.centreLat = centreLat;
        this.centreLon = centreLon;
        this.radius = radius;
        double latRadians = Math.toRadians(centreLat);
        metresPerDegreeLat = Wgs84.metresPerRadianLatitude(latRadians) * Math.PI / 180;
        metresPerDegreeLon = Wgs84.metresPerRadianLongitude(latRadians) * Math.PI / 180;
        centreTan = Math.tan(latRadians);
        double margin = 1 + 0.01 * radius;
        double inner = Math.max(0, radius - margin);
        double outer = radius + margin;
        surelyInsideSquared = inner * inner;
        surelyOutsideSquared = outer * outer;
    }

    /** Whether (lat, lon) is inside or on the circle. */
    boolean contains(double lat, double lon) {
        if (Math.abs(lat) > HIGH_LATITUDE || Math.abs(centreLat) > HIGH_LATITUDE) {
            return Wgs84.distanceMetres(centreLat, centreLon, lat, lon) <= radius;
        }
        double dLat = lat - centreLat;
        double dLon = lon - centreLon;
        if (dLon > 180) {
            dLon -= 360;
        } else if (dLon < -180) {
            dLon += 360;
        }
        double east = dLon * metresPerDegreeLon * (1 - centreTan * dLat * (Math.PI / 360));
        double north = dLat * metresPerDegreeLat;
        double estimateSquared = east * east + north * north;
        if (estimateSquared <= surelyInsideSquared) {
            return true;
        }
        if (estimateSquared > surelyOutsideSquared) {
            return false;
        }
        return Wgs84.distanceMetres(centreLat, centreLon, lat, lon) <= radius;
    }

    /**
     * The circle's extent {minLon, minLat, maxLon, maxLat}, as UTM Kit computes it (the benchmark
     * airspace is far from the antimeridian and the poles, which UTM Kit also handles).
     *
     * @throws IllegalArgumentException if the extent would reach a pole or the antimeridian
     */
    double[] extent() {
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
