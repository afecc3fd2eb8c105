package kz.utm.core.contract;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import kz.utm.core.UtmStorage;
import kz.utm.core.common.AltitudeBand;
import kz.utm.core.common.Audit;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.TelemetryId;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ZoneId;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.DroneOwner;
import kz.utm.core.drone.DroneStatus;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.FlightPlanStatus;
import kz.utm.core.flightplan.Waypoint;
import kz.utm.core.organization.Organization;
import kz.utm.core.telemetry.TelemetryPoint;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;

/**
 * Rows for the contract tests: unsaved aggregates with values that fit the schema's columns,
 * and the prerequisite rows a test needs, inserted through a {@link UtmStorage}.
 *
 * <p>Every instant is whole seconds, so that it survives a database's timestamp precision.
 * Unique values are derived from the row's id, which the storage's {@code nextId()} hands out.
 */
public final class Rows {

    /** When the rows are created. */
    public static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private Rows() {
    }

    /** {@code T0} plus the given minutes. */
    public static Instant minute(long minutes) {
        return T0.plusSeconds(60 * minutes);
    }

    // ---- users ----

    /** A live, active user without phone or IIN; organization members get {@code organization}. */
    public static User user(UserId id, String email, UserRole role, Optional<OrganizationId> organization) {
        return new User(id, "User " + id, email, Optional.empty(), Optional.empty(), "$argon2id$hash-" + id, role,
                organization, true, 0, Audit.createdAt(T0));
    }

    /** A live, active solo pilot with the given e-mail, phone number and IIN. */
    public static User soloPilot(UserId id, String email, Optional<String> phoneNumber, Optional<String> iin) {
        return new User(id, "Solo Pilot " + id, email, phoneNumber, iin, "$argon2id$hash-" + id,
                UserRole.SOLO_PILOT, Optional.empty(), true, 0, Audit.createdAt(T0));
    }

    /** An e-mail address derived from the id. */
    public static String email(UserId id) {
        return "user" + id + "@example.kz";
    }

    /** Inserts a solo pilot. */
    public static User insertSoloPilot(UtmStorage storage) {
        UserId id = storage.users().nextId();
        return storage.users().insert(user(id, email(id), UserRole.SOLO_PILOT, Optional.empty()));
    }

    /** Inserts an authority admin. */
    public static User insertAuthorityAdmin(UtmStorage storage) {
        UserId id = storage.users().nextId();
        return storage.users().insert(user(id, email(id), UserRole.AUTHORITY_ADMIN, Optional.empty()));
    }

    /** Inserts a member of the organization in the given role. */
    public static User insertMember(UtmStorage storage, OrganizationId organization, UserRole role) {
        UserId id = storage.users().nextId();
        return storage.users().insert(user(id, email(id), role, Optional.of(organization)));
    }

    // ---- organizations ----

    /** A live, active organization without admin. */
    public static Organization organization(OrganizationId id, String name, String bin) {
        return new Organization(id, name, bin, "Dostyk Avenue " + id, "Almaty", Optional.empty(), true, 0,
                Audit.createdAt(T0));
    }

    /** A twelve-digit BIN derived from the id. */
    public static String bin(OrganizationId id) {
        return String.format("%012d", id.value());
    }

    /** Inserts an organization without admin. */
    public static Organization insertOrganization(UtmStorage storage) {
        OrganizationId id = storage.organizations().nextId();
        return storage.organizations().insert(organization(id, "Organization " + id, bin(id)));
    }

    /**
     * Inserts an organization and its admin, in the order foreign keys allow: the organization,
     * then its admin as a member, then the organization naming its admin.
     *
     * @return the stored organization at version 1
     */
    public static Organization insertOrganizationWithAdmin(UtmStorage storage) {
        Organization organization = insertOrganization(storage);
        User admin = insertMember(storage, organization.id(), UserRole.ORGANIZATION_ADMIN);
        return storage.organizations().update(organization.withAdmin(Optional.of(admin.id()), T0));
    }

    // ---- drones ----

    /** A live, idle drone never seen. */
    public static Drone drone(DroneId id, String serialNumber, DroneOwner owner) {
        return new Drone(id, "DJI", "Matrice 350 RTK", serialNumber, owner, DroneStatus.IDLE, Optional.empty(),
                Optional.empty(), 0, Audit.createdAt(T0));
    }

    /** A serial number derived from the id. */
    public static String serialNumber(DroneId id) {
        return "SN-" + id;
    }

