package kz.utm.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import kz.utm.core.common.AltitudeBand;
import kz.utm.core.common.Audit;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ZoneId;
import kz.utm.core.flightplan.Waypoint;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;

/**
 * The frozen benchmark airspace: restricted zones clustered around Kazakh cities over a
 * background of zones scattered across the country's extent, and the telemetry points and
 * routes that probe them.
 *
 * <p><b>Frozen.</b> Every number here is part of the data set's definition, written down in
 * {@code benchmarks/README.md}: change one and results stop being comparable with earlier runs
 * (then say so in the README and re-measure every contender). The same arguments always give
 * the same zones and points, bit for bit: everything is drawn from {@link SplittableRandom}s
 * seeded from the constants below and the arguments, in a fixed order.
 *
 * <p>Not thread-safe while generating; the results are immutable values.
 */
public final class KazakhAirspace {

    /** Seed of the zones; mixed with the zone count. */
    public static final long ZONE_SEED = 0x4B5A_5A4F_4E45_0001L;
    /** Seed of the uniform telemetry points; mixed with the zone count. */
    public static final long UNIFORM_SEED = 0x4B5A_554E_4946_0002L;
    /** Seed of the telemetry tracks; mixed with the zone count. */
    public static final long TRACK_SEED = 0x4B5A_5452_4143_0003L;
    /** Seed of the 50-waypoint routes. */
    public static final long ROUTE_SEED = 0x4B5A_524F_5554_0004L;

    /** Kazakhstan's extent, degrees: the region of the background zones and uniform points. */
    public static final double MIN_LAT = 40.5;
    public static final double MAX_LAT = 55.5;
    public static final double MIN_LON = 46.5;
    public static final double MAX_LON = 87.3;

    /** The zone count at which the sizes below hold as stated; see {@link #sizeScale}. */
    public static final int REFERENCE_ZONES = 10_000;

    /** Share of zones clustered around a city; the rest are scattered uniformly over the extent. */
    public static final double CITY_SHARE = 0.7;
    /** Share of circles among the zones; the rest are polygons. */
    public static final double CIRCLE_SHARE = 0.4;
    /**
     * Sizes at the reference zone count, u uniform in [0, 1). Zones near a city are small
     * (buildings, sites, stadiums): circles of radius 50 m * 10^(u^2), 50 to 500 m; polygons of
     * mean radius 100 m * 10^(u^2), 100 m to 1 km. Zones in the background are of every size,
     * mostly small: circles of radius 50 m * 400^(u^3), 50 m to 20 km; polygons of mean radius
     * 100 m * 200^(u^3), 100 m to 20 km.
     */
    public static final double CITY_MIN_RADIUS_M = 50;
    public static final double CITY_RADIUS_RANGE = 10;
    public static final double CITY_MIN_POLYGON_RADIUS_M = 100;
    public static final double CITY_POLYGON_RADIUS_RANGE = 10;
    public static final double MIN_RADIUS_M = 50;
    public static final double RADIUS_RANGE = 400;
    public static final double MIN_POLYGON_RADIUS_M = 100;
    public static final double POLYGON_RADIUS_RANGE = 200;
    /** Share of polygons (of at least {@link #MIN_VERTICES_FOR_HOLES} vertices) with one hole, and with two. */
    public static final double ONE_HOLE_SHARE = 0.10;
    public static final double TWO_HOLES_SHARE = 0.05;
    public static final int MIN_VERTICES_FOR_HOLES = 16;
    /** Relative amplitude of the per-vertex radial noise: smooth outlines, and jagged ones. */
    public static final double SMOOTH_NOISE = 0.02;
    public static final double JAGGED_NOISE = 0.40;

