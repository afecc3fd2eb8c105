package kz.utm.core.access;

import static kz.utm.core.user.UserRole.AUTHORITY_ADMIN;
import static kz.utm.core.user.UserRole.ORGANIZATION_ADMIN;
import static kz.utm.core.user.UserRole.ORGANIZATION_PILOT;
import static kz.utm.core.user.UserRole.SOLO_PILOT;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.utm.core.common.AltitudeBand;
import kz.utm.core.common.Audit;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ZoneId;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.DroneOwner;
import kz.utm.core.drone.DroneStatus;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.FlightPlanStatus;
import kz.utm.core.flightplan.Waypoint;
import kz.utm.core.organization.Organization;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;

/**
 * The cast of the access matrix ({@code docs/access-policy.md}): two organizations A and B with an
 * admin and pilots each, two solo pilots S and T, two authority admins, their drones, assignments,
 * plans and zones, plus the variants (inactive, soft-deleted) and the {@link Actor}s and
 * {@link Resource}s built from them.
 *
 * <p>Drone A1 is assigned to pilot A1; drone A2 is unassigned; drone B1 is assigned to pilot B1.
 * Everything is active and live unless a variant says otherwise. All values are immutable.
 */
final class AccessFixtures {

    static final Instant NOW = Instant.parse("2025-06-01T08:00:00Z");

    static final OrganizationId A = OrganizationId.of(1);
    static final OrganizationId B = OrganizationId.of(2);

    static final User AUTHORITY = user(1, AUTHORITY_ADMIN, null);
    static final User OTHER_AUTHORITY = user(2, AUTHORITY_ADMIN, null);
    static final User ADMIN_A = user(10, ORGANIZATION_ADMIN, A);
    static final User PILOT_A1 = user(11, ORGANIZATION_PILOT, A);
    static final User PILOT_A2 = user(12, ORGANIZATION_PILOT, A);
    static final User ADMIN_B = user(20, ORGANIZATION_ADMIN, B);
    static final User PILOT_B1 = user(21, ORGANIZATION_PILOT, B);
    static final User SOLO = user(30, SOLO_PILOT, null);
    static final User OTHER_SOLO = user(31, SOLO_PILOT, null);

    static final Organization ORG_A = organization(A, "Steppe Aerial", "010140000006", ADMIN_A);
    static final Organization ORG_B = organization(B, "Altai Survey", "020240000007", ADMIN_B);

    static final Drone DRONE_A1 = drone(101, new DroneOwner.OfOrganization(A));
    static final Drone DRONE_A2 = drone(102, new DroneOwner.OfOrganization(A));
    static final Drone DRONE_B1 = drone(201, new DroneOwner.OfOrganization(B));
    static final Drone SOLO_DRONE = drone(301, new DroneOwner.OfSoloPilot(SOLO.id()));
    static final Drone OTHER_SOLO_DRONE = drone(302, new DroneOwner.OfSoloPilot(OTHER_SOLO.id()));

    /** The pilots assigned to each drone, as the assignment table stores them. */
    static final Map<DroneId, Set<UserId>> ASSIGNMENTS = Map.of(
            DRONE_A1.id(), Set.of(PILOT_A1.id()),
            DRONE_B1.id(), Set.of(PILOT_B1.id()));

    static final FlightPlan PLAN_A1 = plan(1001, PILOT_A1, DRONE_A1, FlightPlanStatus.PENDING_ORG_APPROVAL);
    static final FlightPlan PLAN_ADMIN_A = plan(1002, ADMIN_A, DRONE_A1, FlightPlanStatus.PENDING_AUTHORITY_APPROVAL);
    static final FlightPlan PLAN_B1 = plan(2001, PILOT_B1, DRONE_B1, FlightPlanStatus.PENDING_ORG_APPROVAL);
    static final FlightPlan SOLO_PLAN = plan(3001, SOLO, SOLO_DRONE, FlightPlanStatus.PENDING_AUTHORITY_APPROVAL);
    static final FlightPlan OTHER_SOLO_PLAN = plan(3002, OTHER_SOLO, OTHER_SOLO_DRONE,
            FlightPlanStatus.PENDING_AUTHORITY_APPROVAL);

    static final FlightPlan ACTIVE_PLAN_A1 = plan(1011, PILOT_A1, DRONE_A1, FlightPlanStatus.ACTIVE);
    static final FlightPlan ACTIVE_PLAN_ADMIN_A = plan(1012, ADMIN_A, DRONE_A1, FlightPlanStatus.ACTIVE);
    static final FlightPlan ACTIVE_SOLO_PLAN = plan(3011, SOLO, SOLO_DRONE, FlightPlanStatus.ACTIVE);

    static final RestrictedZone ACTIVE_ZONE = zone(1, true);
    static final RestrictedZone INACTIVE_ZONE = zone(2, false);
    static final RestrictedZone DELETED_ZONE = zone(3, true).deleted(NOW);

    private AccessFixtures() {
    }

    // Variants.

    static User inactive(User user) {
        return user.withActive(false, NOW);
    }

    static User deleted(User user) {
        return user.deleted(NOW);
    }

    static Organization inactive(Organization organization) {
        return organization.withActive(false, NOW);
    }

    static Organization deleted(Organization organization) {
        return organization.deleted(NOW);
    }

    static Drone deleted(Drone drone) {
        return drone.deleted(NOW);
    }

    static FlightPlan deleted(FlightPlan plan) {
        return plan.deleted(NOW);
    }

    // Actors.

