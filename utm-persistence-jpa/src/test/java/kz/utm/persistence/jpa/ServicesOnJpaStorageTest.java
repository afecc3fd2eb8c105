package kz.utm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kz.utm.core.UtmCore;
import kz.utm.core.common.Audit;
import kz.utm.core.common.CommandValidator;
import kz.utm.core.common.ConflictException;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.RegisterDrone;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.FlightPlanStatus;
import kz.utm.core.organization.Organization;
import kz.utm.core.organization.RegisterOrganization;
import kz.utm.core.telemetry.ReportTelemetry;
import kz.utm.core.telemetry.TelemetryInput;
import kz.utm.core.telemetry.TelemetryPoint;
import kz.utm.core.testing.MutableClock;
import kz.utm.core.testing.World;
import kz.utm.core.user.Argon2PasswordHasher;
import kz.utm.core.user.CreateUser;
import kz.utm.core.user.PasswordHasher;
import kz.utm.core.user.RegisterSoloPilot;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;

/**
 * utm-core's services over {@link JpaStorage}: a flight walked through the whole workflow, and
 * telemetry reported concurrently for one drone, each command one unit of work.
 */
class ServicesOnJpaStorageTest {

    private static final PasswordHasher CHEAP_HASHER = Argon2PasswordHasher.withCost(8, 1, 1);
    private static final CommandValidator VALIDATOR = CommandValidator.withDefaultProvider();
    private static final Instant START = Instant.parse("2026-06-01T06:00:00Z");
    private static final Instant EVER = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant NEVER = Instant.parse("2100-01-01T00:00:00Z");

    private static UtmCore utm(JpaStorage storage, MutableClock clock) {
        return UtmCore.builder().storage(storage).clock(clock).passwordHasher(CHEAP_HASHER).validator(VALIDATOR)
                .build();
    }

    private static User authority(JpaStorage storage) {
        return storage.users().insert(new User(storage.users().nextId(), "Aviation Authority", "authority@caa.example.kz",
                Optional.empty(), Optional.empty(), CHEAP_HASHER.hash(World.PASSWORD), UserRole.AUTHORITY_ADMIN,
                Optional.empty(), true, 0, Audit.createdAt(START)));
    }

