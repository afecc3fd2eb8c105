package kz.utm.core.flightplan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import kz.utm.core.common.Audit;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;

/**
 * A submitted flight plan and where it is in the approval workflow: the {@code flight_plans}
 * table with its {@code waypoints}.
 *
 * <p>Immutable. The workflow methods ({@link #approveByOrganization}, {@link #activate}, ...)
 * check the move against {@link FlightPlanLifecycle}, record who and when, and return the plan
 * after the move; they throw {@link IllegalTransitionException} and change nothing when the
 * move is not allowed. Who may make a move is decided by the access policy before. The plan's
 * content (drone, times, waypoints) never changes after submission. Thread-safe.
 *
 * @param id identity
 * @param submitterId {@code user_id}: who submitted it
 * @param droneId {@code drone_id}
 * @param organizationId {@code organization_id}: the drone's organization, for organization plans
 * @param plannedDepartureTime {@code planned_departure_time}
 * @param plannedArrivalTime {@code planned_arrival_time}, after the departure
 * @param actualDepartureTime {@code actual_departure_time}, recorded on activation
 * @param actualArrivalTime {@code actual_arrival_time}, recorded on completion
 * @param status {@code status}
 * @param notes {@code notes}, at most 1000 characters
 * @param rejectionReason {@code rejection_reason}, recorded on a rejection, at most 500 characters
 * @param approvedByOrganizationAdminId {@code approved_by_organization_admin_id}
 * @param approvedByAuthorityAdminId {@code approved_by_authority_admin_id}
 * @param approvedAt {@code approved_at}: when the authority gave the final approval
 * @param waypoints the planned path, at least two, {@code sequence_order} 0, 1, 2, ...
 * @param version optimistic-lock version, incremented by every stored change
 * @param audit {@code created_at}, {@code updated_at}, {@code deleted_at}
 */
