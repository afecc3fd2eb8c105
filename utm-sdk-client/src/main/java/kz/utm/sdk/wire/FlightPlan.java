package kz.utm.sdk.wire;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A flight plan with its route, as the server shows it. Immutable and thread-safe.
 *
 * @param id the plan's id
 * @param submitterId who submitted it
 * @param droneId the drone it is for
 * @param organizationId the drone's organization, for an organization's plan
 * @param plannedDepartureTime planned take-off
 * @param plannedArrivalTime planned landing
 * @param actualDepartureTime when activated
 * @param actualArrivalTime when completed
 * @param status where it is in the workflow
 * @param notes the submitter's notes
 * @param rejectionReason why it was rejected
 * @param approvedByOrganizationAdminId the organization admin who approved it
 * @param approvedByAuthorityAdminId the authority admin who approved it
 * @param approvedAt when finally approved
 * @param waypoints the route, in order
 * @param createdAt when submitted
 * @param updatedAt when last changed
 */
public record FlightPlan(int id, int submitterId, int droneId, Optional<Integer> organizationId,
        Instant plannedDepartureTime, Instant plannedArrivalTime, Optional<Instant> actualDepartureTime,
        Optional<Instant> actualArrivalTime, FlightPlanStatus status, Optional<String> notes,
        Optional<String> rejectionReason, Optional<Integer> approvedByOrganizationAdminId,
        Optional<Integer> approvedByAuthorityAdminId, Optional<Instant> approvedAt, List<Waypoint> waypoints,
        Instant createdAt, Instant updatedAt) {

    /** Copies the route; an absent one is empty. */
    public FlightPlan {
        waypoints = waypoints == null ? List.of() : List.copyOf(waypoints);
    }
}
