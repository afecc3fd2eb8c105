package kz.utm.sdk.wire;

/** A drone's operational status. Immutable; as named on the wire. */
public enum DroneStatus {
    /** On the ground, available. */
    IDLE,
    /** Flying. */
    ACTIVE,
    /** In maintenance: no plan may be submitted for it. */
    MAINTENANCE,
    /** Not known. */
    UNKNOWN
}
