package kz.utm.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import kz.utm.core.UtmCore;
import kz.utm.core.common.Audit;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.ValidationException;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.RegisterDrone;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.SubmitFlightPlan;
import kz.utm.core.flightplan.WaypointInput;
import kz.utm.core.memory.InMemoryStorage;
import kz.utm.core.user.Argon2PasswordHasher;
import kz.utm.core.user.PasswordHasher;
import kz.utm.core.user.RegisterSoloPilot;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;

/**
 * How the telemetry service drives a {@link ConformanceMonitor}: every point assessed and stored
 * with the monitor's status instead of the reporter's, then the stored batch handed over once,
 * oldest first; and without a monitor, the reporter's message kept.
 */
class TelemetryConformanceWiringTest {

    private static final PasswordHasher HASHER = Argon2PasswordHasher.withCost(8, 1, 1);
    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");
    private static final Instant T = Instant.parse("2025-06-01T08:00:00Z");

    private final RecordingMonitor monitor = new RecordingMonitor();

    @Test
    void eachPointIsStoredWithTheMonitorsStatusInsteadOfTheReporters() {
        Fixture f = new Fixture(Optional.of(monitor));

        List<TelemetryPoint> stored = f.report(input(20, 100, "ON_SCHEDULE"), input(10, 10, "all good"),
                input(30, 50, null));

        assertThat(stored).extracting(p -> p.statusMessage().orElseThrow())
                .containsExactly("NFZ_ALERT", "ON_SCHEDULE", "OFF_ROUTE");
        assertThat(f.storage.telemetry().findByDrone(f.drone.id(), T, NOW, 10))
                .extracting(TelemetryPoint::timestamp, p -> p.statusMessage().orElseThrow())
                .containsExactly(tuple(at(10), "ON_SCHEDULE"),
                        tuple(at(20), "NFZ_ALERT"),
                        tuple(at(30), "OFF_ROUTE"));
    }

    @Test
    void everyPointIsAssessedWithItsDronePositionAndAltitude() {
        Fixture f = new Fixture(Optional.of(monitor));

        f.report(input(20, 100, null), input(10, 10, null));

        assertThat(monitor.assessed).containsExactly(
                new Assessed(f.drone.id(), Optional.empty(), GeoPoint.of(43.2, 76.9), 100),
                new Assessed(f.drone.id(), Optional.empty(), GeoPoint.of(43.2, 76.9), 10));
    }

    @Test
    void theStoredBatchIsHandedToTheMonitorOnceOldestFirst() {
        Fixture f = new Fixture(Optional.of(monitor));

        List<TelemetryPoint> stored = f.report(input(30, 10, null), input(10, 100, null), input(20, 50, null));

        assertThat(monitor.recorded).singleElement().satisfies(call -> {
            assertThat(call.points()).containsExactlyElementsOf(
                    stored.stream().sorted(Comparator.comparing(TelemetryPoint::timestamp)).toList());
            assertThat(call.activePlan()).isEmpty();
        });
        f.report(input(40, 10, null));
        assertThat(monitor.recorded).hasSize(2);
    }

    @Test
    void theMonitorSeesTheActivePlanWhenThereIsOne() {
        Fixture f = new Fixture(Optional.of(monitor));
        FlightPlan plan = f.utm.flightPlans().submit(f.pilot.id(), new SubmitFlightPlan(f.drone.id(),
                NOW.plus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(2)), Optional.empty(),
                List.of(new WaypointInput(0, 43.2, 76.8, 50), new WaypointInput(1, 43.21, 76.81, 60))));
        f.utm.flightPlans().approveByAuthority(f.authority.id(), plan.id());
        FlightPlan active = f.utm.flightPlans().activate(f.pilot.id(), plan.id());

        List<TelemetryPoint> stored = f.report(input(10, 10, null));

