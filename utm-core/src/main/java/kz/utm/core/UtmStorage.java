package kz.utm.core;

import kz.utm.core.common.Transactions;
import kz.utm.core.drone.DroneAssignments;
import kz.utm.core.drone.Drones;
import kz.utm.core.flightplan.FlightPlans;
import kz.utm.core.organization.Organizations;
import kz.utm.core.telemetry.TelemetryLog;
import kz.utm.core.user.Users;
import kz.utm.core.zone.RestrictedZones;

/**
 * One storage for all of UTM Kit's repositories, as a persistence adapter provides it: the
 * in-memory adapter ({@code kz.utm.core.memory.InMemoryStorage}) or a database.
 *
 * <p>Implementations must be thread-safe.
 */
public interface UtmStorage {

    /** The users. */
    Users users();

    /** The organizations. */
    Organizations organizations();

    /** The drones. */
    Drones drones();

    /** The pilots' drone assignments. */
    DroneAssignments assignments();

    /** The flight plans with their waypoints. */
    FlightPlans flightPlans();

    /** The restricted zones. */
    RestrictedZones zones();

    /** The telemetry points. */
    TelemetryLog telemetry();

    /** How a service command runs as one unit of work; no transaction by default. */
    default Transactions transactions() {
        return Transactions.none();
    }
}
