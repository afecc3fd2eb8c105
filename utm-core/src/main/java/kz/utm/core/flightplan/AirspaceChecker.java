package kz.utm.core.flightplan;

import java.time.Instant;
import java.util.List;

/**
 * Port that checks a planned route against the restricted zones in force. Flight-plan
 * submission calls it and refuses a route with conflicts.
 *
 * <p>utm-geofence implements it over its zone index. Implementations must be thread-safe and
 * must not change any state.
 */
@FunctionalInterface
public interface AirspaceChecker {

    /**
     * The zones the route enters: the waypoints joined by straight legs, the altitude linear
     * along each leg.
     *
     * @param waypoints the route, at least two points, in sequence order
     * @param departure the planned departure time
     * @param arrival the planned arrival time
     * @return the conflicts, one per zone entered, ordered by leg; empty if the route is clear
     */
    List<AirspaceConflict> conflicts(List<Waypoint> waypoints, Instant departure, Instant arrival);

    /**
     * A checker that finds no conflict, whatever the route: the default while no geofence is
     * configured. It checks nothing; a deployment that enforces restricted zones must plug in
     * utm-geofence's checker instead.
     */
    static AirspaceChecker permitAll() {
        return (waypoints, departure, arrival) -> List.of();
    }
}
