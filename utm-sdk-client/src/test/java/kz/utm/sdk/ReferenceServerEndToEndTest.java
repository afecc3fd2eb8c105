package kz.utm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.utm.sdk.error.AuthenticationException;
import kz.utm.sdk.error.ConflictException;
import kz.utm.sdk.error.NotFoundException;
import kz.utm.sdk.error.PermissionDeniedException;
import kz.utm.sdk.error.ValidationException;
import kz.utm.sdk.testing.MovableClock;
import kz.utm.sdk.testing.ReferenceServerHarness;
import kz.utm.sdk.wire.Assignment;
import kz.utm.sdk.wire.BoundingBox;
import kz.utm.sdk.wire.ConformanceStatus;
import kz.utm.sdk.wire.CreateUser;
import kz.utm.sdk.wire.DefineZone;
import kz.utm.sdk.wire.Drone;
import kz.utm.sdk.wire.FlightPlan;
import kz.utm.sdk.wire.FlightPlanFilter;
import kz.utm.sdk.wire.FlightPlanStatus;
import kz.utm.sdk.wire.GeometryType;
import kz.utm.sdk.wire.Organization;
import kz.utm.sdk.wire.RegisterDrone;
import kz.utm.sdk.wire.RegisterOrganization;
import kz.utm.sdk.wire.SubmitFlightPlan;
import kz.utm.sdk.wire.TelemetryInput;
import kz.utm.sdk.wire.TelemetryPoint;
import kz.utm.sdk.wire.User;
import kz.utm.sdk.wire.UserRole;
import kz.utm.sdk.wire.Waypoint;
import kz.utm.sdk.wire.Zone;
import kz.utm.sdk.wire.ZoneShape;

/**
 * The SDK against the real reference server over loopback: an organization with its admin and
 * pilot, a drone and its assignment, a plan through both approvals to completion with a
 * telemetry batch retried under its key, zone management, and the server's refusals as the
 * SDK's exceptions.
 */
class ReferenceServerEndToEndTest {

    private static final double ZONE_LAT = 43.2389;
    private static final double ZONE_LON = 76.8897;

    private static ReferenceServerHarness server;
    private static UtmClient authority;
    private static UtmClient admin;
    private static UtmClient pilot;
    private static Organization steppe;
    private static User pilotUser;
    private static Drone drone;
    private static Zone centre;

