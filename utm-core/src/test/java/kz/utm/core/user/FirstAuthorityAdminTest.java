package kz.utm.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import kz.utm.core.UtmCore;
import kz.utm.core.common.CommandValidator;
import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.ValidationException;
import kz.utm.core.memory.InMemoryStorage;

/** The first authority admin of an empty service, created from a service's configuration. */
class FirstAuthorityAdminTest {

    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    private final UtmCore utm = UtmCore.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .eventPublisher(events::add).passwordHasher(Argon2PasswordHasher.withCost(8, 1, 1))
            .validator(CommandValidator.withDefaultProvider()).build();

    @Test
    void anEmptyServiceGetsItsFirstAuthorityAdminWhoCanSignIn() {
        Optional<User> created = utm.users().createFirstAuthorityAdmin(admin("root@caa.kz"));

        assertThat(created).get().satisfies(user -> {
            assertThat(user.role()).isEqualTo(UserRole.AUTHORITY_ADMIN);
            assertThat(user.organizationId()).isEmpty();
            assertThat(user.active()).isTrue();
        });
        assertThat(utm.users().authenticate("ROOT@caa.kz", "first-admin-password")).isPresent();
        assertThat(events).singleElement().isEqualTo(new UserEvent.UserRegistered(created.get().id(),
                UserRole.AUTHORITY_ADMIN, Optional.empty(), NOW));
    }

    @Test
    void aSecondCallDoesNothingOnceAnAuthorityAdminExists() {
        utm.users().createFirstAuthorityAdmin(admin("root@caa.kz"));
        events.clear();

        assertThat(utm.users().createFirstAuthorityAdmin(admin("other@caa.kz"))).isEmpty();
        assertThat(storage.users().findByEmail("other@caa.kz")).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void onlyAnAuthorityAdminWithoutOrganizationIsAccepted() {
        ValidationException pilot = catchThrowableOfType(ValidationException.class, () -> utm.users()
                .createFirstAuthorityAdmin(new CreateUser("Solo", "solo@pilots.kz", Optional.empty(),
                        Optional.empty(), "first-admin-password", UserRole.SOLO_PILOT, Optional.empty())));
        ValidationException withOrganization = catchThrowableOfType(ValidationException.class, () -> utm.users()
                .createFirstAuthorityAdmin(new CreateUser("Root", "root@caa.kz", Optional.empty(),
                        Optional.empty(), "first-admin-password", UserRole.AUTHORITY_ADMIN,
                        Optional.of(OrganizationId.of(1)))));

        assertThat(pilot.fields()).containsExactly("role");
        assertThat(withOrganization.fields()).containsExactly("organizationId");
        assertThat(storage.users().findAll()).isEmpty();
    }

    @Test
    void badInputNamesEveryFieldAndStoresNothing() {
        ValidationException error = catchThrowableOfType(ValidationException.class, () -> utm.users()
                .createFirstAuthorityAdmin(new CreateUser(" ", "not-an-email", Optional.empty(),
                        Optional.empty(), "short", UserRole.AUTHORITY_ADMIN, Optional.empty())));

        assertThat(error.fields()).containsExactlyInAnyOrder("fullName", "email", "password");
        assertThat(storage.users().findAll()).isEmpty();
        assertThat(events).isEmpty();
    }

    private static CreateUser admin(String email) {
        return new CreateUser("Aviation Authority", email, Optional.empty(), Optional.empty(),
                "first-admin-password", UserRole.AUTHORITY_ADMIN, Optional.empty());
    }
}
