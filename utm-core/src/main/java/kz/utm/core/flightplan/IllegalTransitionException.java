package kz.utm.core.flightplan;

import java.util.Objects;

import kz.utm.core.common.FlightPlanId;
import kz.utm.core.common.UtmException;

/** A flight-plan move that the workflow does not allow from the plan's status; names from and to. */
public final class IllegalTransitionException extends UtmException {

    private static final long serialVersionUID = 1L;

    private final FlightPlanId planId;
    private final FlightPlanStatus from;
    private final FlightPlanMove move;

    /**
     * Creates the error.
     *
     * @param planId the plan
     * @param from its status
     * @param move the refused move
     */
    public IllegalTransitionException(FlightPlanId planId, FlightPlanStatus from, FlightPlanMove move) {
        super("flight plan " + planId + " cannot move from " + from + " to " + move.target()
                + " (" + move + ")");
        this.planId = Objects.requireNonNull(planId, "planId");
        this.from = Objects.requireNonNull(from, "from");
        this.move = move;
    }

    /** The plan. */
    public FlightPlanId planId() {
        return planId;
    }

    /** The status the plan was in. */
    public FlightPlanStatus from() {
        return from;
    }

    /** The status the refused move leads to. */
    public FlightPlanStatus to() {
        return move.target();
    }

    /** The refused move. */
    public FlightPlanMove move() {
        return move;
    }
}
