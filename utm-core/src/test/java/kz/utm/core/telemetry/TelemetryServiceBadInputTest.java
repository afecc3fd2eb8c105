package kz.utm.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.utm.core.UtmCore;
import kz.utm.core.common.CommandValidator;
import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.ValidationException;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.RegisterDrone;
import kz.utm.core.memory.InMemoryStorage;
import kz.utm.core.user.Argon2PasswordHasher;
import kz.utm.core.user.PasswordHasher;
import kz.utm.core.user.RegisterSoloPilot;
import kz.utm.core.user.User;

/**
 * A telemetry batch with bad points is refused whole, naming every offending point field by its
 * index, and nothing is stored.
 */
class TelemetryServiceBadInputTest {

    private static final CommandValidator VALIDATOR = CommandValidator.withDefaultProvider();
    private static final PasswordHasher HASHER = Argon2PasswordHasher.withCost(8, 1, 1);
    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    private final UtmCore utm = UtmCore.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .eventPublisher(events::add).passwordHasher(HASHER).validator(VALIDATOR).build();

    private User owner;
    private Drone drone;

    @BeforeEach
    void setUp() {
        owner = utm.users().registerSoloPilot(new RegisterSoloPilot("Solo Owner", "owner@pilots.kz",
                Optional.empty(), Optional.empty(), "password-123"));
        drone = utm.drones().register(owner.id(), new RegisterDrone("DJI", "Mavic 3", "SN-1", Optional.empty()));
        events.clear();
    }

    @Test
    void aBatchNamesEveryBadFieldOfEveryPointByIndex() {
        List<TelemetryInput> points = Arrays.asList(
                point(NOW, 43.2, 76.9),
                new TelemetryInput(NOW, 43.2, 76.9, 50, Optional.of(-1.0), Optional.of(360.0), Optional.empty()),
                new TelemetryInput(null, 90.5, Double.NaN, Double.POSITIVE_INFINITY, Optional.of(5.0),
                        Optional.of(90.0), Optional.of("ON_SCHEDULE")),
                new TelemetryInput(NOW, -43.2, -181, Double.NEGATIVE_INFINITY, Optional.of(Double.NaN),
                        Optional.of(-0.5), Optional.of("s".repeat(256))),
                new TelemetryInput(NOW, 43.2, 76.9, 50, null, null, null),
                null);

        ValidationException error = invalid(() -> utm.telemetry().report(owner.id(),
                new ReportTelemetry(drone.id(), points)));

        assertThat(error.fields()).containsExactlyInAnyOrder(
                "points[1].headingDegrees", "points[1].speedMps",
                "points[2].altitudeM", "points[2].latitude", "points[2].longitude", "points[2].timestamp",
                "points[3].altitudeM", "points[3].headingDegrees", "points[3].longitude", "points[3].speedMps",
                "points[3].statusMessage",
                "points[4].headingDegrees", "points[4].speedMps", "points[4].statusMessage",
                "points[5]");
        assertNothingStored();
    }

    @Test
    void headingMayBeZeroButNot360AndLatitudeMayBe90ButNot90Point5() {
        ValidationException error = invalid(() -> utm.telemetry().report(owner.id(), new ReportTelemetry(drone.id(),
                List.of(new TelemetryInput(NOW, 90, 180, 0, Optional.of(0.0), Optional.of(0.0), Optional.empty()),
                        new TelemetryInput(NOW, 90.5, 180, 0, Optional.of(0.0), Optional.of(360.0),
                                Optional.empty())))));

        assertThat(error.fields()).containsExactly("points[1].headingDegrees", "points[1].latitude");
        assertNothingStored();
    }

    @Test
    void aMissingDroneAndAnEmptyBatchAreBothNamed() {
        ValidationException error = invalid(() -> utm.telemetry().report(owner.id(),
                new ReportTelemetry(null, List.of())));

        assertThat(error.fields()).containsExactly("droneId", "points");
        assertNothingStored();
    }

    @Test
    void nullPointsAreNamedNotANullPointerException() {
        ValidationException error = invalid(() -> utm.telemetry().report(owner.id(),
                new ReportTelemetry(drone.id(), null)));

        assertThat(error.fields()).containsExactly("points");
        assertNothingStored();
    }

    @Test
    void aBatchOfMoreThan10000PointsIsRefused() {
        List<TelemetryInput> points = new ArrayList<>(Collections.nCopies(10_001, point(NOW, 43.2, 76.9)));

        ValidationException error = invalid(() -> utm.telemetry().report(owner.id(),
                new ReportTelemetry(drone.id(), points)));

        assertThat(error.fields()).containsExactly("points");
        assertNothingStored();
    }

    @Test
    void aTimestampAheadOfTheClockIsNamedTogetherWithTheOtherBadFields() {
        Instant ahead = NOW.plus(TelemetryService.MAX_CLOCK_AHEAD).plusSeconds(1);

        ValidationException error = invalid(() -> utm.telemetry().report(owner.id(), new ReportTelemetry(drone.id(),
                List.of(point(NOW, 91, 76.9), point(ahead, 43.2, 76.9)))));

        assertThat(error.fields()).containsExactlyInAnyOrder("points[0].latitude", "points[1].timestamp");
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(storage.telemetry().findByDrone(drone.id(), Instant.EPOCH, NOW.plusSeconds(86_400), 100)).isEmpty();
        Drone stored = storage.drones().findById(drone.id()).orElseThrow();
        assertThat(stored.lastSeenAt()).isEmpty();
        assertThat(stored.lastTelemetryId()).isEmpty();
        assertThat(events).isEmpty();
    }

    private static TelemetryInput point(Instant timestamp, double latitude, double longitude) {
        return new TelemetryInput(timestamp, latitude, longitude, 50, Optional.of(10.0), Optional.of(90.0),
                Optional.empty());
    }

    private static ValidationException invalid(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        return (ValidationException) thrown;
    }
}
