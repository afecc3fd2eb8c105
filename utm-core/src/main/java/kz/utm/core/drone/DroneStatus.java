package kz.utm.core.drone;

/** A drone's condition: the {@code drones.current_status} column, with exactly the schema's constants. */
public enum DroneStatus {
    /** On the ground and ready; the default. */
    IDLE,
    /** Flying an active plan. */
    ACTIVE,
    /** Grounded for maintenance: no plan may be submitted or activated with it. */
    MAINTENANCE,
    /** Not known, for instance after its signal was lost. */
    UNKNOWN
}
