package kz.utm.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import kz.utm.core.UtmCore;
import kz.utm.core.common.AccessDeniedException;
import kz.utm.core.common.Audit;
import kz.utm.core.common.CommandValidator;
import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.ValidationException;
import kz.utm.core.common.constraints.KazakhIdChecksum;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.RegisterDrone;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.SubmitFlightPlan;
import kz.utm.core.flightplan.WaypointInput;
import kz.utm.core.memory.InMemoryStorage;
import kz.utm.core.organization.Organization;
import kz.utm.core.organization.RegisterOrganization;
import kz.utm.core.user.Argon2PasswordHasher;
import kz.utm.core.user.CreateUser;
import kz.utm.core.user.PasswordHasher;
import kz.utm.core.user.RegisterSoloPilot;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;

/**
 * The telemetry service: who reports, how points are stored and tied to the active plan, how the
 * drone's last-seen fields move, and reading history back.
 */
class TelemetryServiceTest {

    private static final CommandValidator VALIDATOR = CommandValidator.withDefaultProvider();
    private static final PasswordHasher HASHER = Argon2PasswordHasher.withCost(8, 1, 1);
    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");
    private static final Instant T = Instant.parse("2025-06-01T08:00:00Z");
    private static final String PASSWORD = "password-123";

    private final InMemoryStorage storage = new InMemoryStorage();
    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    private final UtmCore utm = UtmCore.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .eventPublisher(events::add).passwordHasher(HASHER).validator(VALIDATOR).build();
    private final User authority = storage.users().insert(new User(storage.users().nextId(),
            "Civil Aviation Committee", "authority@caa.kz", Optional.empty(), Optional.empty(),
            HASHER.hash("authority-password"), UserRole.AUTHORITY_ADMIN, Optional.empty(), true, 0,
            Audit.createdAt(NOW)));

    private final User solo = soloPilot("solo");
    private final User otherSolo = soloPilot("other-solo");
    private final Drone soloDrone = utm.drones().register(solo.id(),
            new RegisterDrone("DJI", "Mavic 3", "SN-SOLO", Optional.empty()));

    private final Organization sky = utm.organizations().register(authority.id(),
            new RegisterOrganization("Sky Survey", bin(1), "1 Abay Ave", "Almaty"));
    private final User skyAdmin = member(authority, sky, "sky-admin", UserRole.ORGANIZATION_ADMIN);
    private final User skyPilot = member(skyAdmin, sky, "sky-pilot", UserRole.ORGANIZATION_PILOT);
    private final User skyPilot2 = member(skyAdmin, sky, "sky-pilot-2", UserRole.ORGANIZATION_PILOT);
    private final User unassigned = member(skyAdmin, sky, "sky-unassigned", UserRole.ORGANIZATION_PILOT);
    private final Drone skyDrone = utm.drones().register(skyAdmin.id(),
            new RegisterDrone("DJI", "Matrice 300", "SN-SKY", Optional.of(sky.id())));

    {
        utm.drones().assign(skyAdmin.id(), skyPilot.id(), skyDrone.id());
        utm.drones().assign(skyAdmin.id(), skyPilot2.id(), skyDrone.id());
    }

    // ---- storing a batch -----------------------------------------------------------------

    @Test
    void soloOwnerReportsABatchThatIsStoredAsGiven() {
        events.clear();

        List<TelemetryPoint> stored = utm.telemetry().report(solo.id(), new ReportTelemetry(soloDrone.id(), List.of(
                new TelemetryInput(at(10), 43.20, 76.90, 50, Optional.of(12.5), Optional.of(90.0),
                        Optional.of("ON_SCHEDULE")),
                new TelemetryInput(at(20), 43.21, 76.91, 55, Optional.empty(), Optional.empty(), Optional.empty()))));

        assertThat(stored).hasSize(2);
        TelemetryPoint first = stored.get(0);
        assertThat(first.droneId()).isEqualTo(soloDrone.id());
        assertThat(first.timestamp()).isEqualTo(at(10));
        assertThat(first.position()).isEqualTo(GeoPoint.of(43.20, 76.90));
        assertThat(first.altitudeM()).isEqualTo(50);
        assertThat(first.speedMps()).hasValue(12.5);
        assertThat(first.headingDegrees()).hasValue(90.0);
        assertThat(first.statusMessage()).contains("ON_SCHEDULE");
        assertThat(first.flightPlanId()).isEmpty();
        assertThat(first.createdAt()).isEqualTo(NOW);
        assertThat(stored.get(1).speedMps()).isEmpty();
        assertThat(stored.get(1).headingDegrees()).isEmpty();
        assertThat(stored.get(0).id()).isNotEqualTo(stored.get(1).id());

        assertThat(storage.telemetry().findByDrone(soloDrone.id(), T, NOW, 100)).containsExactlyElementsOf(stored);
        assertThat(events).containsExactly(new TelemetryReceived(soloDrone.id(), stored, solo.id(), NOW));
    }

