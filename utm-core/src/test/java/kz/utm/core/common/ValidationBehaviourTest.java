package kz.utm.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kz.utm.core.UtmCore;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.RegisterDrone;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.FlightPlanStatus;
import kz.utm.core.flightplan.RejectFlightPlan;
import kz.utm.core.flightplan.SubmitFlightPlan;
import kz.utm.core.flightplan.WaypointInput;
import kz.utm.core.memory.InMemoryStorage;
import kz.utm.core.user.Argon2PasswordHasher;
import kz.utm.core.user.PasswordHasher;
import kz.utm.core.user.RegisterSoloPilot;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;
import kz.utm.core.zone.DefineZone;
import kz.utm.core.zone.ZoneGeometry;

/**
 * Bad input across the core: value objects refuse bad values when built, naming the field, and
 * the command validator names every offending field of a command at once, before any state
 * changes.
 */
class ValidationBehaviourTest {

    private static final CommandValidator VALIDATOR = CommandValidator.withDefaultProvider();
    private static final PasswordHasher HASHER = Argon2PasswordHasher.withCost(8, 1, 1);
    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");

    private static final GeoPoint A = GeoPoint.of(43.20, 76.80);
    private static final GeoPoint B = GeoPoint.of(43.20, 76.90);
    private static final GeoPoint C = GeoPoint.of(43.30, 76.90);
    private static final GeoPoint D = GeoPoint.of(43.30, 76.80);

    private static ValidationException invalid(ThrowingCallable code) {
        Throwable thrown = catchThrowable(code);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        return (ValidationException) thrown;
    }

    // ---- GeoPoint ------------------------------------------------------------------------

