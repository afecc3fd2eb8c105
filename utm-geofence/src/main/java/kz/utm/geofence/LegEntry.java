package kz.utm.geofence;

import java.util.Arrays;

/**
 * Where a route leg first enters a zone: the smallest fraction {@code t} in [0, 1] along the
 * leg at which the point is horizontally inside the zone (boundary included) and its altitude,
 * linear along the leg, within the band. Stateless and thread-safe.
 */
final class LegEntry {

    private static final int PATH_SAMPLES = 64;
    private static final int MAX_STEPS = 100_000;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private LegEntry() {
    }

    /**
     * @return the fraction along the leg of the first entry, or -1 if the leg does not enter
     */
    static double firstEntry(ZoneIndex index, int zone, double lon0, double lat0, double alt0, double lon1,
            double lat1, double alt1) {
        double[] band = bandRange(index.bandLower(zone), index.bandUpper(zone), alt0, alt1);
        if (band == null) {
            return -1;
        }
        if (index.isPolarCircle(zone)) {
            return geodesicCircleEntry(index, zone, lon0, lat0, lon1, lat1, band[0], band[1]);
        }
        return index.isCircle(zone)
                ? circleEntry(index, zone, lon0, lat0, lon1, lat1, band[0], band[1])
                : polygonEntry(index, zone, lon0, lat0, lon1, lat1, band[0], band[1]);
    }

    /**
     * Near a pole no flat plane fits: walk the leg in steps of at most an eighth of the radius,
     * look for a dip inside between two outside steps (golden-section search for the step's
     * closest point), and bisect to the first point inside.
     */
    private static double geodesicCircleEntry(ZoneIndex index, int zone, double lon0, double lat0, double lon1,
            double lat1, double from, double to) {
        double r = index.radius(zone);
        double length = 0;
        for (int i = 0; i < PATH_SAMPLES; i++) {
            double ta = from + (to - from) * i / PATH_SAMPLES;
            double tb = from + (to - from) * (i + 1) / PATH_SAMPLES;
            length += Wgs84.distanceMetres(lat0 + ta * (lat1 - lat0), lon0 + ta * (lon1 - lon0),
                    lat0 + tb * (lat1 - lat0), lon0 + tb * (lon1 - lon0));
        }
        int steps = (int) Math.min(MAX_STEPS, Math.max(PATH_SAMPLES, Math.ceil(length / (r / 8))));
        double step = length / steps;
        double previousT = from;
        double previous = distanceFromCentre(index, zone, lon0, lat0, lon1, lat1, from);
        if (previous <= r) {
            return from;
        }
        for (int i = 1; i <= steps; i++) {
            double t = from + (to - from) * i / steps;
            double d = distanceFromCentre(index, zone, lon0, lat0, lon1, lat1, t);
            if (d <= r) {
                return bisect(index, zone, lon0, lat0, lon1, lat1, previousT, t);
            }
            if (Math.min(previous, d) <= r + step) {
                double closest = closestBetween(index, zone, lon0, lat0, lon1, lat1, previousT, t);
                if (distanceFromCentre(index, zone, lon0, lat0, lon1, lat1, closest) <= r) {
                    return bisect(index, zone, lon0, lat0, lon1, lat1, previousT, closest);
                }
            }
            previousT = t;
            previous = d;
        }
        return -1;
    }

    private static double distanceFromCentre(ZoneIndex index, int zone, double lon0, double lat0, double lon1,
            double lat1, double t) {
        return Wgs84.distanceMetres(index.centreLat(zone), index.centreLon(zone), lat0 + t * (lat1 - lat0),
                lon0 + t * (lon1 - lon0));
    }

    // The first t in (outsideT, insideT] inside the circle, to within 1e-12 of the leg.
    private static double bisect(ZoneIndex index, int zone, double lon0, double lat0, double lon1, double lat1,
            double outsideT, double insideT) {
        double r = index.radius(zone);
        while (insideT - outsideT > 1e-12) {
            double mid = 0.5 * (outsideT + insideT);
            if (distanceFromCentre(index, zone, lon0, lat0, lon1, lat1, mid) <= r) {
                insideT = mid;
            } else {
                outsideT = mid;
            }
        }
        return insideT;
    }

    // Within one short step the distance from the centre has a single minimum.
    private static double closestBetween(ZoneIndex index, int zone, double lon0, double lat0, double lon1,
            double lat1, double a, double b) {
        double c = b - GOLDEN * (b - a);
        double d = a + GOLDEN * (b - a);
        for (int i = 0; i < 60; i++) {
            if (distanceFromCentre(index, zone, lon0, lat0, lon1, lat1, c)
                    < distanceFromCentre(index, zone, lon0, lat0, lon1, lat1, d)) {
                b = d;
            } else {
                a = c;
            }
            c = b - GOLDEN * (b - a);
            d = a + GOLDEN * (b - a);
        }
        return 0.5 * (a + b);
    }