        assertThat(monitor.assessed).singleElement()
                .satisfies(a -> assertThat(a.activePlan()).contains(active));
        assertThat(monitor.recorded).singleElement().satisfies(call -> {
            assertThat(call.activePlan()).contains(active);
            assertThat(call.points()).isEqualTo(stored);
        });
        assertThat(stored.get(0).flightPlanId()).contains(plan.id());
    }

    @Test
    void aRejectedBatchNeverReachesTheMonitor() {
        Fixture f = new Fixture(Optional.of(monitor));

        assertThatThrownBy(() -> f.report(new TelemetryInput(at(1), 91, 76.9, 10, Optional.empty(),
                Optional.empty(), Optional.empty()))).isInstanceOf(ValidationException.class);

        assertThat(monitor.assessed).isEmpty();
        assertThat(monitor.recorded).isEmpty();
    }

    @Test
    void withoutAMonitorTheReportersMessageIsKept() {
        Fixture f = new Fixture(Optional.empty());

        List<TelemetryPoint> stored = f.report(input(10, 100, "all good"), input(20, 10, null),
                input(30, 50, "ON_SCHEDULE"));

        assertThat(stored).extracting(TelemetryPoint::statusMessage)
                .containsExactly(Optional.of("all good"), Optional.empty(), Optional.of("ON_SCHEDULE"));
        assertThat(monitor.assessed).isEmpty();
    }

    // ---- fixture ---------------------------------------------------------------------------

    /** A point over Almaty, {@code minutes} after T, at the given altitude. */
    private static TelemetryInput input(int minutes, double altitude, String message) {
        return new TelemetryInput(at(minutes), 43.2, 76.9, altitude, Optional.empty(), Optional.empty(),
                Optional.ofNullable(message));
    }

    private static Instant at(int minutes) {
        return T.plus(Duration.ofMinutes(minutes));
    }

    /** A core with an authority, and a solo pilot with a drone. */
    private static final class Fixture {

        final InMemoryStorage storage = new InMemoryStorage();
        final UtmCore utm;
        final User authority;
        final User pilot;
        final Drone drone;

        Fixture(Optional<ConformanceMonitor> monitor) {
            UtmCore.Builder builder = UtmCore.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .passwordHasher(HASHER);
            monitor.ifPresent(builder::conformanceMonitor);
            utm = builder.build();
            authority = storage.users().insert(new User(storage.users().nextId(), "Civil Aviation Committee",
                    "authority@caa.kz", Optional.empty(), Optional.empty(), HASHER.hash("authority-password"),
                    UserRole.AUTHORITY_ADMIN, Optional.empty(), true, 0, Audit.createdAt(NOW)));
            pilot = utm.users().registerSoloPilot(new RegisterSoloPilot("solo", "solo@pilots.kz", Optional.empty(),
                    Optional.empty(), "password-123"));
            drone = utm.drones().register(pilot.id(), new RegisterDrone("DJI", "Mavic 3", "SN-1", Optional.empty()));
        }

        List<TelemetryPoint> report(TelemetryInput... points) {
            return utm.telemetry().report(pilot.id(), new ReportTelemetry(drone.id(), List.of(points)));
        }
    }

    private record Assessed(DroneId drone, Optional<FlightPlan> activePlan, GeoPoint position, double altitudeM) {
    }

    private record Recorded(List<TelemetryPoint> points, Optional<FlightPlan> activePlan) {
    }

    /**
     * Records every call; judges by altitude alone: above 80 m an alert, 40 to 80 m off route,
     * below on schedule.
     */
    private static final class RecordingMonitor implements ConformanceMonitor {

        final List<Assessed> assessed = new CopyOnWriteArrayList<>();
        final List<Recorded> recorded = new CopyOnWriteArrayList<>();

        @Override
        public ConformanceStatus assess(DroneId drone, Optional<FlightPlan> activePlan, GeoPoint position,
                double altitudeM) {
            assessed.add(new Assessed(drone, activePlan, position, altitudeM));
            if (altitudeM > 80) {
                return ConformanceStatus.NFZ_ALERT;
            }
            return altitudeM >= 40 ? ConformanceStatus.OFF_ROUTE : ConformanceStatus.ON_SCHEDULE;
        }

        @Override
        public void recorded(List<TelemetryPoint> points, Optional<FlightPlan> activePlan) {
            recorded.add(new Recorded(List.copyOf(points), activePlan));
        }
    }
}