    @BeforeAll
    static void buildTheWorld() {
        server = ReferenceServerHarness.start();
        authority = server.authority();
        steppe = authority.organizations().register(new RegisterOrganization("Steppe Aerial Survey", "050440000002",
                "Abai Ave 10", "Almaty"));
        User adminUser = authority.users().create(CreateUser.member("Aigerim Sadykova", "aigerim@steppe.example.kz",
                "password-123", UserRole.ORGANIZATION_ADMIN, steppe.id()));
        admin = server.client(adminUser.email(), "password-123");
        pilotUser = admin.users().create(CreateUser.member("Daniyar Bekov", "daniyar@steppe.example.kz",
                "password-123", UserRole.ORGANIZATION_PILOT, steppe.id()));
        pilot = server.client(pilotUser.email(), "password-123");
        drone = admin.drones().register(RegisterDrone.forOrganization("DJI", "Matrice 350 RTK", "1581F5FHD22A",
                steppe.id()));
        centre = authority.zones().create(new DefineZone("Almaty centre", Optional.of("the old square"),
                new ZoneShape.Circle(ZONE_LAT, ZONE_LON, 1000), Optional.empty(), Optional.of(500.0)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theWorldIsAsBuilt() {
        assertThat(admin.users().me().role()).isEqualTo(UserRole.ORGANIZATION_ADMIN);
        assertThat(pilot.users().me().organizationId()).contains(steppe.id());
        assertThat(drone.organizationId()).contains(steppe.id());
        assertThat(drone.ownerId()).isEmpty();
        assertThat(centre.shape()).isEqualTo(new ZoneShape.Circle(ZONE_LAT, ZONE_LON, 1000));
        assertThat(centre.maxAltitudeM()).contains(500.0);
        assertThat(centre.minAltitudeM()).isEmpty();
        assertThat(centre.description()).contains("the old square");
    }

    @Test
    void aPlanGoesThroughBothApprovalsAndItsFlightReportsTelemetryOnce() {
        Assignment assignment = admin.drones().assignPilot(drone.id(), pilotUser.id());
        assertThat(assignment.userId()).isEqualTo(pilotUser.id());
        assertThat(admin.drones().pilots(drone.id())).extracting(Assignment::userId).contains(pilotUser.id());

        Instant departure = server.clock().instant().plus(Duration.ofHours(1));
        ConflictException crossing = catchThrowableOfType(ConflictException.class, () -> pilot.flightPlans().submit(
                new SubmitFlightPlan(drone.id(), departure, departure.plus(Duration.ofMinutes(40)), List.of(
                        new Waypoint(0, ZONE_LAT, 76.8500, 120), new Waypoint(1, ZONE_LAT, 76.9300, 120)))));
        assertThat(crossing.status()).isEqualTo(409);
        assertThat(crossing.zoneIds()).containsExactly(centre.id());
        assertThat(crossing.conflicts().get(0).zoneName()).isEqualTo("Almaty centre");

        FlightPlan plan = pilot.flightPlans().submit(new SubmitFlightPlan(drone.id(), departure,
                departure.plus(Duration.ofMinutes(40)), Optional.of("survey south of the centre"), List.of(
                        new Waypoint(0, 43.2200, 76.8500, 0), new Waypoint(1, 43.2200, 76.9300, 120),
                        new Waypoint(2, 43.2200, 76.9400, 0))));
        assertThat(plan.status()).isEqualTo(FlightPlanStatus.PENDING_ORG_APPROVAL);
        assertThat(plan.waypoints()).hasSize(3);
        assertThat(plan.notes()).contains("survey south of the centre");

        assertThat(admin.flightPlans().approve(plan.id()).status()).isEqualTo(FlightPlanStatus.PENDING_AUTHORITY_APPROVAL);
        assertThat(authority.flightPlans().list(FlightPlanFilter.any()
                .withStatuses(FlightPlanStatus.PENDING_AUTHORITY_APPROVAL).withDrone(drone.id()), 0, 10).items())
                .extracting(FlightPlan::id).containsExactly(plan.id());
        FlightPlan approved = authority.flightPlans().approve(plan.id());
        assertThat(approved.status()).isEqualTo(FlightPlanStatus.APPROVED);
        assertThat(approved.approvedByOrganizationAdminId()).isPresent();

        server.clock().advance(Duration.ofHours(1));
        assertThat(pilot.flightPlans().activate(plan.id()).status()).isEqualTo(FlightPlanStatus.ACTIVE);

        Instant now = server.clock().instant();
        List<TelemetryInput> batch = List.of(new TelemetryInput(now, 43.2200, 76.8600, 15),
                new TelemetryInput(now.plusMillis(500), 43.2201, 76.8610, 16, Optional.of(12.5), Optional.of(90.0),
                        Optional.of("nominal")));
        List<TelemetryPoint> first = pilot.telemetry().report(drone.id(), batch, "flight-" + plan.id() + "-batch-1");
        List<TelemetryPoint> retried = pilot.telemetry().report(drone.id(), batch, "flight-" + plan.id() + "-batch-1");
        assertThat(first).hasSize(2).allSatisfy(point -> {
            assertThat(point.flightPlanId()).contains(plan.id());
            assertThat(point.conformance()).contains(ConformanceStatus.ON_SCHEDULE);
        });
        assertThat(retried).extracting(TelemetryPoint::id).isEqualTo(first.stream().map(TelemetryPoint::id).toList());
        assertThat(first.get(1).speedMps()).contains(12.5);

        ValidationException reused = catchThrowableOfType(ValidationException.class, () -> pilot.telemetry()
                .report(drone.id(), List.of(new TelemetryInput(now, 43.0, 76.0, 1)), "flight-" + plan.id() + "-batch-1"));
        assertThat(reused.isIdempotencyKeyReused()).isTrue();

        assertThat(admin.telemetry().history(drone.id())).hasSize(2);
        assertThat(admin.telemetry().history(drone.id(), now.plusMillis(1), now.plusSeconds(5), 10))
                .singleElement().satisfies(point -> assertThat(point.headingDegrees()).contains(90.0));
        assertThat(authority.map().drones()).anySatisfy(position -> assertThat(position.droneId()).isEqualTo(drone.id()));

        assertThat(pilot.flightPlans().complete(plan.id()).status()).isEqualTo(FlightPlanStatus.COMPLETED);
        ConflictException again = catchThrowableOfType(ConflictException.class,
                () -> pilot.flightPlans().complete(plan.id()));
        assertThat(again.from()).contains(FlightPlanStatus.COMPLETED);
        assertThat(again.to()).contains(FlightPlanStatus.COMPLETED);
        assertThat(pilot.flightPlans().get(plan.id()).actualArrivalTime()).isPresent();
    }

    @Test
    void theAuthorityManagesZones() {
        ZoneShape.Polygon airportShape = new ZoneShape.Polygon(List.of(new ZoneShape.Position(77.00, 43.34),
                new ZoneShape.Position(77.06, 43.34), new ZoneShape.Position(77.06, 43.37),
                new ZoneShape.Position(77.00, 43.37), new ZoneShape.Position(77.00, 43.34)));
        Zone airport = authority.zones().create(DefineZone.of("Airport", airportShape));
        assertThat(airport.geometryType()).isEqualTo(GeometryType.POLYGON);
        assertThat(airport.shape()).isEqualTo(airportShape);
        assertThat(pilot.zones().get(airport.id()).name()).isEqualTo("Airport");

        Zone renamed = authority.zones().redefine(airport.id(), new DefineZone("Almaty airport", Optional.empty(),
                airportShape, Optional.of(0.0), Optional.of(3000.0)));
        assertThat(renamed.name()).isEqualTo("Almaty airport");
        assertThat(renamed.maxAltitudeM()).contains(3000.0);

        BoundingBox aroundAirport = new BoundingBox(76.99, 43.33, 77.07, 43.38);
        assertThat(pilot.zones().list(Optional.of(aroundAirport), false, 0, 100).items()).extracting(Zone::id)
                .containsExactly(airport.id());

        assertThat(authority.zones().deactivate(airport.id()).active()).isFalse();
        assertThat(pilot.zones().inForce()).extracting(Zone::id).doesNotContain(airport.id()).contains(centre.id());
        assertThat(authority.zones().all(Optional.empty(), true)).extracting(Zone::id).contains(airport.id());
        assertThat(authority.zones().activate(airport.id()).active()).isTrue();

        assertThat(authority.zones().delete(airport.id()).deletedAt()).isPresent();
        catchThrowableOfType(NotFoundException.class, () -> pilot.zones().get(airport.id()));
        assertThat(authority.zones().restore(airport.id()).deletedAt()).isEmpty();

        PermissionDeniedException denied = catchThrowableOfType(PermissionDeniedException.class,
                () -> pilot.zones().deactivate(airport.id()));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.detail()).isNotBlank();
    }

    @Test
    void refusalsSurfaceAsTheirExceptions() {
        UtmClient stranger = server.client(ReferenceServerHarness.ADMIN_EMAIL, "not the password");
        AuthenticationException unauthenticated = catchThrowableOfType(AuthenticationException.class,
                () -> stranger.zones().inForce().count());
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.type()).isEqualTo("urn:utm-kit:problem:unauthenticated");

        PermissionDeniedException forbidden = catchThrowableOfType(PermissionDeniedException.class,
                () -> pilot.zones().create(DefineZone.of("Mine", new ZoneShape.Circle(43.0, 76.0, 100))));
        assertThat(forbidden.status()).isEqualTo(403);

        NotFoundException missing = catchThrowableOfType(NotFoundException.class, () -> pilot.drones().get(9_999));
        assertThat(missing.status()).isEqualTo(404);

        ConflictException duplicate = catchThrowableOfType(ConflictException.class, () -> admin.drones().register(
                RegisterDrone.forOrganization("DJI", "Other", "1581F5FHD22A", steppe.id())));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.field()).contains("serialNumber");

        Instant departure = server.clock().instant().plus(Duration.ofDays(2));
        ValidationException invalid = catchThrowableOfType(ValidationException.class, () -> pilot.flightPlans()
                .submit(new SubmitFlightPlan(drone.id(), departure, departure.minus(Duration.ofMinutes(5)), List.of(
                        new Waypoint(0, 95.0, 76.85, 0), new Waypoint(1, 43.22, 76.93, 120)))));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.fields()).contains("waypoints[0].latitude").hasSizeGreaterThanOrEqualTo(2);

