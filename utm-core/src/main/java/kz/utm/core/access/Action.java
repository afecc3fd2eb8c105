package kz.utm.core.access;

/**
 * What an actor wants to do, one constant per row of the access matrix
 * ({@code docs/access-policy.md}).
 *
 * <p>Each action names the read action that decides whether the actor may see the resource at
 * all: an actor who may not read it is told it was not found.
 */
public enum Action {
    /** Create a user of another role than solo pilot (self-registration needs no actor). */
    USER_CREATE(null),
    /** Read a user. */
    USER_READ(null),
    /** Change one's own name, phone or password. */
    USER_UPDATE_PROFILE(USER_READ),
    /** Change a user's role or organization. */
    USER_CHANGE_ROLE(USER_READ),
    /** Deactivate a user. */
    USER_DEACTIVATE(USER_READ),
    /** Reactivate a user. */
    USER_REACTIVATE(USER_READ),
    /** Soft-delete a user. */
    USER_DELETE(USER_READ),
    /** Restore a soft-deleted user. */
    USER_RESTORE(USER_READ),

    /** Create an organization. */
    ORGANIZATION_CREATE(null),
    /** Read an organization. */
    ORGANIZATION_READ(null),
    /** Change an organization's name, address or city. */
    ORGANIZATION_UPDATE(ORGANIZATION_READ),
    /** Name an organization's admin. */
    ORGANIZATION_SET_ADMIN(ORGANIZATION_READ),
    /** Deactivate an organization. */
    ORGANIZATION_DEACTIVATE(ORGANIZATION_READ),
    /** Reactivate an organization. */
    ORGANIZATION_REACTIVATE(ORGANIZATION_READ),
    /** Soft-delete an organization. */
    ORGANIZATION_DELETE(ORGANIZATION_READ),
    /** Restore a soft-deleted organization. */
    ORGANIZATION_RESTORE(ORGANIZATION_READ),

    /** Register a drone, for an organization or as its solo owner. */
    DRONE_REGISTER(null),
    /** Read a drone. */
    DRONE_READ(null),
    /** Change a drone's details or status. */
    DRONE_UPDATE(DRONE_READ),
    /** Soft-delete (ground) a drone. */
    DRONE_DELETE(DRONE_READ),
    /** Restore a soft-deleted drone. */
    DRONE_RESTORE(DRONE_READ),

    /** Read a pilot's assignment to a drone. */
    ASSIGNMENT_READ(null),
    /** Assign a pilot to a drone or take the assignment away. */
    ASSIGNMENT_CHANGE(ASSIGNMENT_READ),

    /** Submit a flight plan with a drone. */
    FLIGHT_PLAN_SUBMIT(DRONE_READ),
    /** Read a flight plan. */
    FLIGHT_PLAN_READ(null),
    /** Approve or reject a plan at the organization level. */
    FLIGHT_PLAN_DECIDE_AS_ORGANIZATION(FLIGHT_PLAN_READ),
    /** Approve or reject a plan at the authority level. */
    FLIGHT_PLAN_DECIDE_AS_AUTHORITY(FLIGHT_PLAN_READ),
    /** Activate (take off on) a plan. */
    FLIGHT_PLAN_ACTIVATE(FLIGHT_PLAN_READ),
    /** Complete (land) a plan. */
    FLIGHT_PLAN_COMPLETE(FLIGHT_PLAN_READ),
    /** Cancel one's own plan. */
    FLIGHT_PLAN_CANCEL_AS_PILOT(FLIGHT_PLAN_READ),
    /** Cancel a plan as an admin. */
    FLIGHT_PLAN_CANCEL_AS_ADMIN(FLIGHT_PLAN_READ),

    /** Submit telemetry for a drone. */
    TELEMETRY_SUBMIT(null),
    /** Read a drone's telemetry. */
    TELEMETRY_READ(null),

    /** Read a restricted zone. */
    ZONE_READ(null),
    /** Create, update, deactivate, soft-delete or restore a restricted zone. */
    ZONE_MANAGE(ZONE_READ);

    private final Action visibility;

    Action(Action visibility) {
        this.visibility = visibility;
    }

    /**
     * The read action that must be allowed before this one is considered; empty for reads and
     * for actions on resources that do not exist yet.
     */
    public java.util.Optional<Action> visibility() {
        return java.util.Optional.ofNullable(visibility);
    }

    /** Whether this action restores a soft-deleted resource. */
    public boolean isRestore() {
        return this == USER_RESTORE || this == ORGANIZATION_RESTORE || this == DRONE_RESTORE || this == ZONE_MANAGE;
    }
}
