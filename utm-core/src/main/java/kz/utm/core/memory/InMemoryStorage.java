package kz.utm.core.memory;

import kz.utm.core.UtmStorage;
import kz.utm.core.drone.DroneAssignments;
import kz.utm.core.drone.Drones;
import kz.utm.core.flightplan.FlightPlans;
import kz.utm.core.organization.Organizations;
import kz.utm.core.telemetry.TelemetryLog;
import kz.utm.core.user.Users;
import kz.utm.core.zone.RestrictedZones;

/**
 * One empty in-memory store: an adapter for each repository port, together the embedded
 * default storage of UTM Kit and the test double for everything above the core.
 *
 * <p>There are no foreign keys between the adapters: rows may name ids that no other adapter
 * holds. Thread-safe, as each adapter is; the accessors always return the same instances.
 */
public final class InMemoryStorage implements UtmStorage {

    private final Users users = new InMemoryUsers();
    private final Organizations organizations = new InMemoryOrganizations();
    private final Drones drones = new InMemoryDrones();
    private final DroneAssignments assignments = new InMemoryDroneAssignments();
    private final FlightPlans flightPlans = new InMemoryFlightPlans();
    private final RestrictedZones zones = new InMemoryRestrictedZones();
    private final TelemetryLog telemetry = new InMemoryTelemetryLog();

    /** Creates a store whose every table is empty. */
    public InMemoryStorage() {
    }

    /** The users. */
    @Override
    public Users users() {
        return users;
    }

    /** The organizations. */
    @Override
    public Organizations organizations() {
        return organizations;
    }

    /** The drones. */
    @Override
    public Drones drones() {
        return drones;
    }

    /** The pilots' drone assignments. */
    @Override
    public DroneAssignments assignments() {
        return assignments;
    }

    /** The flight plans with their waypoints. */
    @Override
    public FlightPlans flightPlans() {
        return flightPlans;
    }

    /** The restricted zones. */
    @Override
    public RestrictedZones zones() {
        return zones;
    }

    /** The telemetry log. */
    @Override
    public TelemetryLog telemetry() {
        return telemetry;
    }
}
