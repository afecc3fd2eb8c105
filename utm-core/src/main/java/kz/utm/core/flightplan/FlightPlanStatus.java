package kz.utm.core.flightplan;

/**
 * Where a flight plan is in its approval workflow: the {@code flight_plans.status} column, with
 * exactly the schema's constants. The moves between them are {@link FlightPlanLifecycle}'s.
 */
public enum FlightPlanStatus {
    /** Submitted by an organization pilot; waits for the organization admin. */
    PENDING_ORG_APPROVAL,
    /** Waits for the aviation authority. */
    PENDING_AUTHORITY_APPROVAL,
    /** Approved by the authority; may be flown. */
    APPROVED,
    /** Refused by the organization admin. Final. */
    REJECTED_BY_ORG,
    /** Refused by the authority. Final. */
    REJECTED_BY_AUTHORITY,
    /** Being flown. */
    ACTIVE,
    /** Flown and landed. Final. */
    COMPLETED,
    /** Withdrawn by the pilot who submitted it. Final. */
    CANCELLED_BY_PILOT,
    /** Cancelled by an organization admin or the authority. Final. */
    CANCELLED_BY_ADMIN;

    /** Whether no move leaves this status. */
    public boolean isFinal() {
        return FlightPlanLifecycle.movesFrom(this).isEmpty();
    }

    /**
     * Whether a plan in this status claims its drone for its time window: pending, approved and
     * active plans do, so that no two of them of one drone may overlap.
     */
    public boolean claimsDrone() {
        return !isFinal();
    }
}
