package kz.utm.sdk.wire;

/** Who owns a drone. Immutable; as named on the wire. */
public enum DroneOwnerType {
    /** An organization ({@code organizationId}). */
    ORGANIZATION,
    /** A solo pilot ({@code ownerId}). */
    SOLO_PILOT
}