    @Test
    void lastSeenFollowsTheNewestPointNotTheLastOneInTheBatch() {
        List<TelemetryPoint> stored = report(solo, soloDrone, at(10), at(30), at(20));

        Drone drone = storage.drones().findById(soloDrone.id()).orElseThrow();
        assertThat(drone.lastSeenAt()).contains(at(30));
        assertThat(drone.lastTelemetryId()).contains(stored.get(1).id());
    }

    @Test
    void aLateBatchIsStoredButDoesNotMoveLastSeenBack() {
        List<TelemetryPoint> recent = report(solo, soloDrone, at(10), at(30));
        Drone afterRecent = storage.drones().findById(soloDrone.id()).orElseThrow();

        List<TelemetryPoint> late = report(solo, soloDrone, at(5), at(25));

        Drone drone = storage.drones().findById(soloDrone.id()).orElseThrow();
        assertThat(drone.lastSeenAt()).contains(at(30));
        assertThat(drone.lastTelemetryId()).contains(recent.get(1).id());
        assertThat(drone).isEqualTo(afterRecent);
        assertThat(utm.telemetry().history(solo.id(), soloDrone.id(), T, NOW, 100)).extracting(TelemetryPoint::id)
                .containsExactly(late.get(0).id(), recent.get(0).id(), late.get(1).id(), recent.get(1).id());
    }

    @Test
    void aNewerBatchMovesLastSeenForward() {
        report(solo, soloDrone, at(10));
        List<TelemetryPoint> newer = report(solo, soloDrone, at(40));

        Drone drone = storage.drones().findById(soloDrone.id()).orElseThrow();
        assertThat(drone.lastSeenAt()).contains(at(40));
        assertThat(drone.lastTelemetryId()).contains(newer.get(0).id());
    }

