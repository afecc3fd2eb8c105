package kz.utm.examples.server.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies the tests send: flight plans, waypoints, telemetry points. */
public final class Bodies {

    private Bodies() {
    }

    /** A plan for the drone departing at {@code departure}, 40 minutes long. */
    public static Map<String, Object> plan(int drone, Instant departure, List<Map<String, Object>> waypoints) {
        return Map.of("droneId", drone, "plannedDepartureTime", departure.toString(),
                "plannedArrivalTime", departure.plus(Duration.ofMinutes(40)).toString(), "waypoints", waypoints);
    }

    /** A plan for the drone along a short leg south of the circle zone, clear of both zones. */
    public static Map<String, Object> clearPlan(int drone, Instant departure) {
        return plan(drone, departure, List.of(waypoint(0, 43.2000, 76.8500, 0), waypoint(1, 43.2000, 76.9000, 100),
                waypoint(2, 43.2000, 76.9100, 0)));
    }

    /** One waypoint. */
    public static Map<String, Object> waypoint(int order, double lat, double lon, double altitude) {
        return Map.of("sequenceOrder", order, "latitude", lat, "longitude", lon, "altitudeM", altitude);
    }

    /** One telemetry point. */
    public static Map<String, Object> point(Instant at, double lat, double lon, double altitude) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("timestamp", at.toString());
        point.put("latitude", lat);
        point.put("longitude", lon);
        point.put("altitudeM", altitude);
        return point;
    }

    /** A telemetry batch of the points. */
    public static Map<String, Object> batch(List<Map<String, Object>> points) {
        return Map.of("points", points);
    }
}
