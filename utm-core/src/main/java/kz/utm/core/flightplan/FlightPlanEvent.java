package kz.utm.core.flightplan;

import java.time.Instant;
import java.util.Objects;

import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.common.UserId;

/**
 * Something that happened to a flight plan: its submission, and one event per workflow move,
 * published after the change was stored. Each carries the plan's status before and after and
 * its version after the change, so that the moves of one plan can be put in the order they
 * were stored and replayed through {@link FlightPlanLifecycle}.
 */
public sealed interface FlightPlanEvent extends DomainEvent {

    /** The plan. */
    FlightPlanId planId();

    /** Who acted. */
    UserId actorId();

    /** The status before; for a submission, the first status. */
    FlightPlanStatus from();

    /** The status after. */
    FlightPlanStatus status();

    /** The plan's stored version after the change. */
    long version();

    /**
     * The event of a stored move.
     *
     * @param move the move made
     * @param before the plan before the move
     * @param after the plan as stored after the move
     * @param actor who made it
     * @param now when
     * @return the event named after the move
     */
    static FlightPlanEvent of(FlightPlanMove move, FlightPlan before, FlightPlan after, UserId actor, Instant now) {
        Objects.requireNonNull(move, "move");
        FlightPlanId id = after.id();
        FlightPlanStatus from = before.status();
        FlightPlanStatus to = after.status();
        long version = after.version();
        return switch (move) {
            case APPROVE_BY_ORGANIZATION -> new FlightPlanApprovedByOrganization(id, actor, from, to, version, now);
            case APPROVE_BY_AUTHORITY -> new FlightPlanApproved(id, actor, from, to, version, now);
            case REJECT_BY_ORGANIZATION, REJECT_BY_AUTHORITY ->
                    new FlightPlanRejected(id, actor, from, to, after.rejectionReason().orElseThrow(), version, now);
            case ACTIVATE -> new FlightPlanActivated(id, actor, from, to, version, now);
            case COMPLETE -> new FlightPlanCompleted(id, actor, from, to, version, now);
            case CANCEL_BY_PILOT, CANCEL_BY_ADMIN -> new FlightPlanCancelled(id, actor, from, to, version, now);
        };
    }

    /**
     * A plan was submitted; {@code from} and {@code status} are its first status.
     *
     * @param planId the plan
     * @param actorId who acted
     * @param from the status before
     * @param status the status after
     * @param version the stored version after the change
     * @param occurredAt when
     */
    record FlightPlanSubmitted(FlightPlanId planId, UserId actorId, FlightPlanStatus from, FlightPlanStatus status, long version,
            Instant occurredAt) implements FlightPlanEvent {
    }

    /**
     * The organization admin approved a plan; it goes on to the authority.
     *
     * @param planId the plan
     * @param actorId who acted
     * @param from the status before
     * @param status the status after
     * @param version the stored version after the change
     * @param occurredAt when
     */
    record FlightPlanApprovedByOrganization(FlightPlanId planId, UserId actorId, FlightPlanStatus from, FlightPlanStatus status, long version,
            Instant occurredAt) implements FlightPlanEvent {
    }

    /**
     * The authority approved a plan: it may be flown.
     *
     * @param planId the plan
     * @param actorId who acted
     * @param from the status before
     * @param status the status after
     * @param version the stored version after the change
     * @param occurredAt when
     */
    record FlightPlanApproved(FlightPlanId planId, UserId actorId, FlightPlanStatus from, FlightPlanStatus status, long version,
            Instant occurredAt) implements FlightPlanEvent {
    }

    /**
     * The organization admin or the authority refused a plan.
     *
     * @param planId the plan
     * @param actorId who acted
     * @param from the status before
     * @param status the status after
     * @param reason why it was refused
     * @param version the stored version after the change
     * @param occurredAt when
     */
    record FlightPlanRejected(FlightPlanId planId, UserId actorId, FlightPlanStatus from, FlightPlanStatus status, String reason, long version,
            Instant occurredAt) implements FlightPlanEvent {
    }

    /**
     * The drone took off on the plan.
     *
     * @param planId the plan
     * @param actorId who acted
     * @param from the status before
     * @param status the status after
     * @param version the stored version after the change
     * @param occurredAt when
     */
    record FlightPlanActivated(FlightPlanId planId, UserId actorId, FlightPlanStatus from, FlightPlanStatus status, long version,
            Instant occurredAt) implements FlightPlanEvent {
    }

    /**
     * The drone landed; the plan is complete.
     *
     * @param planId the plan
     * @param actorId who acted
     * @param from the status before
     * @param status the status after
     * @param version the stored version after the change
     * @param occurredAt when
     */
    record FlightPlanCompleted(FlightPlanId planId, UserId actorId, FlightPlanStatus from, FlightPlanStatus status, long version,
            Instant occurredAt) implements FlightPlanEvent {
    }

    /**
     * The submitter or an admin cancelled the plan; {@code status} says which.
     *
     * @param planId the plan
     * @param actorId who acted
     * @param from the status before
     * @param status the status after
     * @param version the stored version after the change
     * @param occurredAt when
     */
    record FlightPlanCancelled(FlightPlanId planId, UserId actorId, FlightPlanStatus from, FlightPlanStatus status, long version,
            Instant occurredAt) implements FlightPlanEvent {
    }
}
