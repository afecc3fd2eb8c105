package kz.utm.core.drone;

/** Who owns a drone: the {@code drones.owner_type} column, with exactly the schema's constants. */
public enum DroneOwnerType {
    /** Owned by an organization, flown by its assigned pilots and its admin. */
    ORGANIZATION,
    /** Owned and flown by one solo pilot. */
    SOLO_PILOT
}
