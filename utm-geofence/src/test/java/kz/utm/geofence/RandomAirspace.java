package kz.utm.geofence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;

import kz.utm.core.common.AltitudeBand;
import kz.utm.core.common.Audit;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ZoneId;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;

/**
 * Random restricted zones and the points worth probing them with, for the geofence's randomized
 * tests: circles from a few metres to the 50 km maximum, convex and concave polygons (with holes,
 * tiny and huge, some rectilinear on a binary grid so that boundary points are exact), open and
 * closed altitude bands, anywhere on the earth including the poles and the antimeridian; probe
 * points on, just inside and just outside every kind of boundary.
 *
 * <p>Everything comes from one seeded {@link SplittableRandom}: a failure repeats with
 * {@code -Dutm.test.seed=<seed>}. Not thread-safe.
 */
final class RandomAirspace {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final UserId AUTHORITY = UserId.of(1);

    // Polygon coordinates on this grid (2^-12 degree, about 27 m) add, halve and compare exactly.
    static final double GRID = 1.0 / 4096;

    private final SplittableRandom random;

    RandomAirspace(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The seed of this run: {@code -Dutm.test.seed}, else the clock. */
    static long seed() {
        Long fixed = Long.getLong("utm.test.seed");
        return fixed != null ? fixed : System.nanoTime();
    }

    SplittableRandom random() {
        return random;
    }

    // ---- zones ------------------------------------------------------------------------------

    static RestrictedZone zone(int id, ZoneGeometry geometry, AltitudeBand band) {
        return new RestrictedZone(ZoneId.of(id), "zone " + id, Optional.empty(), geometry, band, true, AUTHORITY, 0,
                Audit.createdAt(T0));
    }

    static RestrictedZone zone(int id, ZoneGeometry geometry) {
        return zone(id, geometry, AltitudeBand.unbounded());
    }

    static ZoneGeometry.Circle circle(double lat, double lon, double radiusMetres) {
        return new ZoneGeometry.Circle(GeoPoint.of(lat, lon), radiusMetres);
    }

    /** A ring from lon/lat pairs, closed here. */
    static List<GeoPoint> ring(double... lonLat) {
        List<GeoPoint> ring = new ArrayList<>();
        for (int i = 0; i < lonLat.length; i += 2) {
            ring.add(GeoPoint.of(lonLat[i + 1], lonLat[i]));
        }
        ring.add(ring.get(0));
        return ring;
    }

    /** An axis-parallel rectangle, lon/lat. */
    static ZoneGeometry.Polygon rectangle(double west, double south, double east, double north) {
        return ZoneGeometry.Polygon.of(ring(west, south, east, south, east, north, west, north));
    }

    /** A random band: open, half-open, closed or a single altitude. */
    AltitudeBand band() {
        double lower = Math.rint(random.nextDouble(-50, 400));
        double upper = lower + Math.rint(random.nextDouble(0, 300));
        return switch (random.nextInt(6)) {
            case 0 -> AltitudeBand.unbounded();
            case 1 -> new AltitudeBand(Double.NEGATIVE_INFINITY, upper);
            case 2 -> new AltitudeBand(lower, Double.POSITIVE_INFINITY);
            case 3 -> new AltitudeBand(lower, lower);
            default -> new AltitudeBand(lower, upper);
        };
    }

    /** A radius from 5 m to 50 km, log-uniform, sometimes exactly an end. */
    double radius() {
        return switch (random.nextInt(20)) {
            case 0 -> 5;
            case 1 -> ZoneGeometry.MAX_RADIUS_METRES;
            default -> 5 * Math.pow(10_000, random.nextDouble());
        };
    }

    /** A latitude anywhere, with the polar caps, the poles and the equator over-represented. */
    double latitude() {
        return switch (random.nextInt(50)) {
            case 0, 1 -> Math.copySign(random.nextDouble(80, 90), random.nextDouble(-1, 1));
            case 2 -> Math.copySign(random.nextDouble(89.5, 90), random.nextDouble(-1, 1));
            case 3 -> Math.copySign(90, random.nextDouble(-1, 1));
            case 4, 5 -> random.nextDouble(-1, 1) * 1e-3;
            default -> random.nextDouble(-90, 90);
        };
    }

    /** A longitude anywhere, with the antimeridian over-represented. */
    double longitude() {
        return switch (random.nextInt(20)) {
            case 0, 1 -> Math.copySign(random.nextDouble(179.5, 180), random.nextDouble(-1, 1));
            case 2 -> Math.copySign(180, random.nextDouble(-1, 1));
            default -> random.nextDouble(-180, 180);
        };
    }

    /** A circle of random size centred anywhere. */
    ZoneGeometry.Circle circleAnywhere() {
        return circle(latitude(), longitude(), radius());
    }

    /** A circle of random size centred within {@code spreadDegrees} of a point. */
    ZoneGeometry.Circle circleNear(double lat, double lon, double spreadDegrees) {
        return circle(clampLat(lat + random.nextDouble(-spreadDegrees, spreadDegrees)),
                wrapLon(lon + random.nextDouble(-spreadDegrees, spreadDegrees)), radius());
    }

    /**
     * A star-shaped polygon around a centre: convex (every vertex on one ellipse) or concave,
     * with up to two holes that lie well inside the shell, so that it is a valid polygon. Its
     * half-size is {@code halfSizeMetres} north-south; it is moved, if need be, so that it
     * crosses neither the antimeridian nor a pole.
     */
    ZoneGeometry.Polygon starPolygon(double lat, double lon, double halfSizeMetres, boolean convex, int holes,
            boolean onGrid) {
        double ry = halfSizeMetres / 111_000.0;
        ry = Math.min(ry, 40);
        double cLat = Math.max(-89.99 + ry, Math.min(89.99 - ry, lat));
        double cos = Math.max(Math.cos(Math.toRadians(Math.abs(cLat) + ry)), 0.02);
        double rx = Math.min(ry / cos, 170);
        double cLon = Math.max(-180 + rx, Math.min(180 - rx, lon));
        int n = 6 + random.nextInt(convex ? 20 : 36);
        List<GeoPoint> shell = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // Angles spaced at most 1.5 steps apart keep the shell's edges away from the centre.
            double angle = 2 * Math.PI * (i + 0.5 * random.nextDouble()) / n;
            double scale = convex ? 1 : random.nextDouble(0.5, 1);
            shell.add(point(cLon + rx * scale * Math.cos(angle), cLat + ry * scale * Math.sin(angle), onGrid));
        }
        List<List<GeoPoint>> rings = new ArrayList<>();
        if (holes == 1) {
            rings.add(starRing(cLon, cLat, rx * 0.35, ry * 0.35, onGrid));
        } else if (holes >= 2) {
            rings.add(starRing(cLon - 0.2 * rx, cLat, rx * 0.14, ry * 0.14, onGrid));
            rings.add(starRing(cLon + 0.2 * rx, cLat, rx * 0.14, ry * 0.14, onGrid));
        }
        shell = dedupe(shell);
        shell.add(shell.get(0));
        return new ZoneGeometry.Polygon(shell, rings);
    }

