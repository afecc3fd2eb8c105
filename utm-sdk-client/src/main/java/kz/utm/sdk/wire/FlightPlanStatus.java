package kz.utm.sdk.wire;

/** Where a flight plan is in the approval workflow. Immutable; as named on the wire. */
public enum FlightPlanStatus {
    /** Waiting for the organization's admin. */
    PENDING_ORG_APPROVAL,
    /** Waiting for the aviation authority. */
    PENDING_AUTHORITY_APPROVAL,
    /** Approved; may be activated. */
    APPROVED,
    /** Rejected by the organization's admin (final). */
    REJECTED_BY_ORG,
    /** Rejected by the authority (final). */
    REJECTED_BY_AUTHORITY,
    /** Flying. */
    ACTIVE,
    /** Flown (final). */
    COMPLETED,
    /** Cancelled by its submitter (final). */
    CANCELLED_BY_PILOT,
    /** Cancelled by an admin (final). */
    CANCELLED_BY_ADMIN;

    /** Whether no move leads out of this status. */
    public boolean isFinal() {
        return switch (this) {
            case REJECTED_BY_ORG, REJECTED_BY_AUTHORITY, COMPLETED, CANCELLED_BY_PILOT, CANCELLED_BY_ADMIN -> true;
            default -> false;
        };
    }
}
