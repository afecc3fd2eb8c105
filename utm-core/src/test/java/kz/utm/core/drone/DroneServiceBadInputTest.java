package kz.utm.core.drone;

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
import kz.utm.core.common.CommandValidator;
import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.ValidationException;
import kz.utm.core.memory.InMemoryStorage;
import kz.utm.core.user.Argon2PasswordHasher;
import kz.utm.core.user.PasswordHasher;
import kz.utm.core.user.RegisterSoloPilot;
import kz.utm.core.user.User;

/** The drone commands refuse bad input naming each offending field at once, and change nothing. */
class DroneServiceBadInputTest {

    private static final CommandValidator VALIDATOR = CommandValidator.withDefaultProvider();
    private static final PasswordHasher HASHER = Argon2PasswordHasher.withCost(8, 1, 1);
    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    private final UtmCore utm = UtmCore.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .eventPublisher(events::add).passwordHasher(HASHER).validator(VALIDATOR).build();

    private User owner;
    private Drone drone;
    private List<Drone> before;

    @BeforeEach
    void setUp() {
        owner = utm.users().registerSoloPilot(new RegisterSoloPilot("Solo Owner", "owner@pilots.kz",
                Optional.empty(), Optional.empty(), "password-123"));
        drone = utm.drones().register(owner.id(), new RegisterDrone("DJI", "Mavic 3", "SN-1", Optional.empty()));
        before = storage.drones().findAll();
        events.clear();
    }

    @Test
    void registrationNamesEveryBadFieldAtOnce() {
        ValidationException error = invalid(() -> utm.drones().register(owner.id(),
                new RegisterDrone(" ", "m".repeat(101), "", null)));

        assertThat(error.fields()).containsExactly("brand", "model", "organizationId", "serialNumber");
        assertNothingChanged();
    }

    @Test
    void registrationNamesNullFields() {
        ValidationException error = invalid(() -> utm.drones().register(owner.id(),
                new RegisterDrone(null, null, null, null)));

        assertThat(error.fields()).containsExactly("brand", "model", "organizationId", "serialNumber");
        assertNothingChanged();
    }

    @Test
    void registrationRefusesAnOverlongSerialNumberBeforeLookingUpTheOrganization() {
        ValidationException error = invalid(() -> utm.drones().register(owner.id(),
                new RegisterDrone("DJI", "Mavic", "s".repeat(101), Optional.of(OrganizationId.of(404)))));

        assertThat(error.fields()).containsExactly("serialNumber");
        assertNothingChanged();
    }

    @Test
    void updateNamesEveryBadFieldAtOnceAndKeepsTheDrone() {
        ValidationException error = invalid(() -> utm.drones().update(owner.id(), drone.id(),
                new UpdateDrone("", "m".repeat(101), null)));

        assertThat(error.fields()).containsExactly("brand", "model", "status");
        assertNothingChanged();
    }

    @Test
    void updateNamesNullFields() {
        ValidationException error = invalid(() -> utm.drones().update(owner.id(), drone.id(),
                new UpdateDrone(null, null, null)));

        assertThat(error.fields()).containsExactly("brand", "model", "status");
        assertNothingChanged();
    }

    private void assertNothingChanged() {
        assertThat(storage.drones().findAll()).isEqualTo(before);
        assertThat(events).isEmpty();
    }

    private static ValidationException invalid(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        return (ValidationException) thrown;
    }
}