    private List<GeoPoint> starRing(double cLon, double cLat, double rx, double ry, boolean onGrid) {
        int n = 6 + random.nextInt(10);
        List<GeoPoint> ring = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * (i + 0.5 * random.nextDouble()) / n;
            double scale = random.nextDouble(0.5, 1);
            ring.add(point(cLon + rx * scale * Math.cos(angle), cLat + ry * scale * Math.sin(angle), onGrid));
        }
        ring = dedupe(ring);
        ring.add(ring.get(0));
        return ring;
    }

    /**
     * A rectilinear polygon on the grid: an L, a U or a rectangle with a rectangular hole, so
     * that many boundary points (edge midpoints, any point on its edges) are exact.
     */
    ZoneGeometry.Polygon rectilinearPolygon(double lat, double lon, double halfSizeMetres) {
        double size = Math.max(8, Math.rint(halfSizeMetres / 111_000.0 / GRID)) * GRID;
        double x0 = snap(Math.max(-180 + 2 * size, Math.min(180 - 2 * size, lon)));
        double y0 = snap(Math.max(-89.99 + 2 * size, Math.min(89.99 - 2 * size, lat)));
        double a = size;
        double b = snap(size / 2);
        return switch (random.nextInt(3)) {
            case 0 -> ZoneGeometry.Polygon.of(ring(x0 - a, y0 - a, x0 + a, y0 - a, x0 + a, y0 - a + b, x0 - a + b,
                    y0 - a + b, x0 - a + b, y0 + a, x0 - a, y0 + a));
            case 1 -> ZoneGeometry.Polygon.of(ring(x0 - a, y0 - a, x0 + a, y0 - a, x0 + a, y0 + a, x0 + b, y0 + a,
                    x0 + b, y0 - a + b, x0 - b, y0 - a + b, x0 - b, y0 + a, x0 - a, y0 + a));
            default -> new ZoneGeometry.Polygon(ring(x0 - a, y0 - a, x0 + a, y0 - a, x0 + a, y0 + a, x0 - a, y0 + a),
                    List.of(ring(x0 - b, y0 - b, x0 + b, y0 - b, x0 + b, y0 + b, x0 - b, y0 + b)));
        };
    }

    /** A polygon of any of the kinds, of random size from a few metres to hundreds of km. */
    ZoneGeometry.Polygon polygonNear(double lat, double lon) {
        double halfSize = switch (random.nextInt(6)) {
            case 0 -> random.nextDouble(2, 10);
            case 1 -> random.nextDouble(100_000, 400_000);
            default -> 20 * Math.pow(2_000, random.nextDouble());
        };
        return switch (random.nextInt(6)) {
            case 0 -> starPolygon(lat, lon, halfSize, true, 0, false);
            case 1 -> starPolygon(lat, lon, halfSize, false, 0, false);
            case 2 -> starPolygon(lat, lon, halfSize, false, 1 + random.nextInt(2), false);
            case 3 -> starPolygon(lat, lon, Math.max(halfSize, 2_000), random.nextBoolean(), random.nextInt(3), true);
            default -> rectilinearPolygon(lat, lon, Math.max(halfSize, 2_000));
        };
    }

    // ---- probe points -----------------------------------------------------------------------

    /**
     * Probe points (lat, lon, alt) for the given zones: on and near each boundary, at its
     * vertices, near the warning distance, and at altitudes on and beyond the band's ends.
     */
    Probes probesFor(List<RestrictedZone> zones, GeofenceSettings settings, int count) {
        Probes probes = new Probes(count);
        double warning = settings.warningHorizontalMetres();
        while (probes.size() < count) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                probes.add(latitude(), longitude(), random.nextDouble(-100, 800));
                continue;
            }
            if (kind == 1 && random.nextInt(4) == 0) {
                // The polar caps, at every longitude: where degrees of longitude shrink to nothing.
                double lat = Math.copySign(90 - random.nextDouble(0, 0.2), random.nextDouble(-1, 1));
                probes.add(lat, random.nextDouble(-180, 180), random.nextDouble(-100, 800));
                continue;
            }
            RestrictedZone zone = zones.get(random.nextInt(zones.size()));
            double alt = altitudeFor(zone.altitudeBand(), settings.warningVerticalMetres());
            if (zone.geometry() instanceof ZoneGeometry.Circle c) {
                double[] p = nearCircle(c, warning);
                probes.add(p[0], p[1], alt);
            } else {
                double[] p = nearPolygon((ZoneGeometry.Polygon) zone.geometry(), warning);
                probes.add(p[0], p[1], alt);
            }
        }
        return probes;
    }

    /** An altitude on, just within, just beyond or far from the band's ends. */
    double altitudeFor(AltitudeBand band, double warningVertical) {
        double lower = Double.isInfinite(band.lowerMetres()) ? -200 : band.lowerMetres();
        double upper = Double.isInfinite(band.upperMetres()) ? 900 : band.upperMetres();
        return switch (random.nextInt(12)) {
            case 0 -> lower;
            case 1 -> upper;
            case 2 -> Math.nextDown(lower);
            case 3 -> Math.nextUp(upper);
            case 4 -> lower - warningVertical;
            case 5 -> upper + warningVertical;
            case 6 -> Math.nextDown(lower - warningVertical);
            case 7 -> Math.nextUp(upper + warningVertical);
            case 8 -> random.nextDouble(lower - 2 * warningVertical - 10, upper + 2 * warningVertical + 10);
            default -> lower == upper ? lower : random.nextDouble(lower, upper);
        };
    }

    /** (lat, lon) on, within a metre of, or near the warning distance of the circle's edge. */
    double[] nearCircle(ZoneGeometry.Circle c, double warning) {
        double r = c.radiusMetres();
        double s = switch (random.nextInt(8)) {
            case 0 -> r;
            case 1 -> r + random.nextDouble(-1, 1);
            case 2 -> r * (1 + random.nextDouble(-1e-6, 1e-6));
            case 3 -> r + warning + random.nextDouble(-1, 1);
            case 4 -> r + warning;
            case 5 -> random.nextDouble(0, r);
            case 6 -> r * 1.02 + warning * 1.02 + random.nextDouble(0, 5);
            default -> random.nextDouble(0, 1.5 * (r + warning) + 10);
        };
        GeodesicData d = Geodesic.WGS84.Direct(c.centre().latitude(), c.centre().longitude(),
                random.nextDouble(-180, 180), s);
        return new double[] {d.lat2, d.lon2};
    }

    /**
     * (lat, lon) at a vertex, on an edge (exactly for rectilinear ones), a few ulps or up to a
     * metre off an edge, or about the warning distance off it.
     */
    double[] nearPolygon(ZoneGeometry.Polygon polygon, double warning) {
        List<GeoPoint> ring = polygon.holes().isEmpty() || random.nextInt(3) > 0 ? polygon.shell()
                : polygon.holes().get(random.nextInt(polygon.holes().size()));
        int i = random.nextInt(ring.size() - 1);
        GeoPoint a = ring.get(i);
        GeoPoint b = ring.get(i + 1);
        double ax = a.longitude();
        double ay = a.latitude();
        double bx = b.longitude();
        double by = b.latitude();
        double t = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> 0.5;
            default -> random.nextDouble();
        };
        double x = ax + t * (bx - ax);
        double y = ay + t * (by - ay);
        // The unit normal, in degrees, and a metre in degrees at this latitude.
        double nx = -(by - ay);
        double ny = bx - ax;
        double norm = Math.hypot(nx, ny);
        nx /= norm;
        ny /= norm;
        double metre = 1 / 111_000.0;
        double offset = switch (random.nextInt(8)) {
            case 0, 1 -> 0;
            case 2 -> random.nextDouble(-1e-12, 1e-12);
            case 3 -> random.nextDouble(-1, 1) * metre;
            case 4 -> random.nextDouble(-1e-3, 1e-3) * metre;
            case 5 -> (warning + random.nextDouble(-1, 1)) * metre * (random.nextBoolean() ? 1 : -1);
            case 6 -> warning * metre * random.nextDouble(0.9, 1.1) / Math.max(0.02, Math.cos(Math.toRadians(y)));
            default -> random.nextDouble(-3, 3) * (warning + 10) * metre;
        };
        x += offset * nx;
        y += offset * ny;
        if (random.nextInt(4) == 0) {
            x = random.nextBoolean() ? Math.nextUp(x) : Math.nextDown(x);
            y = random.nextBoolean() ? Math.nextUp(y) : Math.nextDown(y);
        }
        return new double[] {clampLat(y), Math.max(-180, Math.min(180, x))};
    }

    // ---- bits -------------------------------------------------------------------------------

    static double clampLat(double lat) {
        return Math.max(-90, Math.min(90, lat));
    }

    static double wrapLon(double lon) {
        if (lon > 180) {
            return lon - 360;
        }
        return lon < -180 ? lon + 360 : lon;
    }

    static double snap(double degrees) {
        return Math.rint(degrees / GRID) * GRID;
    }

    private static GeoPoint point(double lon, double lat, boolean onGrid) {
        double x = Math.max(-180, Math.min(180, onGrid ? snap(lon) : lon));
        double y = clampLat(onGrid ? snap(lat) : lat);
        return GeoPoint.of(y, x);
    }

    private static List<GeoPoint> dedupe(List<GeoPoint> ring) {
        List<GeoPoint> out = new ArrayList<>();
        for (GeoPoint p : ring) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(p)) {
                out.add(p);
            }
        }
        while (out.size() > 1 && out.get(0).equals(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Probe points in flat arrays. */
    static final class Probes {
        final double[] lat;
        final double[] lon;
        final double[] alt;
        private int size;

        Probes(int capacity) {
            lat = new double[capacity];
            lon = new double[capacity];
            alt = new double[capacity];
        }

        void add(double latitude, double longitude, double altitude) {
            lat[size] = latitude;
            lon[size] = longitude;
            alt[size] = altitude;
            size++;
        }

        int size() {
            return size;
        }

        String describe(int i) {
            return "point " + i + " (lat " + lat[i] + ", lon " + lon[i] + ", alt " + alt[i] + ")";
        }
    }

    // ---- answers ----------------------------------------------------------------------------

    /** The ids of the zones the last check found the point inside, sorted. */
    static int[] insideIds(ZoneHits hits) {
        int[] ids = new int[hits.insideCount()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = hits.inside(i).value();
        }
        Arrays.sort(ids);
        return ids;
    }

    /** The ids of the zones the last check found the point near, sorted. */
    static int[] nearIds(ZoneHits hits) {
        int[] ids = new int[hits.nearCount()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = hits.near(i).value();
        }
        Arrays.sort(ids);
        return ids;
    }
}