    /** The user with their organization as stored (live and active). */
    static Actor actor(User user) {
        return new Actor(user, user.organizationId().map(AccessFixtures::organizationOf));
    }

    /** The user presented with the given organization (a variant of their own, or another). */
    static Actor actor(User user, Organization organization) {
        return new Actor(user, Optional.of(organization));
    }

    /** The user whose organization could not be loaded. */
    static Actor actorWithoutOrganization(User user) {
        return new Actor(user, Optional.empty());
    }

    // Resources.

    static Resource.OfUser resource(User user) {
        return new Resource.OfUser(user);
    }

    static Resource.NewUser newUser(UserRole role) {
        return new Resource.NewUser(role, Optional.empty());
    }

    static Resource.NewUser newUser(UserRole role, Organization organization) {
        return new Resource.NewUser(role, Optional.of(organization.id()));
    }

    static Resource.OfOrganization resource(Organization organization) {
        return Resource.OfOrganization.of(organization);
    }

    static Resource.OfOrganization newOrganization() {
        return Resource.OfOrganization.creating();
    }

    static Resource.OfDrone resource(Drone drone) {
        return new Resource.OfDrone(drone, assignedTo(drone));
    }

    static Resource.OfDrone resource(Drone drone, Set<UserId> assignedPilots) {
        return new Resource.OfDrone(drone, assignedPilots);
    }

    static Resource.NewDrone newDrone(DroneOwner owner) {
        return new Resource.NewDrone(owner);
    }

    static DroneOwner ownedBy(Organization organization) {
        return new DroneOwner.OfOrganization(organization.id());
    }

    static DroneOwner ownedBy(User user) {
        return new DroneOwner.OfSoloPilot(user.id());
    }

    static Resource.OfAssignment assignment(User pilot, Drone drone) {
        return new Resource.OfAssignment(pilot, drone);
    }

    static Resource.OfFlightPlan resource(FlightPlan plan) {
        return new Resource.OfFlightPlan(plan);
    }

    static Resource.NewFlightPlan newPlanWith(Drone drone) {
        return new Resource.NewFlightPlan(drone, assignedTo(drone));
    }

    /** The drone's telemetry while it flies no active plan. */
    static Resource.OfTelemetry telemetry(Drone drone) {
        return new Resource.OfTelemetry(drone, assignedTo(drone), Optional.empty());
    }

    /** The drone's telemetry while it flies the given active plan. */
    static Resource.OfTelemetry telemetry(Drone drone, FlightPlan activePlan) {
        return new Resource.OfTelemetry(drone, assignedTo(drone), Optional.of(activePlan));
    }

    static Resource.OfTelemetry telemetry(Drone drone, Set<UserId> assignedPilots, FlightPlan activePlan) {
        return new Resource.OfTelemetry(drone, assignedPilots, Optional.of(activePlan));
    }

    static Resource.OfZone resource(RestrictedZone zone) {
        return Resource.OfZone.of(zone);
    }

    static Resource.OfZone newZone() {
        return Resource.OfZone.creating();
    }

    static Set<UserId> assignedTo(Drone drone) {
        return ASSIGNMENTS.getOrDefault(drone.id(), Set.of());
    }

    // Builders.

    private static Organization organizationOf(OrganizationId id) {
        return id.equals(A) ? ORG_A : ORG_B;
    }

    private static User user(int id, UserRole role, OrganizationId organization) {
        return new User(UserId.of(id), role + " " + id, "user" + id + "@utm.example", Optional.empty(),
                Optional.empty(), "$argon2id$not-a-real-hash", role, Optional.ofNullable(organization), true, 0,
                Audit.createdAt(NOW));
    }

    private static Organization organization(OrganizationId id, String name, String bin, User admin) {
        return new Organization(id, name, bin, "1 Abai Avenue", "Almaty", Optional.of(admin.id()), true, 0,
                Audit.createdAt(NOW));
    }

    private static Drone drone(int id, DroneOwner owner) {
        return new Drone(DroneId.of(id), "DJI", "Matrice 350", "SN-" + id, owner, DroneStatus.IDLE,
                Optional.empty(), Optional.empty(), 0, Audit.createdAt(NOW));
    }

    private static FlightPlan plan(int id, User submitter, Drone drone, FlightPlanStatus status) {
        Instant departure = NOW.plus(Duration.ofHours(1));
        List<Waypoint> waypoints = List.of(
                new Waypoint(0, GeoPoint.of(43.238, 76.889), 60),
                new Waypoint(1, GeoPoint.of(43.245, 76.902), 60));
        Optional<UserId> organizationApprover = submitter.role() == ORGANIZATION_ADMIN
                ? Optional.of(submitter.id()) : Optional.empty();
        Optional<Instant> actualDeparture = status == FlightPlanStatus.ACTIVE
                ? Optional.of(departure) : Optional.empty();
        return new FlightPlan(FlightPlanId.of(id), submitter.id(), drone.id(), drone.organizationId(), departure,
                departure.plus(Duration.ofMinutes(30)), actualDeparture, Optional.empty(), status, Optional.empty(),
                Optional.empty(), organizationApprover, Optional.empty(), Optional.empty(), waypoints, 0,
                Audit.createdAt(NOW));
    }

    private static RestrictedZone zone(int id, boolean active) {
        return new RestrictedZone(ZoneId.of(id), "Zone " + id, Optional.empty(),
                new ZoneGeometry.Circle(GeoPoint.of(43.352, 77.040), 5_000), AltitudeBand.unbounded(), active,
                AUTHORITY.id(), 0, Audit.createdAt(NOW));
    }
}
