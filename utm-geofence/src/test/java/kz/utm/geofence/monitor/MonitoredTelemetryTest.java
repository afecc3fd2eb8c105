package kz.utm.geofence.monitor;

import static kz.utm.core.telemetry.ConformanceStatus.NFZ_ALERT;
import static kz.utm.core.telemetry.ConformanceStatus.OFF_ROUTE;
import static kz.utm.core.telemetry.ConformanceStatus.ON_SCHEDULE;
import static kz.utm.core.telemetry.ConformanceStatus.SIGNAL_LOST;
import static kz.utm.geofence.monitor.Airspace.A_CENTRE;
import static kz.utm.geofence.monitor.Airspace.ON_PATH;
import static kz.utm.geofence.monitor.Airspace.ON_PATH_ALTITUDE;
import static kz.utm.geofence.monitor.Airspace.WP0;
import static kz.utm.geofence.monitor.Airspace.WP1;
import static kz.utm.geofence.monitor.Airspace.WP2;
import static kz.utm.geofence.monitor.Airspace.insideA;
import static kz.utm.geofence.monitor.Airspace.offset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import kz.utm.core.UtmCore;
import kz.utm.core.common.Audit;
import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.RegisterDrone;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.SubmitFlightPlan;
import kz.utm.core.flightplan.Waypoint;
import kz.utm.core.flightplan.WaypointInput;
import kz.utm.core.memory.InMemoryStorage;
import kz.utm.core.telemetry.ConformanceChanged;
import kz.utm.core.telemetry.ReportTelemetry;
import kz.utm.core.telemetry.TelemetryInput;
import kz.utm.core.telemetry.TelemetryPoint;
import kz.utm.core.user.Argon2PasswordHasher;
import kz.utm.core.user.PasswordHasher;
import kz.utm.core.user.RegisterSoloPilot;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;
import kz.utm.core.zone.DefineZone;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;
import kz.utm.geofence.Geofence;
import kz.utm.geofence.GeofenceSettings;

/**
 * The monitor plugged into utm-core as a service would: zones defined through the core reach the
 * geofence, reported telemetry is stored with the monitor's status, and the events follow.
 */
class MonitoredTelemetryTest {

    private static final PasswordHasher HASHER = Argon2PasswordHasher.withCost(8, 1, 1);
    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryStorage storage = new InMemoryStorage();
    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    private final Geofence geofence = Geofence.loadedFrom(storage.zones(), GeofenceSettings.defaults());
    private final GeofenceConformanceMonitor monitor = new GeofenceConformanceMonitor(geofence,
            ConformanceSettings.defaults(), events::add, clock);
    private final UtmCore utm = UtmCore.builder().storage(storage).clock(clock).passwordHasher(HASHER)
            .airspaceChecker(geofence).conformanceMonitor(monitor)
            .eventPublisher(geofence.reloadingOnZoneEvents(storage.zones(), events::add)).build();

    private final User authority = storage.users().insert(new User(storage.users().nextId(),
            "Civil Aviation Committee", "authority@caa.kz", Optional.empty(), Optional.empty(),
            HASHER.hash("authority-password"), UserRole.AUTHORITY_ADMIN, Optional.empty(), true, 0,
            Audit.createdAt(NOW)));
    private final User pilot = utm.users().registerSoloPilot(new RegisterSoloPilot("solo", "solo@pilots.kz",
            Optional.empty(), Optional.empty(), "password-123"));
    private final Drone drone = utm.drones().register(pilot.id(),
            new RegisterDrone("DJI", "Mavic 3", "SN-1", Optional.empty()));
    private final RestrictedZone airport = utm.zones().create(authority.id(), new DefineZone("Airport",
            Optional.empty(), new ZoneGeometry.Circle(A_CENTRE, 500), Optional.of(0.0), Optional.of(120.0)));