    /** Telemetry points per query set: the benchmark cycles through them with a mask. */
    public static final int QUERY_POINTS = 1 << 16;
    /** Points per track: 1 Hz telemetry, about four minutes of flight. */
    public static final int TRACK_POINTS = 256;
    /** Share of tracks and routes that start near a city; the rest start anywhere in the extent. */
    public static final double TRACK_CITY_SHARE = 0.6;
    /** A track or route near a city starts at twice the spread of the city's zones: drones fly the suburbs too. */
    public static final double TRACK_CITY_SPREAD = 2;
    /** Telemetry altitudes, metres: uniform points are uniform in [0, MAX_QUERY_ALTITUDE_M). */
    public static final double MAX_QUERY_ALTITUDE_M = 300;

    /** Waypoints per benchmark route. */
    public static final int ROUTE_WAYPOINTS = 50;

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final UserId AUTHORITY = UserId.of(1);
    // Metres per degree of latitude and of longitude at the equator, for laying out shapes: the
    // shapes only need to be realistic, not exact.
    private static final double METRES_PER_DEGREE_LAT = 110_574;
    private static final double METRES_PER_DEGREE_LON = 111_320;

    /**
     * A city the zones and tracks cluster around.
     *
     * @param name the city
     * @param lat degrees
     * @param lon degrees
     * @param weight relative share of the clustered zones and tracks (about the population, in
     *     hundred thousands)
     * @param spreadM standard deviation of a clustered zone's distance from the centre, metres,
     *     along each axis
     */
    public record City(String name, double lat, double lon, double weight, double spreadM) {
    }

    /** The cities, frozen. */
    public static final List<City> CITIES = List.of(
            new City("Almaty", 43.24, 76.95, 22, 18_000),
            new City("Astana", 51.13, 71.43, 14, 15_000),
            new City("Shymkent", 42.32, 69.59, 12, 12_000),
            new City("Karaganda", 49.80, 73.10, 5, 10_000),
            new City("Aktobe", 50.28, 57.17, 5, 10_000),
            new City("Taraz", 42.90, 71.37, 4, 8_000),
            new City("Pavlodar", 52.29, 76.97, 4, 8_000),
            new City("Oskemen", 49.95, 82.61, 3, 8_000),
            new City("Semey", 50.41, 80.23, 3, 8_000),
            new City("Atyrau", 47.11, 51.92, 3, 8_000),
            new City("Kostanay", 53.21, 63.63, 3, 8_000),
            new City("Kyzylorda", 44.85, 65.51, 3, 8_000),
            new City("Oral", 51.23, 51.37, 3, 8_000),
            new City("Petropavl", 54.87, 69.15, 2, 6_000),
            new City("Aktau", 43.65, 51.17, 2, 6_000),
            new City("Turkistan", 43.30, 68.25, 2, 6_000),
            new City("Taldykorgan", 45.02, 78.37, 2, 6_000),
            new City("Ekibastuz", 51.72, 75.32, 1, 5_000),
            new City("Kokshetau", 53.28, 69.40, 1.5, 5_000),
            new City("Zhezkazgan", 47.78, 67.71, 1, 5_000),
            new City("Baikonur", 45.62, 63.32, 1, 5_000));

    private static final double TOTAL_CITY_WEIGHT = CITIES.stream().mapToDouble(City::weight).sum();

    /**
     * How the polygons are drawn: their vertex counts, and how rough their outline is.
     */
    public enum PolygonSet {
        /** 4 to 1,000 vertices, log-uniform; smooth outlines with slight vertex noise. */
        MIXED(4, 1000, SMOOTH_NOISE),
        /** 250 to 1,000 vertices, log-uniform; smooth outlines. */
        LARGE(250, 1000, SMOOTH_NOISE),
        /** As {@link #MIXED}, with high-frequency vertex noise: spiky outlines. Reported without a bar. */
        JAGGED(4, 1000, JAGGED_NOISE);

        final int minVertices;
        final int maxVertices;
        final double noise;

        PolygonSet(int minVertices, int maxVertices, double noise) {
            this.minVertices = minVertices;
            this.maxVertices = maxVertices;
            this.noise = noise;
        }

        /** The set named by a JMH parameter: {@code mixed}, {@code large} or {@code jagged}. */
        public static PolygonSet named(String name) {
            return valueOf(name.toUpperCase(java.util.Locale.ROOT));
        }
    }