    @Test
    void concurrentBatchesLeaveLastSeenAtTheNewestPointOfAll() throws Exception {
        int threads = 6;
        int batchesPerThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<TelemetryPoint>>> batches = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                batches.add(pool.submit(() -> {
                    start.await();
                    List<TelemetryPoint> mine = new ArrayList<>();
                    for (int b = 0; b < batchesPerThread; b++) {
                        // Interleaved, not monotonic per thread: some batches arrive "late".
                        int minute = ((b * 7 + thread * 3) % 50) + 1;
                        mine.addAll(report(solo, soloDrone, at(minute), at(minute + 1)));
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<TelemetryPoint> all = new ArrayList<>();
            for (Future<List<TelemetryPoint>> batch : batches) {
                all.addAll(batch.get(20, TimeUnit.SECONDS));
            }

            Instant newest = all.stream().map(TelemetryPoint::timestamp).max(Instant::compareTo).orElseThrow();
            Drone drone = storage.drones().findById(soloDrone.id()).orElseThrow();
            assertThat(drone.lastSeenAt()).contains(newest);
            TelemetryPoint last = all.stream().filter(p -> p.id().equals(drone.lastTelemetryId().orElseThrow()))
                    .findFirst().orElseThrow();
            assertThat(last.timestamp()).isEqualTo(newest);
            assertThat(storage.telemetry().findByDrone(soloDrone.id(), T, NOW, 10_000))
                    .hasSize(threads * batchesPerThread * 2);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- who reports, without a plan -------------------------------------------------------

    @Test
    void withoutAPlanTheOrganizationAdminAndAssignedPilotsReport() {
        assertThat(report(skyAdmin, skyDrone, at(1))).hasSize(1);
        assertThat(report(skyPilot, skyDrone, at(2))).hasSize(1);
        assertThat(report(skyPilot2, skyDrone, at(3))).hasSize(1);

        assertThat(storage.telemetry().findByDrone(skyDrone.id(), T, NOW, 100)).hasSize(3)
                .allSatisfy(p -> assertThat(p.flightPlanId()).isEmpty());
    }

    @Test
    void strangersCannotReportForADroneTheyCannotSee() {
        events.clear();

        assertThatThrownBy(() -> report(otherSolo, soloDrone, at(1))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> report(unassigned, skyDrone, at(1))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> report(skyAdmin, soloDrone, at(1))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> report(solo, new DroneRef(DroneId.of(999)), at(1)))
                .isInstanceOf(NotFoundException.class);

        assertThat(storage.telemetry().findByDrone(soloDrone.id(), T, NOW, 100)).isEmpty();
        assertThat(storage.telemetry().findByDrone(skyDrone.id(), T, NOW, 100)).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void theAuthorityReadsButDoesNotReport() {
        assertThatThrownBy(() -> report(authority, soloDrone, at(1))).isInstanceOf(AccessDeniedException.class);
        report(solo, soloDrone, at(1));

        assertThat(utm.telemetry().history(authority.id(), soloDrone.id(), T, NOW, 10)).hasSize(1);
    }

    @Test
    void aDeletedDroneTakesNoTelemetry() {
        utm.drones().delete(solo.id(), soloDrone.id());

        assertThatThrownBy(() -> report(solo, soloDrone, at(1))).isInstanceOf(NotFoundException.class);
        assertThat(storage.telemetry().findByDrone(soloDrone.id(), T, NOW, 100)).isEmpty();
    }

    // ---- with an active plan ---------------------------------------------------------------

    @Test
    void pointsReportedDuringAnActivePlanAreTiedToIt() {
        FlightPlan plan = utm.flightPlans().submit(solo.id(), plan(soloDrone.id()));
        utm.flightPlans().approveByAuthority(authority.id(), plan.id());
        utm.flightPlans().activate(solo.id(), plan.id());

        List<TelemetryPoint> stored = report(solo, soloDrone, at(10), at(11));

        assertThat(stored).allSatisfy(p -> assertThat(p.flightPlanId()).contains(plan.id()));
    }

    @Test
    void pointsReportedBeforeActivationOrAfterCompletionAreNotTiedToThePlan() {
        FlightPlan plan = utm.flightPlans().submit(solo.id(), plan(soloDrone.id()));
        utm.flightPlans().approveByAuthority(authority.id(), plan.id());
        List<TelemetryPoint> before = report(solo, soloDrone, at(1));
        utm.flightPlans().activate(solo.id(), plan.id());
        utm.flightPlans().complete(solo.id(), plan.id());

        List<TelemetryPoint> after = report(solo, soloDrone, at(2));

        assertThat(before.get(0).flightPlanId()).isEmpty();
        assertThat(after.get(0).flightPlanId()).isEmpty();
    }

    @Test
    void whileAPlanIsActiveOnlyItsSubmitterReports() {
        FlightPlan plan = utm.flightPlans().submit(skyPilot.id(), plan(skyDrone.id()));
        utm.flightPlans().approveByOrganization(skyAdmin.id(), plan.id());
        utm.flightPlans().approveByAuthority(authority.id(), plan.id());
        utm.flightPlans().activate(skyPilot.id(), plan.id());
        events.clear();

        assertThatThrownBy(() -> report(skyAdmin, skyDrone, at(1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report(skyPilot2, skyDrone, at(1))).isInstanceOf(AccessDeniedException.class);
        assertThat(storage.telemetry().findByDrone(skyDrone.id(), T, NOW, 100)).isEmpty();
        assertThat(storage.drones().findById(skyDrone.id()).orElseThrow().lastSeenAt()).isEmpty();
        assertThat(events).isEmpty();

        List<TelemetryPoint> stored = report(skyPilot, skyDrone, at(2));
        assertThat(stored).singleElement().satisfies(p -> assertThat(p.flightPlanId()).contains(plan.id()));
    }

    @Test
    void afterTheActivePlanIsCancelledTheAdminReportsAgain() {
        FlightPlan plan = utm.flightPlans().submit(skyPilot.id(), plan(skyDrone.id()));
        utm.flightPlans().approveByOrganization(skyAdmin.id(), plan.id());
        utm.flightPlans().approveByAuthority(authority.id(), plan.id());
        utm.flightPlans().activate(skyPilot.id(), plan.id());
        utm.flightPlans().cancelByAdmin(skyAdmin.id(), plan.id());

        assertThat(report(skyAdmin, skyDrone, at(3))).singleElement()
                .satisfies(p -> assertThat(p.flightPlanId()).isEmpty());
    }

    // ---- history ---------------------------------------------------------------------------

    @Test
    void historyIsTheHalfOpenWindowOldestFirst() {
        List<TelemetryPoint> stored = report(solo, soloDrone, at(30), at(10), at(20), at(40));

        List<TelemetryPoint> window = utm.telemetry().history(solo.id(), soloDrone.id(), at(10), at(30), 100);

        assertThat(window).extracting(TelemetryPoint::timestamp).containsExactly(at(10), at(20));
        assertThat(window).extracting(TelemetryPoint::id).containsExactly(stored.get(1).id(), stored.get(2).id());
    }

    @Test
    void historyStopsAtTheLimit() {
        report(solo, soloDrone, at(10), at(20), at(30), at(40));

        assertThat(utm.telemetry().history(solo.id(), soloDrone.id(), T, NOW, 2))
                .extracting(TelemetryPoint::timestamp).containsExactly(at(10), at(20));
        assertThat(utm.telemetry().history(solo.id(), soloDrone.id(), T, NOW, 1))
                .extracting(TelemetryPoint::timestamp).containsExactly(at(10));
    }

    @Test
    void anEmptyWindowIsEmptyAndAnInvertedOneIsRefused() {
        report(solo, soloDrone, at(10));

        assertThat(utm.telemetry().history(solo.id(), soloDrone.id(), at(10), at(10), 10)).isEmpty();
        assertThatThrownBy(() -> utm.telemetry().history(solo.id(), soloDrone.id(), at(20), at(5), 10))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fields()).containsExactly("to"));
    }

    @Test
    void pointsStampedTooFarAheadOfTheClockAreRefusedAndNothingIsStored() {
        Instant fine = NOW.plus(TelemetryService.MAX_CLOCK_AHEAD);
        Instant tooLate = fine.plusSeconds(1);

        assertThatThrownBy(() -> report(solo, soloDrone, at(10), tooLate, fine, tooLate))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields())
                        .containsExactly("points[1].timestamp", "points[3].timestamp"));
        assertThat(storage.telemetry().findByDrone(soloDrone.id(), T, NOW.plusSeconds(3600), 100)).isEmpty();
        assertThat(report(solo, soloDrone, fine)).hasSize(1);
    }

    @Test
    void historyRefusesABadWindowAndLimitNamingEachField() {
        assertThatThrownBy(() -> utm.telemetry().history(solo.id(), soloDrone.id(), NOW, T, 0))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fields()).containsExactly("limit", "to"));
        assertThatThrownBy(() -> utm.telemetry().history(solo.id(), soloDrone.id(), null, NOW,
                        TelemetryService.MAX_HISTORY + 1))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fields()).containsExactly("from", "limit"));
    }

