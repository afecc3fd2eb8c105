package kz.utm.core.user;

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
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.ValidationException;
import kz.utm.core.common.constraints.KazakhIdChecksum;
import kz.utm.core.memory.InMemoryStorage;
import kz.utm.core.organization.Organization;
import kz.utm.core.organization.RegisterOrganization;

/**
 * Every user command refuses bad input naming each offending field at once, and stores and
 * publishes nothing.
 */
class UserServiceBadInputTest {

    private static final CommandValidator VALIDATOR = CommandValidator.withDefaultProvider();
    private static final PasswordHasher HASHER = Argon2PasswordHasher.withCost(8, 1, 1);
    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    private final UtmCore utm = UtmCore.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .eventPublisher(events::add).passwordHasher(HASHER).validator(VALIDATOR).build();

    private User authority;
    private Organization organization;
    private User pilot;
    private List<User> usersBefore;

    @BeforeEach
    void setUp() {
        authority = storage.users().insert(new User(storage.users().nextId(), "Civil Aviation Committee",
                "authority@caa.kz", Optional.empty(), Optional.empty(), HASHER.hash("authority-password"),
                UserRole.AUTHORITY_ADMIN, Optional.empty(), true, 0, Audit.createdAt(NOW)));
        organization = utm.organizations().register(authority.id(),
                new RegisterOrganization("Sky Survey LLP", bin(1), "1 Abay Ave", "Almaty"));
        pilot = utm.users().registerSoloPilot(new RegisterSoloPilot("Aigerim Solo", "aigerim@pilots.kz",
                Optional.of("+77011234567"), Optional.of(iin(1)), "password-123"));
        usersBefore = storage.users().findAll();
        events.clear();
    }

    // ---- RegisterSoloPilot ----------------------------------------------------------------

    @Test
    void registrationNamesEveryBadFieldAtOnce() {
        ValidationException error = invalid(() -> utm.users().registerSoloPilot(new RegisterSoloPilot(
                "   ", "not-an-email", Optional.of("87011234567"), Optional.of(badCheckDigit(iin(2))), "short")));

        assertThat(error.fields()).containsExactly("email", "fullName", "iin", "password", "phoneNumber");
        assertNothingChanged();
    }

    @Test
    void aRefusedPasswordIsNeverEchoedInTheError() {
        String secret = "Pw9!xq";
        ValidationException error = invalid(() -> utm.users().registerSoloPilot(new RegisterSoloPilot(
                "Valid Name", "valid@pilots.kz", Optional.empty(), Optional.empty(), secret)));

        assertThat(error.fields()).containsExactly("password");
        assertThat(error.getMessage()).doesNotContain(secret);
        assertThat(error.errors()).allSatisfy(e -> assertThat(e.message()).doesNotContain(secret));
        assertNothingChanged();
    }

    @Test
    void registrationNamesNullFieldsInsteadOfThrowingNullPointerException() {
        ValidationException error = invalid(() -> utm.users().registerSoloPilot(
                new RegisterSoloPilot(null, null, null, null, null)));

        assertThat(error.fields()).containsExactly("email", "fullName", "iin", "password", "phoneNumber");
        assertNothingChanged();
    }

    @Test
    void registrationRefusesOverlongValues() {
        ValidationException error = invalid(() -> utm.users().registerSoloPilot(new RegisterSoloPilot(
                "n".repeat(101), "a".repeat(251) + "@x.kz", Optional.of("+" + "7".repeat(16)),
                Optional.of("9001013000"), "p".repeat(129))));

        assertThat(error.fields()).containsExactly("email", "fullName", "iin", "password", "phoneNumber");
        assertNothingChanged();
    }

    @Test
    void registrationRefusesAnIinWithAnImpossibleBirthDate() {
        // 31 February: right length and digits, wrong date.
        String body = "900231300001";
        ValidationException error = invalid(() -> utm.users().registerSoloPilot(new RegisterSoloPilot(
                "Valid Name", "valid@pilots.kz", Optional.empty(), Optional.of(withCheckDigit(body)),
                "password-123")));

        assertThat(error.fields()).containsExactly("iin");
        assertNothingChanged();
    }

    // ---- CreateUser ---------------------------------------------------------------------

    @Test
    void createUserNamesEveryBadFieldAndTheMissingOrganizationOfAnOrganizationPilot() {
        ValidationException error = invalid(() -> utm.users().createUser(authority.id(), new CreateUser(
                "", "pilot@@sky", Optional.of("+0701"), Optional.of("12345"), "1234567",
                UserRole.ORGANIZATION_PILOT, Optional.empty())));

        assertThat(error.fields()).containsExactly("email", "fullName", "iin", "organizationId", "password",
                "phoneNumber");
        assertNothingChanged();
    }

    @Test
    void createUserRefusesAnOrganizationForAnAuthorityAdmin() {
        ValidationException error = invalid(() -> utm.users().createUser(authority.id(), new CreateUser(
                "Second Authority", "second@caa.kz", Optional.empty(), Optional.empty(), "password-123",
                UserRole.AUTHORITY_ADMIN, Optional.of(organization.id()))));

        assertThat(error.fields()).containsExactly("organizationId");
        assertNothingChanged();
    }

