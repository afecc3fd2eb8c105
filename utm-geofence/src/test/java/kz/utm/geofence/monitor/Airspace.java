package kz.utm.geofence.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kz.utm.core.common.AltitudeBand;
import kz.utm.core.common.Audit;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ZoneId;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.FlightPlanStatus;
import kz.utm.core.flightplan.Waypoint;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;
import kz.utm.geofence.Wgs84;

/**
 * The airspace the monitor tests fly in, near Almaty: two overlapping circular zones north of a
 * planned path, and helpers that place points a given number of metres away from another.
 *
 * <pre>
 *          (A)(B)         zone A: 500 m around A_CENTRE, 0-120 m; zone B: 500 m around B_CENTRE, 700 m east
 *
 *                 WP2     (43.25, 76.90) 80 m
 *                  |
 *   WP0 ---------- WP1    (43.20, 76.80) 50 m  to  (43.20, 76.90) 80 m
 * </pre>
 */
final class Airspace {

    static final Instant T0 = Instant.parse("2025-06-01T08:00:00Z");

    static final ZoneId ZONE_A = ZoneId.of(1);
    static final ZoneId ZONE_B = ZoneId.of(2);
    static final GeoPoint A_CENTRE = GeoPoint.of(43.30, 76.90);
    static final GeoPoint B_CENTRE = offset(A_CENTRE, 0, 700);
    static final double RADIUS = 500;
    static final double BAND_TOP = 120;

    static final Waypoint WP0 = new Waypoint(0, GeoPoint.of(43.20, 76.80), 50);
    static final Waypoint WP1 = new Waypoint(1, GeoPoint.of(43.20, 76.90), 80);
    static final Waypoint WP2 = new Waypoint(2, GeoPoint.of(43.25, 76.90), 80);
    static final FlightPlanId PLAN_ID = FlightPlanId.of(7);

    /** Halfway along the first leg, on the path: 65 m planned there. */
    static final GeoPoint ON_PATH = GeoPoint.of(43.20, 76.85);
    static final double ON_PATH_ALTITUDE = 65;
    /** Far from the path and from the zones. */
    static final GeoPoint ELSEWHERE = GeoPoint.of(43.10, 76.60);

    private Airspace() {
    }

    static List<RestrictedZone> zones() {
        return List.of(circle(ZONE_A, A_CENTRE), circle(ZONE_B, B_CENTRE));
    }

    static RestrictedZone circle(ZoneId id, GeoPoint centre) {
        return new RestrictedZone(id, "zone " + id, Optional.empty(), new ZoneGeometry.Circle(centre, RADIUS),
                new AltitudeBand(0, BAND_TOP), true, UserId.of(1), 0, Audit.createdAt(T0));
    }

    static FlightPlan plan(DroneId drone) {
        return plan(drone, List.of(WP0, WP1, WP2));
    }

    static FlightPlan plan(DroneId drone, List<Waypoint> waypoints) {
        Instant departure = T0.minus(Duration.ofMinutes(5));
        return new FlightPlan(PLAN_ID, UserId.of(3), drone, Optional.empty(), departure,
                T0.plus(Duration.ofHours(1)), Optional.of(departure), Optional.empty(), FlightPlanStatus.ACTIVE,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(UserId.of(1)),
                Optional.of(departure), waypoints, 2, Audit.createdAt(departure));
    }

    /** The point the given metres north and east of another, on the local scale there. */
    static GeoPoint offset(GeoPoint from, double northMetres, double eastMetres) {
        double lat = Math.toRadians(from.latitude());
        return GeoPoint.of(from.latitude() + Math.toDegrees(northMetres / Wgs84.metresPerRadianLatitude(lat)),
                from.longitude() + Math.toDegrees(eastMetres / Wgs84.metresPerRadianLongitude(lat)));
    }

    /** Inside zone A only. */
    static GeoPoint insideA() {
        return offset(A_CENTRE, 0, -200);
    }

    /** Inside both zones: halfway between the centres. */
    static GeoPoint insideAAndB() {
        return offset(A_CENTRE, 0, 350);
    }

    /** Inside zone B only. */
    static GeoPoint insideB() {
        return offset(B_CENTRE, 0, 200);
    }

    /** 50 m outside zone A's edge (within the 100 m warning distance), clear of B. */
    static GeoPoint nearA() {
        return offset(A_CENTRE, 550, 0);
    }
}
