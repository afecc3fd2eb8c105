package kz.utm.core.user;

/** A user's role: the {@code users.role} column, with exactly the schema's constants. */
public enum UserRole {
    /** The aviation authority: approves plans at the last level and manages restricted zones. */
    AUTHORITY_ADMIN,
    /** Administers one organization: its pilots, drones, and the first approval of its plans. */
    ORGANIZATION_ADMIN,
    /** Flies for one organization, the drones assigned to them. */
    ORGANIZATION_PILOT,
    /** Flies on their own, the drones they own. */
    SOLO_PILOT;

    /** Whether users of this role belong to an organization. */
    public boolean isOrganizationMember() {
        return this == ORGANIZATION_ADMIN || this == ORGANIZATION_PILOT;
    }
}
