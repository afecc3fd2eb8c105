package kz.utm.examples.demo;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import kz.utm.sdk.wire.DefineZone;
import kz.utm.sdk.wire.Waypoint;
import kz.utm.sdk.wire.ZoneShape;

/**
 * The demo's piece of sky, south of Almaty International Airport: its two restricted zones, the
 * pilot's two routes and where the drone strays. Places are given in metres east and north of
 * the airport's reference point and turned into latitude and longitude by an equirectangular
 * projection, which is linear: a straight leg in metres is a straight leg in degrees, as the
 * server draws them. Over a few kilometres it is off by far less than the margins kept here.
 *
 * <pre>
 *                        ( ALA airport zone, r = 3 km )
 *     launch ._____________________________________________. landing     direct route: refused
 *             \                                           /
 *              \_________________________________________/                around it: flown
 *                          ¦ stray      ^ rejoin
 *                       [  fuel depot zone  ]
 * </pre>
 *
 * <p>Immutable values only; thread-safe.
 */
final class DemoAirspace {

    /** The airport's reference point, the centre of its zone. */
    static final double ORIGIN_LATITUDE = 43.3519;
    static final double ORIGIN_LONGITUDE = 77.0406;

    private static final double METRES_PER_DEGREE_LATITUDE = 111_195.0;
    private static final double METRES_PER_DEGREE_LONGITUDE =
            METRES_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(ORIGIN_LATITUDE));

    /** The airport zone's radius. */
    static final double AIRPORT_RADIUS_M = 3_000;

    static final String AIRPORT_ZONE = "ALA airport control zone";
    static final String DEPOT_ZONE = "Fuel depot";

    /** The fuel depot zone's outline, clockwise from its north-west corner. */
    static final List<Spot> DEPOT_OUTLINE = List.of(
            new Spot(-450, -3_700, 0), new Spot(450, -3_700, 0), new Spot(520, -4_100, 0),
            new Spot(0, -4_380, 0), new Spot(-520, -4_100, 0));

    static final Spot LAUNCH = new Spot(-3_000, -2_500, 0);
    static final Spot LANDING = new Spot(3_000, -2_500, 0);

    /** The straight line: its middle leg runs through the airport zone. */
    static final List<Spot> DIRECT_ROUTE = List.of(LAUNCH, new Spot(-2_800, -2_500, 120),
            new Spot(2_800, -2_500, 120), LANDING);

    /**
     * Around the airport zone, at least 680 m outside it, and 300 m north of the fuel depot
     * zone: clear of both zones' 100 m warning areas.
     */
    static final List<Spot> AROUND_ROUTE = List.of(LAUNCH, new Spot(-2_800, -2_620, 120),
            new Spot(-1_500, -3_400, 120), new Spot(1_500, -3_400, 120), new Spot(2_800, -2_620, 120), LANDING);

    /** Where on the around route's third leg the drone starts to drift south. */
    static final Spot STRAY_FROM = new Spot(-700, -3_400, 120);
    /** What it drifts towards: inside the fuel depot zone. */
    static final Spot STRAY_TOWARDS = new Spot(-300, -3_950, 120);
    /** Where it gets back on the third leg after the alert. */
    static final Spot REJOIN_AT = new Spot(500, -3_400, 120);

    private DemoAirspace() {
    }

    /** The airport zone: a circle, every altitude. */
    static DefineZone airportZone() {
        return new DefineZone(AIRPORT_ZONE, Optional.of("Almaty International Airport: no drones within 3 km"),
                new ZoneShape.Circle(ORIGIN_LATITUDE, ORIGIN_LONGITUDE, AIRPORT_RADIUS_M), Optional.empty(),
                Optional.empty());
    }

    /** The fuel depot zone: a polygon, from the ground to 300 m. */
    static DefineZone depotZone() {
        List<ZoneShape.Position> ring = IntStream.rangeClosed(0, DEPOT_OUTLINE.size())
                .mapToObj(i -> DEPOT_OUTLINE.get(i % DEPOT_OUTLINE.size()))
                .map(spot -> new ZoneShape.Position(spot.longitude(), spot.latitude()))
                .toList();
        return new DefineZone(DEPOT_ZONE, Optional.of("fuel storage: no overflight below 300 m"),
                new ZoneShape.Polygon(ring), Optional.of(0.0), Optional.of(300.0));
    }

    /** A route's waypoints, numbered from 0. */
    static List<Waypoint> waypoints(List<Spot> route) {
        return IntStream.range(0, route.size())
                .mapToObj(i -> new Waypoint(i, route.get(i).latitude(), route.get(i).longitude(),
                        route.get(i).altitudeM()))
                .toList();
    }

    /** Whether a place is inside the fuel depot's outline (ray casting in metres). */
    static boolean insideDepot(Spot spot) {
        boolean inside = false;
        int n = DEPOT_OUTLINE.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            Spot a = DEPOT_OUTLINE.get(i);
            Spot b = DEPOT_OUTLINE.get(j);
            if ((a.north() > spot.north()) != (b.north() > spot.north())
                    && spot.east() < (b.east() - a.east()) * (spot.north() - a.north()) / (b.north() - a.north())
                            + a.east()) {
                inside = !inside;
            }
        }
        return inside;
    }

    /**
     * A place: metres east and north of the airport's reference point, and metres above the
     * ground.
     */
    record Spot(double east, double north, double altitudeM) {

        double latitude() {
            return ORIGIN_LATITUDE + north / METRES_PER_DEGREE_LATITUDE;
        }

        double longitude() {
            return ORIGIN_LONGITUDE + east / METRES_PER_DEGREE_LONGITUDE;
        }

        double horizontalDistanceTo(Spot other) {
            return Math.hypot(other.east - east, other.north - north);
        }
    }
}
