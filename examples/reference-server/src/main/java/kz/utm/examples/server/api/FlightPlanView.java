package kz.utm.examples.server.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.Waypoint;

/** A flight plan with its waypoints, as the API shows it. */
public record FlightPlanView(int id, int submitterId, int droneId, Optional<Integer> organizationId,
        Instant plannedDepartureTime, Instant plannedArrivalTime, Optional<Instant> actualDepartureTime,
        Optional<Instant> actualArrivalTime, String status, Optional<String> notes, Optional<String> rejectionReason,
        Optional<Integer> approvedByOrganizationAdminId, Optional<Integer> approvedByAuthorityAdminId,
        Optional<Instant> approvedAt, List<WaypointView> waypoints, Instant createdAt, Instant updatedAt) {

    /** The view of a stored plan. */
    public static FlightPlanView of(FlightPlan plan) {
        return new FlightPlanView(plan.id().value(), plan.submitterId().value(), plan.droneId().value(),
                plan.organizationId().map(o -> o.value()), plan.plannedDepartureTime(), plan.plannedArrivalTime(),
                plan.actualDepartureTime(), plan.actualArrivalTime(), plan.status().name(), plan.notes(),
                plan.rejectionReason(), plan.approvedByOrganizationAdminId().map(u -> u.value()),
                plan.approvedByAuthorityAdminId().map(u -> u.value()), plan.approvedAt(),
                plan.waypoints().stream().map(WaypointView::of).toList(), plan.audit().createdAt(),
                plan.audit().updatedAt());
    }

    /** One waypoint: position and altitude above ground. */
    public record WaypointView(int sequenceOrder, double latitude, double longitude, double altitudeM) {

        static WaypointView of(Waypoint waypoint) {
            return new WaypointView(waypoint.sequenceOrder(), waypoint.position().latitude(),
                    waypoint.position().longitude(), waypoint.altitudeM());
        }
    }
}