public record FlightPlan(
        FlightPlanId id,
        UserId submitterId,
        DroneId droneId,
        Optional<OrganizationId> organizationId,
        Instant plannedDepartureTime,
        Instant plannedArrivalTime,
        Optional<Instant> actualDepartureTime,
        Optional<Instant> actualArrivalTime,
        FlightPlanStatus status,
        Optional<String> notes,
        Optional<String> rejectionReason,
        Optional<UserId> approvedByOrganizationAdminId,
        Optional<UserId> approvedByAuthorityAdminId,
        Optional<Instant> approvedAt,
        List<Waypoint> waypoints,
        long version,
        Audit audit) {

    /**
     * Checks the plan's shape.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the departure is not before the arrival, there are
     *     fewer than two waypoints, or their sequence orders are not 0, 1, 2, ...
     */
    public FlightPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(submitterId, "submitterId");
        Objects.requireNonNull(droneId, "droneId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(plannedDepartureTime, "plannedDepartureTime");
        Objects.requireNonNull(plannedArrivalTime, "plannedArrivalTime");
        Objects.requireNonNull(actualDepartureTime, "actualDepartureTime");
        Objects.requireNonNull(actualArrivalTime, "actualArrivalTime");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(rejectionReason, "rejectionReason");
        Objects.requireNonNull(approvedByOrganizationAdminId, "approvedByOrganizationAdminId");
        Objects.requireNonNull(approvedByAuthorityAdminId, "approvedByAuthorityAdminId");
        Objects.requireNonNull(approvedAt, "approvedAt");
        Objects.requireNonNull(audit, "audit");
        waypoints = List.copyOf(waypoints);
        if (!plannedDepartureTime.isBefore(plannedArrivalTime)) {
            throw new IllegalArgumentException("planned departure " + plannedDepartureTime
                    + " is not before planned arrival " + plannedArrivalTime);
        }
        if (waypoints.size() < 2) {
            throw new IllegalArgumentException("a flight plan needs at least two waypoints, has " + waypoints.size());
        }
        for (int i = 0; i < waypoints.size(); i++) {
            if (waypoints.get(i).sequenceOrder() != i) {
                throw new IllegalArgumentException("waypoint " + i + " has sequence order "
                        + waypoints.get(i).sequenceOrder() + "; orders must be 0, 1, 2, ...");
            }
        }
    }

    /**
     * A new plan as submitted, at version 0.
     *
     * @param submitterIsOrganizationAdmin whether the submitter is the admin of the drone's
     *     organization: such a plan records that admin as its organization approver and goes
     *     straight to the authority
     * @param status {@link FlightPlanStatus#PENDING_ORG_APPROVAL} or
     *     {@link FlightPlanStatus#PENDING_AUTHORITY_APPROVAL}, as the submitter's role decides
     */
    static FlightPlan submitted(FlightPlanId id, UserId submitter, DroneId drone,
            Optional<OrganizationId> organization, Instant departure, Instant arrival, Optional<String> notes,
            List<Waypoint> waypoints, FlightPlanStatus status, boolean submitterIsOrganizationAdmin, Instant now) {
        return new FlightPlan(id, submitter, drone, organization, departure, arrival, Optional.empty(),
                Optional.empty(), status, notes, Optional.empty(),
                submitterIsOrganizationAdmin ? Optional.of(submitter) : Optional.empty(), Optional.empty(),
                Optional.empty(), waypoints, 0, Audit.createdAt(now));
    }

    /** Whether this plan's planned window overlaps the given one; touching ends do not overlap. */
    public boolean overlaps(Instant departure, Instant arrival) {
        return plannedDepartureTime.isBefore(arrival) && departure.isBefore(plannedArrivalTime);
    }

    /** The organization admin approved: recorded as organization approver. */
    public FlightPlan approveByOrganization(UserId admin, Instant now) {
        return moved(FlightPlanMove.APPROVE_BY_ORGANIZATION, now, Optional.of(admin),
                approvedByAuthorityAdminId, approvedAt, rejectionReason, actualDepartureTime, actualArrivalTime);
    }

    /** The organization admin refused, for the given reason. */
    public FlightPlan rejectByOrganization(String reason, Instant now) {
        return moved(FlightPlanMove.REJECT_BY_ORGANIZATION, now, approvedByOrganizationAdminId,
                approvedByAuthorityAdminId, approvedAt, Optional.of(reason), actualDepartureTime, actualArrivalTime);
    }

    /** The authority approved: recorded as authority approver, with the approval time. */
    public FlightPlan approveByAuthority(UserId admin, Instant now) {
        return moved(FlightPlanMove.APPROVE_BY_AUTHORITY, now, approvedByOrganizationAdminId,
                Optional.of(admin), Optional.of(now), rejectionReason, actualDepartureTime, actualArrivalTime);
    }

    /** The authority refused, for the given reason. */
    public FlightPlan rejectByAuthority(String reason, Instant now) {
        return moved(FlightPlanMove.REJECT_BY_AUTHORITY, now, approvedByOrganizationAdminId,
                approvedByAuthorityAdminId, approvedAt, Optional.of(reason), actualDepartureTime, actualArrivalTime);
    }

    /** The drone took off: recorded as actual departure. */
    public FlightPlan activate(Instant now) {
        return moved(FlightPlanMove.ACTIVATE, now, approvedByOrganizationAdminId,
                approvedByAuthorityAdminId, approvedAt, rejectionReason, Optional.of(now), actualArrivalTime);
    }

    /** The drone landed: recorded as actual arrival. */
    public FlightPlan complete(Instant now) {
        return moved(FlightPlanMove.COMPLETE, now, approvedByOrganizationAdminId,
                approvedByAuthorityAdminId, approvedAt, rejectionReason, actualDepartureTime, Optional.of(now));
    }

    /** The submitter withdrew the plan. */
    public FlightPlan cancelByPilot(Instant now) {
        return moved(FlightPlanMove.CANCEL_BY_PILOT, now, approvedByOrganizationAdminId,
                approvedByAuthorityAdminId, approvedAt, rejectionReason, actualDepartureTime, actualArrivalTime);
    }

    /**
     * An admin cancelled the plan. A plan cancelled in flight gets its actual arrival recorded,
     * so that every flight that started also ended on record.
     */
    public FlightPlan cancelByAdmin(Instant now) {
        Optional<Instant> arrival = status == FlightPlanStatus.ACTIVE ? Optional.of(now) : actualArrivalTime;
        return moved(FlightPlanMove.CANCEL_BY_ADMIN, now, approvedByOrganizationAdminId,
                approvedByAuthorityAdminId, approvedAt, rejectionReason, actualDepartureTime, arrival);
    }

    /** This plan soft-deleted. */
    public FlightPlan deleted(Instant now) {
        return new FlightPlan(id, submitterId, droneId, organizationId, plannedDepartureTime, plannedArrivalTime,
                actualDepartureTime, actualArrivalTime, status, notes, rejectionReason,
                approvedByOrganizationAdminId, approvedByAuthorityAdminId, approvedAt, waypoints, version,
                audit.deleted(now));
    }

    /** This plan restored from a soft delete. */
    public FlightPlan restored(Instant now) {
        return new FlightPlan(id, submitterId, droneId, organizationId, plannedDepartureTime, plannedArrivalTime,
                actualDepartureTime, actualArrivalTime, status, notes, rejectionReason,
                approvedByOrganizationAdminId, approvedByAuthorityAdminId, approvedAt, waypoints, version,
                audit.restored(now));
    }

    /** This plan as stored at the given version. */
    public FlightPlan withVersion(long newVersion) {
        return new FlightPlan(id, submitterId, droneId, organizationId, plannedDepartureTime, plannedArrivalTime,
                actualDepartureTime, actualArrivalTime, status, notes, rejectionReason,
                approvedByOrganizationAdminId, approvedByAuthorityAdminId, approvedAt, waypoints, newVersion, audit);
    }

    private FlightPlan moved(FlightPlanMove move, Instant now, Optional<UserId> orgApprover,
            Optional<UserId> authorityApprover, Optional<Instant> approvalTime, Optional<String> reason,
            Optional<Instant> departure, Optional<Instant> arrival) {
        FlightPlanStatus target = FlightPlanLifecycle.check(id, status, move);
        return new FlightPlan(id, submitterId, droneId, organizationId, plannedDepartureTime, plannedArrivalTime,
                departure, arrival, target, notes, reason, orgApprover, authorityApprover, approvalTime, waypoints,
                version, audit.touched(now));
    }
}
