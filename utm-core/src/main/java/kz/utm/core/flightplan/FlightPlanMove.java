package kz.utm.core.flightplan;

/**
 * A move of the approval workflow, each leading to one status. Which moves are allowed from
 * which status is {@link FlightPlanLifecycle}'s table, the only place that knows it.
 */
public enum FlightPlanMove {
    /** The organization admin approves: on to the authority. */
    APPROVE_BY_ORGANIZATION(FlightPlanStatus.PENDING_AUTHORITY_APPROVAL),
    /** The organization admin refuses, with a reason. */
    REJECT_BY_ORGANIZATION(FlightPlanStatus.REJECTED_BY_ORG),
    /** The authority approves: the plan may be flown. */
    APPROVE_BY_AUTHORITY(FlightPlanStatus.APPROVED),
    /** The authority refuses, with a reason. */
    REJECT_BY_AUTHORITY(FlightPlanStatus.REJECTED_BY_AUTHORITY),
    /** The submitter takes off. */
    ACTIVATE(FlightPlanStatus.ACTIVE),
    /** The submitter lands. */
    COMPLETE(FlightPlanStatus.COMPLETED),
    /** The submitter withdraws the plan. */
    CANCEL_BY_PILOT(FlightPlanStatus.CANCELLED_BY_PILOT),
    /** The plan's organization admin or the authority cancels it. */
    CANCEL_BY_ADMIN(FlightPlanStatus.CANCELLED_BY_ADMIN);

    private final FlightPlanStatus target;

    FlightPlanMove(FlightPlanStatus target) {
        this.target = target;
    }

    /** The status this move leads to. */
    public FlightPlanStatus target() {
        return target;
    }
}