    @Test
    void createUserRequiresAnOrganizationForAnOrganizationAdmin() {
        ValidationException error = invalid(() -> utm.users().createUser(authority.id(), new CreateUser(
                "Org Admin", "admin@sky.kz", Optional.empty(), Optional.empty(), "password-123",
                UserRole.ORGANIZATION_ADMIN, Optional.empty())));

        assertThat(error.fields()).containsExactly("organizationId");
        assertNothingChanged();
        assertThat(storage.organizations().findById(organization.id()).orElseThrow().adminId()).isEmpty();
    }

    @Test
    void createUserNamesNullFields() {
        ValidationException error = invalid(() -> utm.users().createUser(authority.id(),
                new CreateUser(null, null, null, null, null, null, null)));

        assertThat(error.fields()).containsExactly("email", "fullName", "iin", "organizationId", "password",
                "phoneNumber", "role");
        assertNothingChanged();
    }

    // ---- UpdateProfile ------------------------------------------------------------------

    @Test
    void updateProfileNamesEveryBadFieldAndKeepsTheStoredProfile() {
        ValidationException error = invalid(() -> utm.users().updateProfile(pilot.id(), pilot.id(),
                new UpdateProfile(" ", Optional.of("+7 701 123 45 67"), Optional.of("short"))));

        assertThat(error.fields()).containsExactly("fullName", "newPassword", "phoneNumber");
        assertNothingChanged();
        User stored = storage.users().findById(pilot.id()).orElseThrow();
        assertThat(stored.hashedPassword()).isEqualTo(pilot.hashedPassword());
        assertThat(utm.users().authenticate("aigerim@pilots.kz", "password-123")).isPresent();
    }

    @Test
    void updateProfileNamesNullFields() {
        ValidationException error = invalid(() -> utm.users().updateProfile(pilot.id(), pilot.id(),
                new UpdateProfile(null, null, null)));

        assertThat(error.fields()).containsExactly("fullName", "newPassword", "phoneNumber");
        assertNothingChanged();
    }

    @Test
    void updateProfileRefusesAnOverlongPassword() {
        ValidationException error = invalid(() -> utm.users().updateProfile(pilot.id(), pilot.id(),
                new UpdateProfile("n".repeat(101), Optional.empty(), Optional.of("p".repeat(129)))));

        assertThat(error.fields()).containsExactly("fullName", "newPassword");
        assertNothingChanged();
    }

    // ---- ChangeRole ---------------------------------------------------------------------

    @Test
    void changeRoleToAnOrganizationRoleRequiresAnOrganization() {
        ValidationException error = invalid(() -> utm.users().changeRole(authority.id(), pilot.id(),
                new ChangeRole(UserRole.ORGANIZATION_PILOT, Optional.empty())));

        assertThat(error.fields()).containsExactly("organizationId");
        assertNothingChanged();
    }

    @Test
    void changeRoleToSoloPilotRefusesAnOrganization() {
        ValidationException error = invalid(() -> utm.users().changeRole(authority.id(), pilot.id(),
                new ChangeRole(UserRole.SOLO_PILOT, Optional.of(organization.id()))));

        assertThat(error.fields()).containsExactly("organizationId");
        assertNothingChanged();
    }

    @Test
    void changeRoleNamesNullFields() {
        ValidationException error = invalid(() -> utm.users().changeRole(authority.id(), pilot.id(),
                new ChangeRole(null, null)));

        assertThat(error.fields()).containsExactly("organizationId", "role");
        assertNothingChanged();
    }

    @Test
    void badInputIsReportedEvenForAnOrganizationThatDoesNotExist() {
        ValidationException error = invalid(() -> utm.users().createUser(authority.id(), new CreateUser(
                "", "ok@sky.kz", Optional.empty(), Optional.empty(), "password-123",
                UserRole.ORGANIZATION_PILOT, Optional.of(OrganizationId.of(999)))));

        assertThat(error.fields()).containsExactly("fullName");
        assertNothingChanged();
    }

    // ---- helpers --------------------------------------------------------------------------

    private void assertNothingChanged() {
        assertThat(storage.users().findAll()).isEqualTo(usersBefore);
        assertThat(events).isEmpty();
    }

    private static ValidationException invalid(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        return (ValidationException) thrown;
    }

    /** A valid IIN: born 1990-01-01, 1900s, serial from n. */
    private static String iin(int n) {
        for (int k = 0; ; k++) {
            String body = String.format("9001013%04d", n * 10 + k);
            OptionalInt check = KazakhIdChecksum.checkDigit(body);
            if (check.isPresent()) {
                return body + check.getAsInt();
            }
        }
    }

    /** A valid BIN: registered 2001-01, a resident legal entity, serial from n. */
    private static String bin(int n) {
        for (int k = 0; ; k++) {
            String body = String.format("010140%05d", n * 10 + k);
            OptionalInt check = KazakhIdChecksum.checkDigit(body);
            if (check.isPresent()) {
                return body + check.getAsInt();
            }
        }
    }

    private static String withCheckDigit(String twelve) {
        OptionalInt check = KazakhIdChecksum.checkDigit(twelve);
        return twelve.substring(0, 11) + check.orElse(0);
    }

    private static String badCheckDigit(String valid) {
        int last = valid.charAt(11) - '0';
        return valid.substring(0, 11) + (last + 1) % 10;
    }
}
