package kz.utm.geofence.monitor;

import java.util.List;

import kz.utm.core.flightplan.Waypoint;
import kz.utm.geofence.Wgs84;

/**
 * Where a point stands relative to a planned path: its horizontal distance from the path, and
 * the path's altitude at the nearest point of the nearest leg. A reusable result that
 * {@link #measure} overwrites, so that measuring allocates nothing.
 *
 * <p>The path is the waypoints joined by legs straight in longitude/latitude (as the route
 * check takes them), the altitude linear along each leg. Distances are measured in the local
 * tangent plane at the point, with the WGS84 metres-per-degree scales there: a leg straight in
 * longitude/latitude stays straight in that plane, and the error, a small fraction of a
 * percent within a few kilometres, only grows where the answer is far beyond any corridor.
 * Each leg is placed with its start the short way round from the point, so that a point just
 * across the antimeridian from the path is measured as near it.
 *
 * <p>Not thread-safe: each thread uses its own.
 */
final class PathDistance {

    private static final double RADIANS_PER_DEGREE = Math.PI / 180;

    private double lateralMetres = Double.NaN;
    private double plannedAltitudeM = Double.NaN;
    private int nearestLeg = -1;

    /**
     * Measures the point against the path.
     *
     * @param path at least two waypoints
     * @param latitude degrees
     * @param longitude degrees
     * @return this, for chaining
     */
    PathDistance measure(List<Waypoint> path, double latitude, double longitude) {
        double latRadians = latitude * RADIANS_PER_DEGREE;
        double kx = Wgs84.metresPerRadianLongitude(latRadians) * RADIANS_PER_DEGREE;
        double ky = Wgs84.metresPerRadianLatitude(latRadians) * RADIANS_PER_DEGREE;
        double best = Double.POSITIVE_INFINITY;
        double bestAltitude = Double.NaN;
        int bestLeg = -1;
        Waypoint from = path.get(0);
        for (int leg = 0; leg + 1 < path.size(); leg++) {
            Waypoint to = path.get(leg + 1);
            double fromLon = from.position().longitude();
            double fromLat = from.position().latitude();
            // The point at the origin; the leg as an offset from it, in metres.
            double ax = Wgs84.longitudeDeltaDegrees(longitude, fromLon) * kx;
            double ay = (fromLat - latitude) * ky;
            double dx = (to.position().longitude() - fromLon) * kx;
            double dy = (to.position().latitude() - fromLat) * ky;
            double lengthSquared = dx * dx + dy * dy;
            double t = lengthSquared == 0 ? 0 : -(ax * dx + ay * dy) / lengthSquared;
            t = t < 0 ? 0 : (t > 1 ? 1 : t);
            double px = ax + t * dx;
            double py = ay + t * dy;
            double distanceSquared = px * px + py * py;
            // Strictly nearer only: on a tie the earlier leg is kept, so the answer is stable.
            if (distanceSquared < best) {
                best = distanceSquared;
                bestAltitude = from.altitudeM() + t * (to.altitudeM() - from.altitudeM());
                bestLeg = leg;
            }
            from = to;
        }
        lateralMetres = Math.sqrt(best);
        plannedAltitudeM = bestAltitude;
        nearestLeg = bestLeg;
        return this;
    }

    /** Horizontal distance from the point to the path, metres, as of the last {@link #measure}. */
    double lateralMetres() {
        return lateralMetres;
    }

    /** The path's altitude at the nearest point of the nearest leg, as of the last {@link #measure}. */
    double plannedAltitudeM() {
        return plannedAltitudeM;
    }

    /** The nearest leg, 0 for the first, as of the last {@link #measure}. */
    int nearestLeg() {
        return nearestLeg;
    }
}