    @Test
    void telemetryIntoAZoneIsStoredAsAnAlertWhateverTheReporterSaidAndRaisesOneEvent() {
        events.clear();

        List<TelemetryPoint> stored = report(input(1, ON_PATH, 60), input(2, insideA(), 60),
                input(3, offset(insideA(), 20, 0), 65));
        report(input(4, offset(insideA(), 40, 0), 70));

        assertThat(stored).extracting(p -> p.statusMessage().orElseThrow())
                .containsExactly("ON_SCHEDULE", "NFZ_ALERT", "NFZ_ALERT");
        assertThat(utm.telemetry().history(pilot.id(), drone.id(), NOW, NOW.plusSeconds(60), 10))
                .extracting(p -> p.statusMessage().orElseThrow())
                .containsExactly("ON_SCHEDULE", "NFZ_ALERT", "NFZ_ALERT", "NFZ_ALERT");
        assertThat(changes()).containsExactly(new ConformanceChanged(drone.id(), Optional.empty(), ON_SCHEDULE,
                NFZ_ALERT, List.of(airport.id()), NOW.plusSeconds(2)));
        assertThat(monitor.status(drone.id())).contains(NFZ_ALERT);
    }

    @Test
    void leavingTheActivePlansCorridorIsStoredAsOffRouteAndNamesThePlan() {
        FlightPlan plan = utm.flightPlans().submit(pilot.id(), new SubmitFlightPlan(drone.id(),
                NOW.plus(Duration.ofMinutes(10)), NOW.plus(Duration.ofHours(1)), Optional.empty(),
                List.of(waypoint(WP0), waypoint(WP1), waypoint(WP2))));
        utm.flightPlans().approveByAuthority(authority.id(), plan.id());
        utm.flightPlans().activate(pilot.id(), plan.id());
        events.clear();

        List<TelemetryPoint> stored = report(input(1, ON_PATH, ON_PATH_ALTITUDE),
                input(2, offset(ON_PATH, 200, 0), ON_PATH_ALTITUDE),
                input(3, ON_PATH, ON_PATH_ALTITUDE + 100));

        assertThat(stored).extracting(p -> p.statusMessage().orElseThrow())
                .containsExactly("ON_SCHEDULE", "OFF_ROUTE", "OFF_ROUTE");
        assertThat(changes()).singleElement().satisfies(e -> {
            assertThat(e.flightPlanId()).contains(plan.id());
            assertThat(e.to()).isEqualTo(OFF_ROUTE);
            assertThat(e.occurredAt()).isEqualTo(NOW.plusSeconds(2));
        });
    }

    @Test
    void aSilentDroneIsDeclaredLostBySweepAndRecoversWithItsNextReport() {
        report(input(0, ON_PATH, 60));
        events.clear();

        clock.advance(Duration.ofSeconds(11));
        assertThat(monitor.sweep()).isOne();
        report(new TelemetryInput(clock.instant(), ON_PATH.latitude(), ON_PATH.longitude(), 60, Optional.empty(),
                Optional.empty(), Optional.empty()));

        assertThat(changes()).extracting(ConformanceChanged::from, ConformanceChanged::to)
                .containsExactly(tuple(ON_SCHEDULE, SIGNAL_LOST), tuple(SIGNAL_LOST, ON_SCHEDULE));
    }

    @Test
    void aZoneDefinedThroughTheCoreCountsFromTheNextPoint() {
        GeoPoint field = GeoPoint.of(43.10, 76.60);
        report(input(1, field, 60));

        RestrictedZone added = utm.zones().create(authority.id(), new DefineZone("Stadium", Optional.empty(),
                new ZoneGeometry.Circle(field, 300), Optional.empty(), Optional.empty()));
        report(input(2, field, 60));

        assertThat(changes()).singleElement().satisfies(e -> {
            assertThat(e.to()).isEqualTo(NFZ_ALERT);
            assertThat(e.zones()).containsExactly(added.id());
        });
    }

    private List<TelemetryPoint> report(TelemetryInput... points) {
        return utm.telemetry().report(pilot.id(), new ReportTelemetry(drone.id(), List.of(points)));
    }

    /** A point {@code seconds} after NOW whose reporter claims all is well. */
    private static TelemetryInput input(int seconds, GeoPoint position, double altitude) {
        return new TelemetryInput(NOW.plusSeconds(seconds), position.latitude(), position.longitude(), altitude,
                Optional.of(12.0), Optional.of(90.0), Optional.of("ALL GOOD"));
    }

    private static WaypointInput waypoint(Waypoint waypoint) {
        return new WaypointInput(waypoint.sequenceOrder(), waypoint.position().latitude(),
                waypoint.position().longitude(), waypoint.altitudeM());
    }

    private List<ConformanceChanged> changes() {
        return events.stream().filter(ConformanceChanged.class::isInstance).map(ConformanceChanged.class::cast)
                .toList();
    }
}
