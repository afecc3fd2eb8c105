package kz.utm.core.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.utm.core.UtmCore;
import kz.utm.core.common.Audit;
import kz.utm.core.common.CommandValidator;
import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.ValidationException;
import kz.utm.core.memory.InMemoryStorage;
import kz.utm.core.user.Argon2PasswordHasher;
import kz.utm.core.user.PasswordHasher;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;

/** Zone definitions refuse bad input naming each offending field at once, and change nothing. */
class ZoneServiceBadInputTest {

    private static final CommandValidator VALIDATOR = CommandValidator.withDefaultProvider();
    private static final PasswordHasher HASHER = Argon2PasswordHasher.withCost(8, 1, 1);
    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");
    private static final ZoneGeometry CIRCLE = new ZoneGeometry.Circle(GeoPoint.of(43.35, 77.04), 5_000);

    private final InMemoryStorage storage = new InMemoryStorage();
    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    private final UtmCore utm = UtmCore.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .eventPublisher(events::add).passwordHasher(HASHER).validator(VALIDATOR).build();

    private User authority;
    private RestrictedZone zone;
    private List<RestrictedZone> before;

    @BeforeEach
    void setUp() {
        authority = storage.users().insert(new User(storage.users().nextId(), "Civil Aviation Committee",
                "authority@caa.kz", Optional.empty(), Optional.empty(), HASHER.hash("authority-password"),
                UserRole.AUTHORITY_ADMIN, Optional.empty(), true, 0, Audit.createdAt(NOW)));
        zone = utm.zones().create(authority.id(), new DefineZone("Almaty Airport", Optional.empty(), CIRCLE,
                Optional.of(0.0), Optional.of(120.0)));
        before = storage.zones().findAll();
        events.clear();
    }

    @Test
    void creationNamesEveryBadFieldAtOnce() {
        ValidationException error = invalid(() -> utm.zones().create(authority.id(), new DefineZone(" ",
                Optional.of("d".repeat(1001)), null, Optional.of(Double.NaN),
                Optional.of(Double.POSITIVE_INFINITY))));

        assertThat(error.fields()).containsExactly("description", "geometry", "maxAltitudeM", "minAltitudeM", "name");
        assertNothingChanged();
    }

    @Test
    void aMinimumAltitudeAboveTheMaximumNamesMaxAltitude() {
        ValidationException error = invalid(() -> utm.zones().create(authority.id(), new DefineZone("Stadium",
                Optional.empty(), CIRCLE, Optional.of(150.0), Optional.of(100.0))));

        assertThat(error.fields()).containsExactly("maxAltitudeM");
        assertNothingChanged();
    }

    @Test
    void aBadBandIsNamedTogetherWithOtherBadFields() {
        ValidationException error = invalid(() -> utm.zones().create(authority.id(), new DefineZone("n".repeat(256),
                Optional.empty(), CIRCLE, Optional.of(150.0), Optional.of(100.0))));

        assertThat(error.fields()).containsExactly("maxAltitudeM", "name");
        assertNothingChanged();
    }

    @Test
    void infiniteAltitudesAreRefusedEvenWhenOrdered() {
        ValidationException error = invalid(() -> utm.zones().create(authority.id(), new DefineZone("Stadium",
                Optional.empty(), CIRCLE, Optional.of(Double.NEGATIVE_INFINITY), Optional.of(100.0))));

        assertThat(error.fields()).containsExactly("minAltitudeM");
        assertNothingChanged();
    }

    @Test
    void creationNamesNullFields() {
        ValidationException error = invalid(() -> utm.zones().create(authority.id(),
                new DefineZone(null, null, null, null, null)));

        assertThat(error.fields()).containsExactly("description", "geometry", "maxAltitudeM", "minAltitudeM", "name");
        assertNothingChanged();
    }

    @Test
    void redefinitionNamesEveryBadFieldAndKeepsTheStoredZone() {
        ValidationException error = invalid(() -> utm.zones().redefine(authority.id(), zone.id(), new DefineZone("",
                Optional.empty(), CIRCLE, Optional.of(500.0), Optional.of(-10.0))));

        assertThat(error.fields()).containsExactly("maxAltitudeM", "name");
        assertNothingChanged();
    }

    private void assertNothingChanged() {
        assertThat(storage.zones().findAll()).isEqualTo(before);
        assertThat(events).isEmpty();
    }

    private static ValidationException invalid(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        return (ValidationException) thrown;
    }
}
