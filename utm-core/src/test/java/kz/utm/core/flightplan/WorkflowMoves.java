package kz.utm.core.flightplan;

import java.time.Instant;
import java.util.Optional;

import kz.utm.core.common.Audit;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.common.UserId;

/**
 * The tests' own account of what each workflow move does, written from DESIGN.md rather than
 * from {@link FlightPlan}'s code: how to make it through {@link FlightPlanService}, what the
 * stored plan must look like after it, and which event it must raise.
 */
final class WorkflowMoves {

    private WorkflowMoves() {
    }

    /** Makes the move through the service as {@code actor}; {@code reason} is for the rejections. */
    static FlightPlan perform(FlightPlanService service, FlightPlanMove move, UserId actor, FlightPlanId plan,
            String reason) {
        return switch (move) {
            case APPROVE_BY_ORGANIZATION -> service.approveByOrganization(actor, plan);
            case REJECT_BY_ORGANIZATION -> service.rejectByOrganization(actor, plan, new RejectFlightPlan(reason));
            case APPROVE_BY_AUTHORITY -> service.approveByAuthority(actor, plan);
            case REJECT_BY_AUTHORITY -> service.rejectByAuthority(actor, plan, new RejectFlightPlan(reason));
            case ACTIVATE -> service.activate(actor, plan);
            case COMPLETE -> service.complete(actor, plan);
            case CANCEL_BY_PILOT -> service.cancelByPilot(actor, plan);
            case CANCEL_BY_ADMIN -> service.cancelByAdmin(actor, plan);
        };
    }

    /**
     * The plan as it must be stored after {@code actor} made the move at {@code now}: the new
     * status, who and when recorded, {@code updated_at} now, the version one up, and nothing
     * else changed. An admin cancelling a plan in flight records its actual arrival, so that
     * every flight that started also ended on record.
     */
    static FlightPlan expectedAfter(FlightPlan before, FlightPlanMove move, UserId actor, Instant now,
            String reason) {
        boolean approvesAsOrganization = move == FlightPlanMove.APPROVE_BY_ORGANIZATION;
        boolean approvesAsAuthority = move == FlightPlanMove.APPROVE_BY_AUTHORITY;
        boolean rejects = move == FlightPlanMove.REJECT_BY_ORGANIZATION || move == FlightPlanMove.REJECT_BY_AUTHORITY;
        boolean lands = move == FlightPlanMove.COMPLETE
                || (move == FlightPlanMove.CANCEL_BY_ADMIN && before.status() == FlightPlanStatus.ACTIVE);
        return new FlightPlan(
                before.id(),
                before.submitterId(),
                before.droneId(),
                before.organizationId(),
                before.plannedDepartureTime(),
                before.plannedArrivalTime(),
                move == FlightPlanMove.ACTIVATE ? Optional.of(now) : before.actualDepartureTime(),
                lands ? Optional.of(now) : before.actualArrivalTime(),
                DesignDiagram.TARGETS.get(move),
                before.notes(),
                rejects ? Optional.of(reason.strip()) : before.rejectionReason(),
                approvesAsOrganization ? Optional.of(actor) : before.approvedByOrganizationAdminId(),
                approvesAsAuthority ? Optional.of(actor) : before.approvedByAuthorityAdminId(),
                approvesAsAuthority ? Optional.of(now) : before.approvedAt(),
                before.waypoints(),
                before.version() + 1,
                new Audit(before.audit().createdAt(), now, before.audit().deletedAt()));
    }

    /** The type of event the move must raise. */
    static Class<? extends FlightPlanEvent> eventType(FlightPlanMove move) {
        return switch (move) {
            case APPROVE_BY_ORGANIZATION -> FlightPlanEvent.FlightPlanApprovedByOrganization.class;
            case APPROVE_BY_AUTHORITY -> FlightPlanEvent.FlightPlanApproved.class;
            case REJECT_BY_ORGANIZATION, REJECT_BY_AUTHORITY -> FlightPlanEvent.FlightPlanRejected.class;
            case ACTIVATE -> FlightPlanEvent.FlightPlanActivated.class;
            case COMPLETE -> FlightPlanEvent.FlightPlanCompleted.class;
            case CANCEL_BY_PILOT, CANCEL_BY_ADMIN -> FlightPlanEvent.FlightPlanCancelled.class;
        };
    }

    /**
     * The move an event reports, from its type and the status it reached; empty for a
     * submission. Throws if the type and the status do not fit one move.
     */
    static Optional<FlightPlanMove> moveOf(FlightPlanEvent event) {
        if (event instanceof FlightPlanEvent.FlightPlanSubmitted) {
            return Optional.empty();
        }
        FlightPlanMove move = DesignDiagram.TARGETS.entrySet().stream()
                .filter(e -> e.getValue() == event.status())
                .map(java.util.Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no move leads to " + event.status() + ": " + event));
        if (!eventType(move).isInstance(event)) {
            throw new AssertionError("event " + event + " reaches " + event.status() + " but is not a "
                    + eventType(move).getSimpleName());
        }
        return Optional.of(move);
    }
}
