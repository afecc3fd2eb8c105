package kz.utm.core.contract;

import kz.utm.core.drone.DroneAssignments;
import kz.utm.core.drone.Drones;
import kz.utm.core.flightplan.FlightPlans;
import kz.utm.core.organization.Organizations;
import kz.utm.core.telemetry.TelemetryLog;
import kz.utm.core.user.Users;
import kz.utm.core.zone.RestrictedZones;

/**
 * The storage a contract test runs against: one adapter per port, all over the same store.
 *
 * <p>Each contract takes the adapter under test from here and creates the rows it depends on
 * (a drone's owner, a plan's submitter and drone, ...) through the other adapters, in
 * foreign-key order and with ids from their {@code nextId()}. So an adapter over a database with
 * foreign keys satisfies them without the contract inventing ids. A contract asks its subclass
 * for a new fixture before each test, and expects every table of it to be empty.
 */
public interface Fixture {

    /** The users. */
    Users users();

    /** The organizations. */
    Organizations organizations();

    /** The drones. */
    Drones drones();

    /** The pilots' drone assignments. */
    DroneAssignments assignments();

    /** The flight plans. */
    FlightPlans flightPlans();

    /** The restricted zones. */
    RestrictedZones zones();

    /** The telemetry log. */
    TelemetryLog telemetry();
}