    /** Inserts a drone of the solo pilot. */
    public static Drone insertSoloDrone(UtmStorage storage, UserId owner) {
        DroneId id = storage.drones().nextId();
        return storage.drones().insert(drone(id, serialNumber(id), new DroneOwner.OfSoloPilot(owner)));
    }

    /** Inserts a drone of the organization. */
    public static Drone insertOrganizationDrone(UtmStorage storage, OrganizationId organization) {
        DroneId id = storage.drones().nextId();
        return storage.drones().insert(drone(id, serialNumber(id), new DroneOwner.OfOrganization(organization)));
    }

    /** Inserts a solo pilot and a drone they own. */
    public static Drone insertSoloDrone(UtmStorage storage) {
        return insertSoloDrone(storage, insertSoloPilot(storage).id());
    }

    // ---- flight plans ----

    /** Three waypoints near Almaty, sequence orders 0, 1, 2. */
    public static List<Waypoint> route() {
        return List.of(new Waypoint(0, GeoPoint.of(43.2389, 76.8897), 50.0),
                new Waypoint(1, GeoPoint.of(43.2420, 76.9010), 80.5),
                new Waypoint(2, GeoPoint.of(43.2461, 76.9123), 60.25));
    }

    /** A live plan of the drone in the given status and window, without approvals. */
    public static FlightPlan plan(FlightPlanId id, UserId submitter, DroneId drone,
            Optional<OrganizationId> organization, Instant departure, Instant arrival, FlightPlanStatus status) {
        return new FlightPlan(id, submitter, drone, organization, departure, arrival, Optional.empty(),
                Optional.empty(), status, Optional.of("survey flight " + id), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), route(), 0, Audit.createdAt(T0));
    }

    /** The plan with other notes: a change that any status allows, for update tests. */
    public static FlightPlan withNotes(FlightPlan plan, String notes) {
        return new FlightPlan(plan.id(), plan.submitterId(), plan.droneId(), plan.organizationId(),
                plan.plannedDepartureTime(), plan.plannedArrivalTime(), plan.actualDepartureTime(),
                plan.actualArrivalTime(), plan.status(), Optional.of(notes), plan.rejectionReason(),
                plan.approvedByOrganizationAdminId(), plan.approvedByAuthorityAdminId(), plan.approvedAt(),
                plan.waypoints(), plan.version(), plan.audit());
    }

    /** Inserts a solo pilot's plan of the drone in the given status and window. */
    public static FlightPlan insertPlan(UtmStorage storage, Drone drone, Instant departure, Instant arrival,
            FlightPlanStatus status) {
        UserId submitter = drone.soloOwnerId().orElseThrow();
        return storage.flightPlans().insert(plan(storage.flightPlans().nextId(), submitter, drone.id(),
                Optional.empty(), departure, arrival, status));
    }

    // ---- zones ----

    /** A live, active circle zone open at both altitude ends. */
    public static RestrictedZone circleZone(ZoneId id, UserId creator) {
        return new RestrictedZone(id, "Airport " + id, Optional.of("Control zone"),
                new ZoneGeometry.Circle(GeoPoint.of(43.3521, 77.0405), 5_000), AltitudeBand.unbounded(), true,
                creator, 0, Audit.createdAt(T0));
    }

    /** A live, active polygon zone with a hole and a bounded altitude band. */
    public static RestrictedZone polygonZone(ZoneId id, UserId creator) {
        List<GeoPoint> shell = List.of(GeoPoint.of(43.20, 76.80), GeoPoint.of(43.20, 77.00),
                GeoPoint.of(43.30, 77.00), GeoPoint.of(43.30, 76.80), GeoPoint.of(43.20, 76.80));
        List<GeoPoint> hole = List.of(GeoPoint.of(43.24, 76.88), GeoPoint.of(43.24, 76.92),
                GeoPoint.of(43.26, 76.92), GeoPoint.of(43.24, 76.88));
        return new RestrictedZone(id, "Government district " + id, Optional.empty(),
                new ZoneGeometry.Polygon(shell, List.of(hole)),
                AltitudeBand.of(OptionalDouble.of(0), OptionalDouble.of(120.5)), true, creator, 0,
                Audit.createdAt(T0));
    }

    // ---- telemetry ----

    /** A point of the drone at the given time, without plan, speed, heading or status. */
    public static TelemetryPoint point(TelemetryId id, DroneId drone, Instant timestamp) {
        return new TelemetryPoint(id, drone, Optional.empty(), timestamp, GeoPoint.of(43.25, 76.95), 100.0,
                OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), T0, T0);
    }
}
