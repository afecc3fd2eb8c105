package kz.utm.core.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.utm.core.UtmCore;
import kz.utm.core.common.Audit;
import kz.utm.core.common.CommandValidator;
import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.ValidationException;
import kz.utm.core.common.constraints.KazakhIdChecksum;
import kz.utm.core.memory.InMemoryStorage;
import kz.utm.core.user.Argon2PasswordHasher;
import kz.utm.core.user.PasswordHasher;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;

/**
 * The organization commands refuse bad input naming each offending field at once, and store and
 * publish nothing.
 */
class OrganizationServiceBadInputTest {

    private static final CommandValidator VALIDATOR = CommandValidator.withDefaultProvider();
    private static final PasswordHasher HASHER = Argon2PasswordHasher.withCost(8, 1, 1);
    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    private final UtmCore utm = UtmCore.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .eventPublisher(events::add).passwordHasher(HASHER).validator(VALIDATOR).build();

    private User authority;
    private Organization organization;
    private List<Organization> before;

    @BeforeEach
    void setUp() {
        authority = storage.users().insert(new User(storage.users().nextId(), "Civil Aviation Committee",
                "authority@caa.kz", Optional.empty(), Optional.empty(), HASHER.hash("authority-password"),
                UserRole.AUTHORITY_ADMIN, Optional.empty(), true, 0, Audit.createdAt(NOW)));
        organization = utm.organizations().register(authority.id(),
                new RegisterOrganization("Sky Survey LLP", bin(1), "1 Abay Ave", "Almaty"));
        before = storage.organizations().findAll();
        events.clear();
    }

    @Test
    void registrationNamesEveryBadFieldAtOnce() {
        ValidationException error = invalid(() -> utm.organizations().register(authority.id(),
                new RegisterOrganization(" ", "12345", "", "c".repeat(101))));

        assertThat(error.fields()).containsExactly("bin", "city", "companyAddress", "name");
        assertNothingChanged();
    }

    @Test
    void registrationNamesNullFields() {
        ValidationException error = invalid(() -> utm.organizations().register(authority.id(),
                new RegisterOrganization(null, null, null, null)));

        assertThat(error.fields()).containsExactly("bin", "city", "companyAddress", "name");
        assertNothingChanged();
    }

    @Test
    void registrationRefusesABinWithAWrongCheckDigit() {
        String valid = bin(2);
        String wrong = valid.substring(0, 11) + ((valid.charAt(11) - '0' + 1) % 10);

        ValidationException error = invalid(() -> utm.organizations().register(authority.id(),
                new RegisterOrganization("Steppe Drones", wrong, "2 Dostyk Ave", "Astana")));

        assertThat(error.fields()).containsExactly("bin");
        assertNothingChanged();
    }

    @Test
    void registrationRefusesABinWhoseEntityTypeDigitIsWrongEvenWithARightCheckDigit() {
        // Digit 5 is the entity type, 4 to 6; a 1 there is an individual's pattern, not a BIN.
        String body = "0101100000";
        String wrongType = null;
        for (int k = 0; wrongType == null; k++) {
            String candidate = body + k;
            OptionalInt check = KazakhIdChecksum.checkDigit(candidate);
            if (check.isPresent()) {
                wrongType = candidate + check.getAsInt();
            }
        }
        String bin = wrongType;

        ValidationException error = invalid(() -> utm.organizations().register(authority.id(),
                new RegisterOrganization("Steppe Drones", bin, "2 Dostyk Ave", "Astana")));

        assertThat(error.fields()).containsExactly("bin");
        assertNothingChanged();
    }

    @Test
    void registrationRefusesOverlongValues() {
        ValidationException error = invalid(() -> utm.organizations().register(authority.id(),
                new RegisterOrganization("n".repeat(256), bin(3), "a".repeat(501), "Almaty")));

        assertThat(error.fields()).containsExactly("companyAddress", "name");
        assertNothingChanged();
    }

    @Test
    void updateNamesEveryBadFieldAtOnceAndKeepsTheStoredDetails() {
        ValidationException error = invalid(() -> utm.organizations().update(authority.id(), organization.id(),
                new UpdateOrganization("", "  ", "c".repeat(101))));

        assertThat(error.fields()).containsExactly("city", "companyAddress", "name");
        assertNothingChanged();
    }

    @Test
    void updateNamesNullFields() {
        ValidationException error = invalid(() -> utm.organizations().update(authority.id(), organization.id(),
                new UpdateOrganization(null, null, null)));

        assertThat(error.fields()).containsExactly("city", "companyAddress", "name");
        assertNothingChanged();
    }

    private void assertNothingChanged() {
        assertThat(storage.organizations().findAll()).isEqualTo(before);
        assertThat(events).isEmpty();
    }

    private static ValidationException invalid(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        return (ValidationException) thrown;
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