    @Test
    void historyIsReadByWhoeverMayReadTheDrone() {
        report(skyPilot, skyDrone, at(10));

        assertThat(utm.telemetry().history(skyAdmin.id(), skyDrone.id(), T, NOW, 10)).hasSize(1);
        assertThat(utm.telemetry().history(skyPilot2.id(), skyDrone.id(), T, NOW, 10)).hasSize(1);
        assertThat(utm.telemetry().history(authority.id(), skyDrone.id(), T, NOW, 10)).hasSize(1);
        assertThatThrownBy(() -> utm.telemetry().history(unassigned.id(), skyDrone.id(), T, NOW, 10))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> utm.telemetry().history(solo.id(), skyDrone.id(), T, NOW, 10))
                .isInstanceOf(NotFoundException.class);
    }

    // ---- fixture ---------------------------------------------------------------------------

    private record DroneRef(DroneId id) {
    }

    private List<TelemetryPoint> report(User actor, Drone drone, Instant... timestamps) {
        return report(actor, new DroneRef(drone.id()), timestamps);
    }

    private List<TelemetryPoint> report(User actor, DroneRef drone, Instant... timestamps) {
        List<TelemetryInput> points = java.util.Arrays.stream(timestamps)
                .map(t -> new TelemetryInput(t, 43.2, 76.9, 50, Optional.of(10.0), Optional.of(180.0),
                        Optional.empty()))
                .toList();
        return utm.telemetry().report(actor.id(), new ReportTelemetry(drone.id(), points));
    }

    private static Instant at(int minutes) {
        return T.plus(Duration.ofMinutes(minutes));
    }

    private static SubmitFlightPlan plan(DroneId drone) {
        return new SubmitFlightPlan(drone, NOW.plus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(2)),
                Optional.empty(), List.of(new WaypointInput(0, 43.2, 76.8, 50), new WaypointInput(1, 43.21, 76.81, 60)));
    }

    private User soloPilot(String handle) {
        return utm.users().registerSoloPilot(new RegisterSoloPilot(handle, handle + "@pilots.kz", Optional.empty(),
                Optional.empty(), PASSWORD));
    }

    private User member(User creator, Organization organization, String handle, UserRole role) {
        return utm.users().createUser(creator.id(), new CreateUser(handle, handle + "@org.kz", Optional.empty(),
                Optional.empty(), PASSWORD, role, Optional.of(organization.id())));
    }

    private static String bin(int n) {
        for (int k = 0; ; k++) {
            String body = String.format("010140%05d", n * 10 + k);
            OptionalInt check = KazakhIdChecksum.checkDigit(body);
            if (check.isPresent()) {
                return body + check.getAsInt();
            }
        }
    }
}