    private KazakhAirspace() {
    }

    /**
     * The factor applied to every horizontal zone size at {@code zoneCount} zones:
     * {@code sqrt(REFERENCE_ZONES / zoneCount)}, so that the zones cover about the same share of
     * the country, and so hit about the same share of the points, whatever their number. Circle
     * radii and polygon mean radii are capped at the 50 km a circle may have.
     */
    public static double sizeScale(int zoneCount) {
        return Math.sqrt((double) REFERENCE_ZONES / zoneCount);
    }

    // ---- zones --------------------------------------------------------------------------------

    /** The zones, ids 1 to {@code count}, all in force. */
    public static List<RestrictedZone> zones(int count, PolygonSet polygons) {
        // The polygon set does not enter the seed: the jagged set is the mixed set roughened.
        SplittableRandom random = new SplittableRandom(ZONE_SEED ^ (count * 0x9E37_79B9_7F4A_7C15L));
        double scale = sizeScale(count);
        List<RestrictedZone> zones = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            boolean city = random.nextDouble() < CITY_SHARE;
            double[] anchor = city ? nearCity(random, 1) : anywhere(random);
            ZoneGeometry geometry;
            if (random.nextDouble() < CIRCLE_SHARE) {
                double u = random.nextDouble();
                double radius = city ? CITY_MIN_RADIUS_M * Math.pow(CITY_RADIUS_RANGE, u * u)
                        : MIN_RADIUS_M * Math.pow(RADIUS_RANGE, u * u * u);
                radius = Math.min(ZoneGeometry.MAX_RADIUS_METRES, scale * radius);
                geometry = new ZoneGeometry.Circle(GeoPoint.of(anchor[0], anchor[1]), radius);
            } else {
                double u = random.nextDouble();
                double meanRadius = city ? CITY_MIN_POLYGON_RADIUS_M * Math.pow(CITY_POLYGON_RADIUS_RANGE, u * u)
                        : MIN_POLYGON_RADIUS_M * Math.pow(POLYGON_RADIUS_RANGE, u * u * u);
                geometry = polygon(random, anchor[0], anchor[1],
                        Math.min(ZoneGeometry.MAX_RADIUS_METRES, scale * meanRadius), polygons);
            }
            zones.add(new RestrictedZone(ZoneId.of(i), "zone " + i, Optional.empty(), geometry, band(random), true,
                    AUTHORITY, 0, Audit.createdAt(T0)));
        }
        return zones;
    }

    /**
     * A band: 35% unbounded, 20% from the ground up to a ceiling, 15% from a floor up without
     * ceiling, 30% closed.
     */
    private static AltitudeBand band(SplittableRandom random) {
        double kind = random.nextDouble();
        if (kind < 0.35) {
            return AltitudeBand.unbounded();
        }
        if (kind < 0.55) {
            return new AltitudeBand(Double.NEGATIVE_INFINITY, pick(random, 120, 150, 300, 500, 1000));
        }
        if (kind < 0.70) {
            return new AltitudeBand(pick(random, 50, 100, 150, 200), Double.POSITIVE_INFINITY);
        }
        double lower = pick(random, 0, 30, 60, 100);
        return new AltitudeBand(lower, lower + pick(random, 60, 90, 120, 200, 400));
    }

    private static double pick(SplittableRandom random, double... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /**
     * A concave, smooth, star-shaped outline around the anchor: the radius follows four random
     * harmonics (orders 2 to 5, amplitude up to 0.25/order each), each vertex's radius then
     * takes the set's noise and its angle a jitter of up to 0.3 of its slot. Holes, star-shaped
     * too, lie well within the shell's smallest radius, so the polygon is valid.
     */
    private static ZoneGeometry.Polygon polygon(SplittableRandom random, double lat, double lon, double meanRadiusM,
            PolygonSet set) {
        double u = random.nextDouble();
        int n = (int) Math.round(set.minVertices * Math.pow((double) set.maxVertices / set.minVertices, u));
        double[] amplitude = new double[6];
        double[] phase = new double[6];
        for (int k = 2; k <= 5; k++) {
            amplitude[k] = random.nextDouble(0, 0.25 / k);
            phase[k] = random.nextDouble(0, 2 * Math.PI);
        }
        double rotation = random.nextDouble(0, 2 * Math.PI);
        double[] angles = new double[n];
        double[] radii = new double[n];
        double minRadius = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double angle = rotation + 2 * Math.PI * (i + random.nextDouble(-0.3, 0.3)) / n;
            double shape = 1;
            for (int k = 2; k <= 5; k++) {
                shape += amplitude[k] * Math.cos(k * angle + phase[k]);
            }
            double noise = random.nextDouble(-1, 1) * set.noise;
            angles[i] = angle;
            radii[i] = meanRadiusM * shape * (1 + noise);
            minRadius = Math.min(minRadius, radii[i]);
        }
        double metresPerDegreeLon = METRES_PER_DEGREE_LON * Math.cos(Math.toRadians(lat));
        List<GeoPoint> shell = ring(lat, lon, angles, radii, 0, 0, metresPerDegreeLon);
        List<List<GeoPoint>> holes = new ArrayList<>();
        double holeKind = random.nextDouble();
        if (n >= MIN_VERTICES_FOR_HOLES && holeKind < ONE_HOLE_SHARE + TWO_HOLES_SHARE) {
            // With at least 16 vertices the shell's edges keep within 5% of its smallest vertex
            // radius (slots at most 1.6 * 2 pi / 16 apart); holes reach at most 0.75 of it.
            int holeVertices = Math.max(4, n / 8);
            if (holeKind < ONE_HOLE_SHARE) {
                holes.add(hole(random, lat, lon, 0, holeVertices, 0.6 * minRadius, metresPerDegreeLon));
            } else {
                holes.add(hole(random, lat, lon, -0.45 * minRadius, holeVertices, 0.3 * minRadius,
                        metresPerDegreeLon));
                holes.add(hole(random, lat, lon, 0.45 * minRadius, holeVertices, 0.3 * minRadius,
                        metresPerDegreeLon));
            }
        }
        return new ZoneGeometry.Polygon(shell, holes);
    }

    /** A star-shaped hole, its vertices at most {@code maxRadiusM} from its centre. */
    private static List<GeoPoint> hole(SplittableRandom random, double lat, double lon, double offsetEastM,
            int n, double maxRadiusM, double metresPerDegreeLon) {
        double rotation = random.nextDouble(0, 2 * Math.PI);
        double[] angles = new double[n];
        double[] radii = new double[n];
        for (int i = 0; i < n; i++) {
            angles[i] = rotation + 2 * Math.PI * (i + random.nextDouble(-0.3, 0.3)) / n;
            radii[i] = maxRadiusM * random.nextDouble(0.6, 1);
        }
        return ring(lat, lon, angles, radii, offsetEastM, 0, metresPerDegreeLon);
    }

    private static List<GeoPoint> ring(double lat, double lon, double[] angles, double[] radii, double offsetEastM,
            double offsetNorthM, double metresPerDegreeLon) {
        List<GeoPoint> ring = new ArrayList<>(angles.length + 1);
        for (int i = 0; i < angles.length; i++) {
            double east = offsetEastM + radii[i] * Math.cos(angles[i]);
            double north = offsetNorthM + radii[i] * Math.sin(angles[i]);
            ring.add(GeoPoint.of(lat + north / METRES_PER_DEGREE_LAT, lon + east / metresPerDegreeLon));
        }
        ring.add(ring.get(0));
        return ring;
    }

    // ---- telemetry ----------------------------------------------------------------------------

    /**
     * Telemetry points in flat arrays: {@code lat[i]}, {@code lon[i]} degrees, {@code alt[i]}
     * metres.
     */
    public record Points(double[] lat, double[] lon, double[] alt) {

        /** How many points. */
        public int size() {
            return lat.length;
        }
    }

    /** {@link #QUERY_POINTS} points uniform over the extent, altitude uniform in [0, 300) m. */
    public static Points uniformPoints(int zoneCount) {
        SplittableRandom random = new SplittableRandom(UNIFORM_SEED ^ (zoneCount * 0x9E37_79B9_7F4A_7C15L));
        Points points = new Points(new double[QUERY_POINTS], new double[QUERY_POINTS], new double[QUERY_POINTS]);
        for (int i = 0; i < QUERY_POINTS; i++) {
            points.lat[i] = random.nextDouble(MIN_LAT, MAX_LAT);
            points.lon[i] = random.nextDouble(MIN_LON, MAX_LON);
            points.alt[i] = random.nextDouble(0, MAX_QUERY_ALTITUDE_M);
        }
        return points;
    }

    /**
     * {@link #QUERY_POINTS} points along flight tracks, in flight order: {@link #TRACK_POINTS}
     * points a track at 1 Hz. A track starts near a city (60%, placed as the clustered zones
     * are) or anywhere; flies at 8 to 25 m/s, turning by a random walk of up to 5 degrees a
     * second; climbs at 3 m/s from the ground to a cruise altitude of 40 to 150 m, which it
     * holds within a few metres.
     */
    public static Points trackPoints(int zoneCount) {
        SplittableRandom random = new SplittableRandom(TRACK_SEED ^ (zoneCount * 0x9E37_79B9_7F4A_7C15L));
        Points points = new Points(new double[QUERY_POINTS], new double[QUERY_POINTS], new double[QUERY_POINTS]);
        int at = 0;
        while (at < QUERY_POINTS) {
            double[] start = random.nextDouble() < TRACK_CITY_SHARE ? nearCity(random, TRACK_CITY_SPREAD) : anywhere(random);
            double lat = start[0];
            double lon = start[1];
            double heading = random.nextDouble(0, 2 * Math.PI);
            double speed = random.nextDouble(8, 25);
            double cruise = random.nextDouble(40, 150);
            double alt = 0;
            for (int i = 0; i < TRACK_POINTS && at < QUERY_POINTS; i++, at++) {
                points.lat[at] = lat;
                points.lon[at] = lon;
                points.alt[at] = alt;
                heading += Math.toRadians(random.nextDouble(-5, 5));
                lat += speed * Math.cos(heading) / METRES_PER_DEGREE_LAT;
                lon += speed * Math.sin(heading) / (METRES_PER_DEGREE_LON * Math.cos(Math.toRadians(lat)));
                lat = Math.max(MIN_LAT - 1, Math.min(MAX_LAT + 1, lat));
                alt = alt < cruise ? Math.min(cruise, alt + 3) : cruise + random.nextDouble(-3, 3);
            }
        }
        return points;
    }

    /** The named query set: {@code uniform} or {@code tracks}. */
    public static Points queryPoints(String name, int zoneCount) {
        return switch (name) {
            case "uniform" -> uniformPoints(zoneCount);
            case "tracks" -> trackPoints(zoneCount);
            default -> throw new IllegalArgumentException("unknown query set '" + name + "': uniform or tracks");
        };
    }

    /**
     * Points on the zones' edges, for the agreement check only (never timed): polygon vertices
     * exactly, points on polygon edges (as near as doubles get), points within a few millimetres
     * of circle edges, at altitudes on the ends of the zone's band (or anywhere when an end is
     * open). Drawn from {@code seed}.
     */
    public static Points boundaryPoints(List<RestrictedZone> zones, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Points points = new Points(new double[count], new double[count], new double[count]);
        for (int i = 0; i < count; i++) {
            RestrictedZone zone = zones.get(random.nextInt(zones.size()));
            AltitudeBand band = zone.altitudeBand();
            double alt = random.nextBoolean() && band.lower().isPresent() ? band.lowerMetres()
                    : random.nextBoolean() && band.upper().isPresent() ? band.upperMetres()
                    : random.nextDouble(0, MAX_QUERY_ALTITUDE_M);
            double lat;
            double lon;
            if (zone.geometry() instanceof ZoneGeometry.Circle c) {
                double bearing = random.nextDouble(0, 2 * Math.PI);
                double distance = c.radiusMetres() + random.nextDouble(-0.005, 0.005);
                double cLat = Math.toRadians(c.centre().latitude());
                lat = c.centre().latitude() + Math.toDegrees(distance * Math.cos(bearing)
                        / kz.utm.geofence.Wgs84.metresPerRadianLatitude(cLat));
                lon = c.centre().longitude() + Math.toDegrees(distance * Math.sin(bearing)
                        / kz.utm.geofence.Wgs84.metresPerRadianLongitude(cLat));
            } else {
                ZoneGeometry.Polygon p = (ZoneGeometry.Polygon) zone.geometry();
                List<GeoPoint> ring = p.holes().isEmpty() || random.nextBoolean() ? p.shell()
                        : p.holes().get(random.nextInt(p.holes().size()));
                int v = random.nextInt(ring.size() - 1);
                GeoPoint a = ring.get(v);
                GeoPoint b = ring.get(v + 1);
                double t = random.nextBoolean() ? 0 : random.nextDouble();
                lat = a.latitude() + t * (b.latitude() - a.latitude());
                lon = a.longitude() + t * (b.longitude() - a.longitude());
            }
            points.lat[i] = lat;
            points.lon[i] = lon;
            points.alt[i] = alt;
        }
        return points;
    }

    // ---- routes -------------------------------------------------------------------------------

    /**
     * {@code count} planned routes of {@link #ROUTE_WAYPOINTS} waypoints: each starts as a
     * track does, its legs 300 m to 3 km long, turning up to 40 degrees at a waypoint,
     * altitudes 30 to 150 m.
     */
    public static List<List<Waypoint>> routes(int count) {
        SplittableRandom random = new SplittableRandom(ROUTE_SEED);
        List<List<Waypoint>> routes = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            double[] start = random.nextDouble() < TRACK_CITY_SHARE ? nearCity(random, TRACK_CITY_SPREAD) : anywhere(random);
            double lat = start[0];
            double lon = start[1];
            double heading = random.nextDouble(0, 2 * Math.PI);
            List<Waypoint> route = new ArrayList<>(ROUTE_WAYPOINTS);
            for (int w = 0; w < ROUTE_WAYPOINTS; w++) {
                route.add(new Waypoint(w, GeoPoint.of(lat, lon), Math.rint(random.nextDouble(30, 150))));
                heading += Math.toRadians(random.nextDouble(-40, 40));
                double leg = random.nextDouble(300, 3000);
                lat += leg * Math.cos(heading) / METRES_PER_DEGREE_LAT;
                lon += leg * Math.sin(heading) / (METRES_PER_DEGREE_LON * Math.cos(Math.toRadians(lat)));
            }
            routes.add(List.copyOf(route));
        }
        return routes;
    }

    // ---- places -------------------------------------------------------------------------------

    /** A point near a city picked by weight: a 2D Gaussian around its centre, its spread times {@code spread}. */
    static double[] nearCity(SplittableRandom random, double spread) {
        double pick = random.nextDouble(0, TOTAL_CITY_WEIGHT);
        City city = CITIES.get(CITIES.size() - 1);
        for (City c : CITIES) {
            pick -= c.weight();
            if (pick < 0) {
                city = c;
                break;
            }
        }
        double north = gaussian(random) * city.spreadM() * spread;
        double east = gaussian(random) * city.spreadM() * spread;
        return new double[] {city.lat() + north / METRES_PER_DEGREE_LAT,
                city.lon() + east / (METRES_PER_DEGREE_LON * Math.cos(Math.toRadians(city.lat())))};
    }

    /** A point uniform over the extent (in degrees). */
    static double[] anywhere(SplittableRandom random) {
        return new double[] {random.nextDouble(MIN_LAT, MAX_LAT), random.nextDouble(MIN_LON, MAX_LON)};
    }

    // Box-Muller, one value per call: SplittableRandom has no nextGaussian on Java 17.
    private static double gaussian(SplittableRandom random) {
        double u1 = 1 - random.nextDouble(); // (0, 1]
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
