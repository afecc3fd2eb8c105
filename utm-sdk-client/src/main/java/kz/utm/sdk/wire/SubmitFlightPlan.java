package kz.utm.sdk.wire;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Submitting a flight plan. Immutable and thread-safe. A {@code null} (also inside the route) is
 * refused with a {@link NullPointerException} naming the parameter, a drone id below 1 with an
 * {@link IllegalArgumentException}; the server checks the times, the route and the zones.
 *
 * @param droneId the drone
 * @param plannedDepartureTime planned take-off
 * @param plannedArrivalTime planned landing, after take-off
 * @param notes notes for the approvers
 * @param waypoints the route, contiguous {@code sequenceOrder} from 0, at least two points
 */
public record SubmitFlightPlan(int droneId, Instant plannedDepartureTime, Instant plannedArrivalTime,
        Optional<String> notes, List<Waypoint> waypoints) {

    /** Refuses nulls and ids below 1; copies the route. */
    public SubmitFlightPlan {
        Ids.requirePositive(droneId, "droneId");
        Objects.requireNonNull(plannedDepartureTime, "plannedDepartureTime");
        Objects.requireNonNull(plannedArrivalTime, "plannedArrivalTime");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(waypoints, "waypoints");
        waypoints = List.copyOf(waypoints);
    }

    /** A plan without notes. */
    public SubmitFlightPlan(int droneId, Instant plannedDepartureTime, Instant plannedArrivalTime,
            List<Waypoint> waypoints) {
        this(droneId, plannedDepartureTime, plannedArrivalTime, Optional.empty(), waypoints);
    }
}