    private static TelemetryInput at(Instant timestamp, double latitude) {
        return new TelemetryInput(timestamp, latitude, 76.889, 120, Optional.of(12.5), Optional.of(45.0),
                Optional.empty());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOrganizationFlightGoesFromSubmissionToCompletionWithItsTelemetry(TestDatabase database) {
        JpaStorage storage = database.cleanStorage();
        MutableClock clock = new MutableClock(START);
        UtmCore utm = utm(storage, clock);
        User authority = authority(storage);
        Organization organization = utm.organizations().register(authority.id(),
                new RegisterOrganization("Aerial Works", World.validBin(1), "1 Abay Avenue", "Almaty"));
        User admin = utm.users().createUser(authority.id(), new CreateUser("Organization Admin",
                "Admin@Aerial.example.kz", Optional.empty(), Optional.empty(), World.PASSWORD,
                UserRole.ORGANIZATION_ADMIN, Optional.of(organization.id())));
        User pilot = utm.users().createUser(admin.id(), new CreateUser("Organization Pilot", "pilot@aerial.example.kz",
                Optional.of("+77011234567"), Optional.empty(), World.PASSWORD, UserRole.ORGANIZATION_PILOT,
                Optional.of(organization.id())));
        Drone drone = utm.drones().register(admin.id(), new RegisterDrone("DJI", "Matrice 350", "SN-0001",
                Optional.of(organization.id())));
        utm.drones().assign(admin.id(), pilot.id(), drone.id());
        Instant departure = START.plus(Duration.ofHours(2));

        FlightPlan submitted = utm.flightPlans().submit(pilot.id(), World.plan(drone.id(), departure,
                Duration.ofMinutes(30)));
        assertThatThrownBy(() -> utm.flightPlans().submit(pilot.id(), World.plan(drone.id(),
                departure.plus(Duration.ofMinutes(10)), Duration.ofMinutes(30))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.STATE));
        utm.flightPlans().approveByOrganization(admin.id(), submitted.id());
        utm.flightPlans().approveByAuthority(authority.id(), submitted.id());
        clock.set(departure);
        FlightPlan active = utm.flightPlans().activate(pilot.id(), submitted.id());
        List<TelemetryPoint> reported = utm.telemetry().report(pilot.id(), new ReportTelemetry(drone.id(),
                List.of(at(departure.plusSeconds(60), 43.24), at(departure.plusSeconds(30), 43.23))));
        clock.advance(Duration.ofMinutes(25));
        FlightPlan completed = utm.flightPlans().complete(pilot.id(), submitted.id());

        assertThat(submitted.status()).isEqualTo(FlightPlanStatus.PENDING_ORG_APPROVAL);
        assertThat(active.status()).isEqualTo(FlightPlanStatus.ACTIVE);
        assertThat(storage.flightPlans().findAll()).containsExactly(completed);
        assertThat(completed.status()).isEqualTo(FlightPlanStatus.COMPLETED);
        assertThat(completed.approvedByOrganizationAdminId()).contains(admin.id());
        assertThat(completed.approvedByAuthorityAdminId()).contains(authority.id());
        assertThat(completed.actualDepartureTime()).contains(departure);
        assertThat(completed.waypoints()).hasSize(3);
        assertThat(storage.users().findByEmail("admin@aerial.example.kz")).contains(admin);
        assertThat(storage.telemetry().findByDrone(drone.id(), EVER, NEVER, 10))
                .containsExactly(reported.get(1), reported.get(0))
                .allSatisfy(point -> assertThat(point.flightPlanId()).contains(submitted.id()));
        Drone seen = storage.drones().findById(drone.id()).orElseThrow();
        assertThat(seen.lastTelemetryId()).contains(reported.get(0).id());
        assertThat(seen.lastSeenAt()).contains(departure.plusSeconds(60));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void concurrentReportsOfOneDroneAreAllStoredAndItsLastSeenPointIsTheNewest(TestDatabase database)
            throws Exception {
        JpaStorage storage = database.cleanStorage();
        MutableClock clock = new MutableClock(START);
        UtmCore utm = utm(storage, clock);
        User pilot = utm.users().registerSoloPilot(new RegisterSoloPilot("Solo Pilot", "solo@pilots.example.kz",
                Optional.empty(), Optional.empty(), World.PASSWORD));
        Drone drone = utm.drones().register(pilot.id(), new RegisterDrone("Autel", "EVO II", "SN-0002",
                Optional.empty()));
        int reporters = 4;
        int batches = 5;
        CyclicBarrier start = new CyclicBarrier(reporters);
        ExecutorService pool = Executors.newFixedThreadPool(reporters);
        List<CompletableFuture<List<TelemetryPoint>>> reports = new ArrayList<>();
        try {
            for (int r = 0; r < reporters; r++) {
                int reporter = r;
                reports.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    List<TelemetryPoint> stored = new ArrayList<>();
                    for (int b = 0; b < batches; b++) {
                        // Timestamps interleave across reporters, so batches arrive out of time order.
                        Instant timestamp = START.minusSeconds(1_000 - (b * reporters + reporter) * 10L);
                        stored.addAll(utm.telemetry().report(pilot.id(), new ReportTelemetry(drone.id(),
                                List.of(at(timestamp, 43.2), at(timestamp.plusSeconds(1), 43.3)))));
                    }
                    return stored;
                }, pool));
            }
            List<TelemetryPoint> all = new ArrayList<>();
            for (CompletableFuture<List<TelemetryPoint>> report : reports) {
                all.addAll(report.get(60, TimeUnit.SECONDS));
            }

            TelemetryPoint newest = all.stream().max(Comparator.comparing(TelemetryPoint::timestamp)).orElseThrow();
            assertThat(storage.telemetry().findByDrone(drone.id(), EVER, NEVER, 1_000))
                    .hasSize(reporters * batches * 2)
                    .containsExactlyInAnyOrderElementsOf(all);
            Drone seen = storage.drones().findById(drone.id()).orElseThrow();
            assertThat(seen.lastSeenAt()).contains(newest.timestamp());
            assertThat(seen.lastTelemetryId()).contains(newest.id());
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(TelemetryWay.class)
    void aLateBatchIsStoredWholeButNeverMovesTheDronesLastPointBack(TelemetryWay way) {
        JpaStorage storage = way.cleanStorage();
        MutableClock clock = new MutableClock(START);
        UtmCore utm = utm(storage, clock);
        User pilot = utm.users().registerSoloPilot(new RegisterSoloPilot("Solo Pilot", "late@pilots.example.kz",
                Optional.empty(), Optional.empty(), World.PASSWORD));
        Drone drone = utm.drones().register(pilot.id(), new RegisterDrone("Autel", "EVO II", "SN-0003",
                Optional.empty()));
        List<TelemetryInput> recent = new ArrayList<>();
        List<TelemetryInput> late = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            recent.add(at(START.minusSeconds(1_000 - i), 43.2));
            late.add(at(START.minusSeconds(5_000 - i), 43.1));
        }

        List<TelemetryPoint> first = utm.telemetry().report(pilot.id(), new ReportTelemetry(drone.id(), recent));
        Drone afterFirst = storage.drones().findById(drone.id()).orElseThrow();
        List<TelemetryPoint> second = utm.telemetry().report(pilot.id(), new ReportTelemetry(drone.id(), late));

        assertThat(storage.telemetry().findByDrone(drone.id(), EVER, NEVER, 10_000)).hasSize(2_000)
                .startsWith(second.get(0)).endsWith(first.get(999));
        Drone seen = storage.drones().findById(drone.id()).orElseThrow();
        assertThat(seen.lastTelemetryId()).contains(first.get(999).id());
        assertThat(seen.lastSeenAt()).contains(START.minusSeconds(1));
        assertThat(seen).isEqualTo(afterFirst);
        assertThat(first).extracting(TelemetryPoint::id).isSorted().doesNotContainAnyElementsOf(
                second.stream().map(TelemetryPoint::id).toList());
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the reporters did not meet", e);
        }
    }
}