    /** The fractions [from, to] of the leg within the band, clipped to [0, 1]; null if none. */
    private static double[] bandRange(double lower, double upper, double alt0, double alt1) {
        double climb = alt1 - alt0;
        double from;
        double to;
        if (climb == 0) {
            if (alt0 < lower || alt0 > upper) {
                return null;
            }
            from = 0;
            to = 1;
        } else {
            double tLower = lower == Double.NEGATIVE_INFINITY ? (climb > 0 ? Double.NEGATIVE_INFINITY
                    : Double.POSITIVE_INFINITY) : (lower - alt0) / climb;
            double tUpper = upper == Double.POSITIVE_INFINITY ? (climb > 0 ? Double.POSITIVE_INFINITY
                    : Double.NEGATIVE_INFINITY) : (upper - alt0) / climb;
            from = Math.max(0, Math.min(tLower, tUpper));
            to = Math.min(1, Math.max(tLower, tUpper));
        }
        return from <= to ? new double[] {from, to} : null;
    }

    // In the plane tangent at the centre, scaled to metres, the leg is a straight segment and
    // the circle a circle: a quadratic gives the span of the leg inside it.
    private static double circleEntry(ZoneIndex index, int zone, double lon0, double lat0, double lon1, double lat1,
            double from, double to) {
        double cLat = index.centreLat(zone);
        double cLon = index.centreLon(zone);
        double latRadians = Math.toRadians(cLat);
        double kx = Wgs84.metresPerRadianLongitude(latRadians) * Math.PI / 180;
        double ky = Wgs84.metresPerRadianLatitude(latRadians) * Math.PI / 180;
        double x0 = Wgs84.longitudeDeltaDegrees(cLon, lon0) * kx;
        double y0 = (lat0 - cLat) * ky;
        double dx = (lon1 - lon0) * kx;
        double dy = (lat1 - lat0) * ky;
        double r = index.radius(zone);
        double a = dx * dx + dy * dy;
        double b = 2 * (x0 * dx + y0 * dy);
        double c = x0 * x0 + y0 * y0 - r * r;
        double enter;
        double leave;
        if (a == 0) {
            if (c > 0) {
                return -1;
            }
            enter = 0;
            leave = 1;
        } else {
            double discriminant = b * b - 4 * a * c;
            if (discriminant < 0) {
                return -1;
            }
            double root = Math.sqrt(discriminant);
            enter = (-b - root) / (2 * a);
            leave = (-b + root) / (2 * a);
        }
        double first = Math.max(enter, from);
        return first <= Math.min(leave, to) ? first : -1;
    }

    // The leg's crossings with the polygon's edges cut it into pieces wholly inside or wholly
    // outside; a piece's midpoint tells which. The first inside piece (or boundary touch) that
    // meets the band's span is the entry.
    private static double polygonEntry(ZoneIndex index, int zone, double lon0, double lat0, double lon1,
            double lat1, double from, double to) {
        double[] cuts = new double[16];
        int count = 0;
        cuts[count++] = 0;
        cuts[count++] = 1;
        double dx = lon1 - lon0;
        double dy = lat1 - lat0;
        PolygonZone polygon = index.polygon(zone);
        double[] xs = polygon.xs;
        double[] ys = polygon.ys;
        for (int ring = 0; ring <= polygon.lastRing(); ring++) {
            int end = polygon.ringStarts[ring + 1] - 1;
            for (int i = polygon.ringStarts[ring]; i < end; i++) {
                double ax = xs[i];
                double ay = ys[i];
                double ex = xs[i + 1] - ax;
                double ey = ys[i + 1] - ay;
                double denominator = dx * ey - dy * ex;
                double qx = ax - lon0;
                double qy = ay - lat0;
                if (denominator == 0) {
                    // Parallel: a collinear edge adds its ends, projected on the leg.
                    if (qx * dy - qy * dx == 0 && (dx != 0 || dy != 0)) {
                        double length = dx * dx + dy * dy;
                        count = add(cuts, count, (qx * dx + qy * dy) / length);
                        count = add(cuts, count, ((qx + ex) * dx + (qy + ey) * dy) / length);
                        cuts = grow(cuts, count);
                    }
                    continue;
                }
                double t = (qx * ey - qy * ex) / denominator;
                double u = (qx * dy - qy * dx) / denominator;
                if (u >= 0 && u <= 1) {
                    count = add(cuts, count, t);
                    cuts = grow(cuts, count);
                }
            }
        }
        Arrays.sort(cuts, 0, count);
        for (int i = 0; i < count; i++) {
            double t = cuts[i];
            if (t > to) {
                break;
            }
            if (t >= from && inside(index, zone, lon0 + t * dx, lat0 + t * dy)) {
                return t;
            }
            if (i + 1 < count) {
                double next = Math.min(cuts[i + 1], to);
                double start = Math.max(t, from);
                if (start <= next && inside(index, zone, lon0 + 0.5 * (t + cuts[i + 1]) * dx,
                        lat0 + 0.5 * (t + cuts[i + 1]) * dy)) {
                    return start;
                }
            }
        }
        return -1;
    }

    private static boolean inside(ZoneIndex index, int zone, double lon, double lat) {
        return index.polygon(zone).locate(lon, lat) != PlanarRings.OUTSIDE;
    }

    private static int add(double[] cuts, int count, double t) {
        if (t >= 0 && t <= 1) {
            cuts[count++] = t;
        }
        return count;
    }

    private static double[] grow(double[] cuts, int count) {
        return count + 2 > cuts.length ? Arrays.copyOf(cuts, cuts.length * 2) : cuts;
    }
}
