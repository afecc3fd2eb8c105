package kz.utm.sdk.wire;

/** A user's role. Immutable; as named on the wire. */
public enum UserRole {
    /** The aviation authority's admin: zones, organizations, final approvals. */
    AUTHORITY_ADMIN,
    /** An organization's admin: its pilots, drones and first approvals. */
    ORGANIZATION_ADMIN,
    /** A pilot of an organization, flying the drones assigned to them. */
    ORGANIZATION_PILOT,
    /** A pilot on their own, with their own drones. */
    SOLO_PILOT
}