        ValidationException badShape = catchThrowableOfType(ValidationException.class, () -> authority.zones()
                .create(DefineZone.of("Bad", new ZoneShape.Circle(91.0, 76.0, 100))));
        assertThat(badShape.fields()).contains("definition/center/lat");
    }

    @Test
    void listsArePagedAndStreamedLazily() {
        assertThat(authority.users().list(0, 1).nextOffset()).contains(1);
        List<User> everyone = authority.users().all().toList();
        assertThat(everyone).extracting(User::email).contains(ReferenceServerHarness.ADMIN_EMAIL,
                "aigerim@steppe.example.kz", "daniyar@steppe.example.kz");
        assertThat(admin.organizations().all()).extracting(Organization::id).containsExactly(steppe.id());
        assertThat(admin.drones().all()).extracting(Drone::id).contains(drone.id());
    }

    @Test
    void anExpiredTokenIsRenewedBySigningInOnceMore() {
        // A server of its own, whose clock may jump without disturbing the other tests' tokens.
        try (ReferenceServerHarness later = ReferenceServerHarness.start()) {
            // The client's clock stands still, so it cannot see the expiry coming: only the server's 401 tells it.
            UtmClient unaware = later.client(ReferenceServerHarness.ADMIN_EMAIL, ReferenceServerHarness.ADMIN_PASSWORD,
                    new MovableClock(ReferenceServerHarness.START));
            String before = unaware.transport().token().orElseThrow();
            later.clock().advance(Duration.ofHours(13));

            assertThat(unaware.users().me().email()).isEqualTo(ReferenceServerHarness.ADMIN_EMAIL);
            assertThat(unaware.transport().token()).get().isNotEqualTo(before);
        }
    }
}