    @Test
    void geoPointAtLatitude91NamesLatitudeOnly() {
        ValidationException error = invalid(() -> new GeoPoint(91, 0));

        assertThat(error.fields()).containsExactly("latitude");
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 90.5, -90.000001})
    void geoPointRefusesNonFiniteOrOutOfRangeLatitude(double latitude) {
        assertThat(invalid(() -> GeoPoint.of(latitude, 10)).fields()).containsExactly("latitude");
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, 180.0001, -181})
    void geoPointRefusesNonFiniteOrOutOfRangeLongitude(double longitude) {
        assertThat(invalid(() -> GeoPoint.of(10, longitude)).fields()).containsExactly("longitude");
    }

    @Test
    void geoPointNamesBothCoordinatesWhenBothAreBad() {
        ValidationException error = invalid(() -> GeoPoint.of(Double.NaN, 200));

        assertThat(error.fields()).containsExactly("latitude", "longitude");
    }

    @Test
    void geoPointAcceptsItsInclusiveBounds() {
        assertThatNoException().isThrownBy(() -> {
            GeoPoint.of(90, 180);
            GeoPoint.of(-90, -180);
        });
    }

    // ---- ZoneGeometry.Circle -------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, 50_000.001, 1e9, Double.NaN, Double.POSITIVE_INFINITY})
    void circleRefusesARadiusThatIsNotPositiveOrAbove50Km(double radius) {
        ValidationException error = invalid(() -> new ZoneGeometry.Circle(A, radius));

        assertThat(error.fields()).containsExactly("geometry.radiusMetres");
    }

    @Test
    void circleAcceptsExactly50Km() {
        assertThat(new ZoneGeometry.Circle(A, 50_000).radiusMetres()).isEqualTo(50_000);
    }

    // ---- ZoneGeometry.Polygon ------------------------------------------------------------

    @Test
    void polygonWithAnOpenShellNamesTheShell() {
        ValidationException error = invalid(() -> ZoneGeometry.Polygon.of(List.of(A, B, C, D)));

        assertThat(error.fields()).containsExactly("geometry.shell");
    }

    @Test
    void polygonWithFewerThanFourPositionsNamesTheShell() {
        ValidationException error = invalid(() -> ZoneGeometry.Polygon.of(List.of(A, B, A)));

        assertThat(error.fields()).containsExactly("geometry.shell");
    }

    @Test
    void polygonWithABadHoleNamesThatHoleByIndex() {
        List<GeoPoint> shell = List.of(A, B, C, D, A);
        List<GeoPoint> goodHole = List.of(GeoPoint.of(43.22, 76.82), GeoPoint.of(43.22, 76.84),
                GeoPoint.of(43.24, 76.84), GeoPoint.of(43.22, 76.82));
        List<GeoPoint> openHole = List.of(GeoPoint.of(43.25, 76.85), GeoPoint.of(43.25, 76.86),
                GeoPoint.of(43.26, 76.86), GeoPoint.of(43.26, 76.85));

        assertThat(invalid(() -> new ZoneGeometry.Polygon(shell, List.of(openHole))).fields())
                .containsExactly("geometry.holes[0]");
        assertThat(invalid(() -> new ZoneGeometry.Polygon(shell, List.of(goodHole, openHole))).fields())
                .containsExactly("geometry.holes[1]");
    }

    @Test
    void polygonNamesEveryBadRingAtOnce() {
        List<GeoPoint> tinyHole = List.of(A, B, A);

        ValidationException error = invalid(() -> new ZoneGeometry.Polygon(List.of(A, B, C, D),
                List.of(tinyHole)));

        assertThat(error.fields()).containsExactlyInAnyOrder("geometry.shell", "geometry.holes[0]");
    }

    @Test
    void closedPolygonWithAClosedHoleIsAccepted() {
        List<GeoPoint> hole = List.of(GeoPoint.of(43.22, 76.82), GeoPoint.of(43.22, 76.84),
                GeoPoint.of(43.24, 76.84), GeoPoint.of(43.22, 76.82));

        ZoneGeometry.Polygon polygon = new ZoneGeometry.Polygon(List.of(A, B, C, D, A), List.of(hole));

        assertThat(polygon.holes()).hasSize(1);
        assertThat(polygon.shell()).hasSize(5);
    }

    // ---- AltitudeBand --------------------------------------------------------------------

    @Test
    void altitudeBandWhoseLowerEndIsAboveItsUpperEndNamesMaxAltitude() {
        assertThat(invalid(() -> new AltitudeBand(120, 100)).fields()).containsExactly("maxAltitudeM");
    }

    @Test
    void altitudeBandRefusesNaNEnds() {
        assertThat(invalid(() -> new AltitudeBand(Double.NaN, 100)).fields()).containsExactly("minAltitudeM");
        assertThat(invalid(() -> new AltitudeBand(0, Double.NaN)).fields()).containsExactly("maxAltitudeM");
    }

    // ---- ValidationException -------------------------------------------------------------

    @Test
    void validationExceptionSortsErrorsAndListsEachFieldOnce() {
        ValidationException error = new ValidationException(List.of(
                new FieldError("password", "too short"),
                new FieldError("email", "not an address"),
                new FieldError("password", "blank")));

        assertThat(error.fields()).containsExactly("email", "password");
        assertThat(error.errors()).extracting(FieldError::message)
                .containsExactly("not an address", "blank", "too short");
        assertThat(error.getMessage()).contains("email", "password");
    }

    // ---- commands through the validator and the services ----------------------------------

    @Test
    void rejectFlightPlanCommandNeedsAReasonOfAtMost500Characters() {
        assertThat(invalid(() -> VALIDATOR.check(new RejectFlightPlan("  "))).fields()).containsExactly("reason");
        assertThat(invalid(() -> VALIDATOR.check(new RejectFlightPlan(null))).fields()).containsExactly("reason");
        assertThat(invalid(() -> VALIDATOR.check(new RejectFlightPlan("x".repeat(501)))).fields())
                .containsExactly("reason");
        assertThatNoException().isThrownBy(() -> VALIDATOR.check(new RejectFlightPlan("x".repeat(500))));
    }

    @Test
    void rejectingAPlanWithABlankReasonNamesReasonAndLeavesThePlanPending() {
        InMemoryStorage storage = new InMemoryStorage();
        List<DomainEvent> events = new CopyOnWriteArrayList<>();
        UtmCore utm = core(storage, events);
        User authority = authority(storage);
        User pilot = utm.users().registerSoloPilot(new RegisterSoloPilot("Solo Pilot", "solo@pilots.kz",
                Optional.empty(), Optional.empty(), "password-123"));
        Drone drone = utm.drones().register(pilot.id(),
                new RegisterDrone("DJI", "Mavic 3", "SN-VALIDATION-1", Optional.empty()));
        FlightPlan plan = utm.flightPlans().submit(pilot.id(), new SubmitFlightPlan(drone.id(),
                NOW.plus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(2)), Optional.empty(),
                List.of(new WaypointInput(0, 43.2, 76.8, 50), new WaypointInput(1, 43.21, 76.81, 60))));
        events.clear();

        for (String reason : new String[] {"", "   ", null, "r".repeat(501)}) {
            ValidationException error = invalid(() -> utm.flightPlans().rejectByAuthority(authority.id(), plan.id(),
                    new RejectFlightPlan(reason)));
            assertThat(error.fields()).as("reason %s", reason).containsExactly("reason");
        }

        FlightPlan stored = storage.flightPlans().findById(plan.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(FlightPlanStatus.PENDING_AUTHORITY_APPROVAL);
        assertThat(stored.rejectionReason()).isEmpty();
        assertThat(stored.version()).isEqualTo(plan.version());
        assertThat(events).isEmpty();
    }

    @Test
    void badInputIsReportedBeforeTheActorIsEvenLookedUp() {
        InMemoryStorage storage = new InMemoryStorage();
        List<DomainEvent> events = new CopyOnWriteArrayList<>();
        UtmCore utm = core(storage, events);
        DefineZone bad = new DefineZone(" ", Optional.empty(), new ZoneGeometry.Circle(A, 500),
                Optional.of(Double.NaN), Optional.empty());

        ValidationException error = invalid(() -> utm.zones().create(UserId.of(999), bad));

        assertThat(error.fields()).containsExactly("minAltitudeM", "name");
        assertThat(storage.zones().findAll()).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void everyFieldErrorCarriesAMessage() {
        ValidationException error = invalid(() -> VALIDATOR.check(new RegisterSoloPilot(null, "x", null,
                Optional.of("1"), "1")));

        assertThat(error.fields()).containsExactly("email", "fullName", "iin", "password", "phoneNumber");
        List<String> blankMessages = new ArrayList<>();
        for (FieldError fieldError : error.errors()) {
            if (fieldError.message().isBlank()) {
                blankMessages.add(fieldError.field());
            }
        }
        assertThat(blankMessages).isEmpty();
    }

    private static UtmCore core(InMemoryStorage storage, List<DomainEvent> events) {
        return UtmCore.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .eventPublisher(events::add).passwordHasher(HASHER).validator(VALIDATOR).build();
    }

    private static User authority(InMemoryStorage storage) {
        return storage.users().insert(new User(storage.users().nextId(), "Civil Aviation Committee",
                "authority@caa.kz", Optional.empty(), Optional.empty(), HASHER.hash("authority-password"),
                UserRole.AUTHORITY_ADMIN, Optional.empty(), true, 0, Audit.createdAt(NOW)));
    }
}
