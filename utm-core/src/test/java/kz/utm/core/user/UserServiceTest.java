package kz.utm.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
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
import kz.utm.core.common.ConflictException;
import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.common.constraints.KazakhIdChecksum;
import kz.utm.core.memory.InMemoryStorage;
import kz.utm.core.organization.Organization;
import kz.utm.core.organization.RegisterOrganization;

/** The user service: registration, creation by admins, accounts, roles and sign-in. */
class UserServiceTest {

    private static final CommandValidator VALIDATOR = CommandValidator.withDefaultProvider();
    private static final PasswordHasher HASHER = Argon2PasswordHasher.withCost(8, 1, 1);
    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");
    private static final String PASSWORD = "correct horse battery";

    private final InMemoryStorage storage = new InMemoryStorage();
    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    private final UtmCore utm = UtmCore.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .eventPublisher(events::add).passwordHasher(HASHER).validator(VALIDATOR).build();
    private final User authority = insertAuthority("authority@caa.kz");
    private int serial;

    // ---- registration and sign-in -----------------------------------------------------------

    @Test
    void registrationStoresAnArgon2idHashNeverThePassword() {
        User pilot = register("Aigerim Solo", "aigerim@pilots.kz");

        User stored = storage.users().findById(pilot.id()).orElseThrow();
        assertThat(stored.hashedPassword()).startsWith("$argon2id$").isNotEqualTo(PASSWORD)
                .doesNotContain(PASSWORD);
        assertThat(stored.role()).isEqualTo(UserRole.SOLO_PILOT);
        assertThat(stored.organizationId()).isEmpty();
        assertThat(stored.active()).isTrue();
        assertThat(stored.toString()).doesNotContain(stored.hashedPassword());
    }

    @Test
    void twoUsersWithTheSamePasswordGetDifferentSaltedHashes() {
        User first = register("First Pilot", "first@pilots.kz");
        User second = register("Second Pilot", "second@pilots.kz");

        assertThat(first.hashedPassword()).isNotEqualTo(second.hashedPassword());
    }

    @Test
    void registrationPublishesUserRegisteredWithoutAnActor() {
        User pilot = register("Aigerim Solo", "aigerim@pilots.kz");

        assertThat(events).singleElement().isEqualTo(
                new UserEvent.UserRegistered(pilot.id(), UserRole.SOLO_PILOT, Optional.empty(), NOW));
    }

    @Test
    void registrationStoresTheEmailLowerCaseAndTheNameStripped() {
        User pilot = utm.users().registerSoloPilot(new RegisterSoloPilot("  Aigerim Solo ", "Aigerim@Pilots.KZ",
                Optional.empty(), Optional.empty(), PASSWORD));

        assertThat(pilot.email()).isEqualTo("aigerim@pilots.kz");
        assertThat(pilot.fullName()).isEqualTo("Aigerim Solo");
    }

    @Test
    void authenticateSucceedsWithTheRightPasswordWhateverTheEmailCase() {
        User pilot = register("Aigerim Solo", "aigerim@pilots.kz");

        assertThat(utm.users().authenticate("aigerim@pilots.kz", PASSWORD)).map(User::id).contains(pilot.id());
        assertThat(utm.users().authenticate("AIGERIM@pilots.kz", PASSWORD)).map(User::id).contains(pilot.id());
    }

    @Test
    void authenticateFailsWithAWrongPassword() {
        register("Aigerim Solo", "aigerim@pilots.kz");

        assertThat(utm.users().authenticate("aigerim@pilots.kz", PASSWORD + "!")).isEmpty();
        assertThat(utm.users().authenticate("aigerim@pilots.kz", "")).isEmpty();
    }

    @Test
    void authenticateFailsForAnUnknownEmail() {
        register("Aigerim Solo", "aigerim@pilots.kz");

        assertThat(utm.users().authenticate("nobody@pilots.kz", PASSWORD)).isEmpty();
    }

    @Test
    void authenticateFailsForADeactivatedUserAndSucceedsAgainAfterReactivation() {
        User pilot = register("Aigerim Solo", "aigerim@pilots.kz");

        utm.users().deactivate(authority.id(), pilot.id());
        assertThat(utm.users().authenticate("aigerim@pilots.kz", PASSWORD)).isEmpty();

        utm.users().reactivate(authority.id(), pilot.id());
        assertThat(utm.users().authenticate("aigerim@pilots.kz", PASSWORD)).isPresent();
    }

    @Test
    void authenticateFailsForASoftDeletedUser() {
        User pilot = register("Aigerim Solo", "aigerim@pilots.kz");

        utm.users().delete(authority.id(), pilot.id());

        assertThat(utm.users().authenticate("aigerim@pilots.kz", PASSWORD)).isEmpty();
    }

    // ---- uniqueness -------------------------------------------------------------------------

    @Test
    void duplicateEmailDifferingOnlyInCaseIsAConflictOnEmail() {
        register("Aigerim Solo", "aigerim@pilots.kz");
        List<User> before = storage.users().findAll();
        events.clear();

        ConflictException error = catchThrowableOfType(ConflictException.class,
                () -> utm.users().registerSoloPilot(new RegisterSoloPilot("Other Person", "AIGERIM@Pilots.kz",
                        Optional.empty(), Optional.empty(), PASSWORD)));

        assertThat(error.kind()).isEqualTo(ConflictException.Kind.DUPLICATE);
        assertThat(error.field()).contains("email");
        assertThat(storage.users().findAll()).isEqualTo(before);
        assertThat(events).isEmpty();
    }

    @Test
    void duplicateIinIsAConflictOnIin() {
        utm.users().registerSoloPilot(new RegisterSoloPilot("First", "first@pilots.kz", Optional.empty(),
                Optional.of(iin(1)), PASSWORD));
        List<User> before = storage.users().findAll();
        events.clear();

        ConflictException error = catchThrowableOfType(ConflictException.class,
                () -> utm.users().registerSoloPilot(new RegisterSoloPilot("Second", "second@pilots.kz",
                        Optional.empty(), Optional.of(iin(1)), PASSWORD)));

        assertThat(error.kind()).isEqualTo(ConflictException.Kind.DUPLICATE);
        assertThat(error.field()).contains("iin");
        assertThat(storage.users().findAll()).isEqualTo(before);
        assertThat(events).isEmpty();
    }

    @Test
    void duplicatePhoneNumberIsAConflictOnPhoneNumber() {
        utm.users().registerSoloPilot(new RegisterSoloPilot("First", "first@pilots.kz",
                Optional.of("+77011234567"), Optional.empty(), PASSWORD));
        List<User> before = storage.users().findAll();

        ConflictException error = catchThrowableOfType(ConflictException.class,
                () -> utm.users().registerSoloPilot(new RegisterSoloPilot("Second", "second@pilots.kz",
                        Optional.of("+77011234567"), Optional.empty(), PASSWORD)));

        assertThat(error.field()).contains("phoneNumber");
        assertThat(storage.users().findAll()).isEqualTo(before);
    }

    @Test
    void concurrentRegistrationsOfOneEmailLetExactlyOneThrough() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                String email = i % 2 == 0 ? "race@pilots.kz" : "RACE@pilots.kz";
                String name = "Racer " + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return utm.users().registerSoloPilot(new RegisterSoloPilot(name, email, Optional.empty(),
                                Optional.empty(), PASSWORD));
                    } catch (ConflictException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get(10, TimeUnit.SECONDS));
            }

            assertThat(results).filteredOn(User.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(ConflictException.class::isInstance).hasSize(threads - 1)
                    .allSatisfy(e -> assertThat(((ConflictException) e).field()).contains("email"));
            assertThat(storage.users().findAll()).filteredOn(u -> u.email().equals("race@pilots.kz")).hasSize(1);
            assertThat(events).filteredOn(UserEvent.UserRegistered.class::isInstance).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emailOfASoftDeletedUserStaysTaken() {
        User pilot = register("Aigerim Solo", "aigerim@pilots.kz");
        utm.users().delete(authority.id(), pilot.id());

        assertThatThrownBy(() -> register("Someone Else", "aigerim@pilots.kz"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("email"));
    }

    @Test
    void adminCreatingAUserWithATakenEmailGetsAConflictOnEmail() {
        Organization organization = organization("Sky Survey");
        register("Aigerim Solo", "aigerim@pilots.kz");
        List<User> before = storage.users().findAll();
        events.clear();

        assertThatThrownBy(() -> utm.users().createUser(authority.id(), new CreateUser("Org Admin",
                "Aigerim@pilots.kz", Optional.empty(), Optional.empty(), PASSWORD, UserRole.ORGANIZATION_ADMIN,
                Optional.of(organization.id()))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("email"));
        assertThat(storage.users().findAll()).isEqualTo(before);
        assertThat(storage.organizations().findById(organization.id()).orElseThrow().adminId()).isEmpty();
        assertThat(events).isEmpty();
    }

    // ---- creation by admins -----------------------------------------------------------------

    @Test
    void firstOrganizationAdminCreatedBecomesTheOrganizationsAdmin() {
        Organization organization = organization("Sky Survey");

        User first = orgAdmin(organization, "first-admin");
        User second = orgAdmin(organization, "second-admin");

        Organization stored = storage.organizations().findById(organization.id()).orElseThrow();
        assertThat(stored.adminId()).contains(first.id());
        assertThat(second.organizationId()).contains(organization.id());
        assertThat(second.role()).isEqualTo(UserRole.ORGANIZATION_ADMIN);
    }

    @Test
    void deletingTheDesignatedAdminLetsTheNextAdminCreatedTakeOver() {
        Organization organization = organization("Sky Survey");
        User first = orgAdmin(organization, "first-admin");

        utm.users().delete(authority.id(), first.id());
        assertThat(storage.organizations().findById(organization.id()).orElseThrow().adminId()).isEmpty();
        User next = orgAdmin(organization, "next-admin");

        assertThat(storage.organizations().findById(organization.id()).orElseThrow().adminId()).contains(next.id());
    }

    @Test
    void creatingAUserPublishesUserRegisteredNamingTheAdmin() {
        Organization organization = organization("Sky Survey");
        events.clear();

        User admin = orgAdmin(organization, "admin");

        assertThat(events).singleElement().isEqualTo(new UserEvent.UserRegistered(admin.id(),
                UserRole.ORGANIZATION_ADMIN, Optional.of(authority.id()), NOW));
    }

    @Test
    void organizationAdminCreatesPilotsOfTheirOwnOrganization() {
        Organization organization = organization("Sky Survey");
        User admin = orgAdmin(organization, "admin");

        User pilot = orgPilot(admin, organization, "pilot");

        assertThat(pilot.role()).isEqualTo(UserRole.ORGANIZATION_PILOT);
        assertThat(pilot.organizationId()).contains(organization.id());
        assertThat(utm.users().get(admin.id(), pilot.id())).isEqualTo(pilot);
    }

    @Test
    void organizationAdminMayNotCreatePilotsOfAnotherOrganization() {
        Organization own = organization("Sky Survey");
        Organization other = organization("Steppe Drones");
        User admin = orgAdmin(own, "admin");
        List<User> before = storage.users().findAll();
        events.clear();

        assertThatThrownBy(() -> orgPilot(admin, other, "pilot")).isInstanceOf(AccessDeniedException.class);
        assertThat(storage.users().findAll()).isEqualTo(before);
        assertThat(events).isEmpty();
    }

    @Test
    void organizationAdminMayNotCreateAdmins() {
        Organization organization = organization("Sky Survey");
        User admin = orgAdmin(organization, "admin");

        assertThatThrownBy(() -> utm.users().createUser(admin.id(), createUser("second-admin",
                UserRole.ORGANIZATION_ADMIN, Optional.of(organization.id()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> utm.users().createUser(admin.id(), createUser("authority-two",
                UserRole.AUTHORITY_ADMIN, Optional.empty())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void soloPilotsAndOrganizationPilotsCreateNoUsers() {
        Organization organization = organization("Sky Survey");
        User admin = orgAdmin(organization, "admin");
        User orgPilot = orgPilot(admin, organization, "pilot");
        User solo = register("Solo", "solo@pilots.kz");

        assertThatThrownBy(() -> utm.users().createUser(solo.id(), createUser("x1", UserRole.ORGANIZATION_PILOT,
                Optional.of(organization.id())))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> utm.users().createUser(orgPilot.id(), createUser("x2",
                UserRole.ORGANIZATION_PILOT, Optional.of(organization.id()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodyCreatesSoloPilotsTheyRegisterThemselves() {
        assertThatThrownBy(() -> utm.users().createUser(authority.id(), createUser("solo", UserRole.SOLO_PILOT,
                Optional.empty()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void creatingAUserInAnUnknownOrganizationIsNotFound() {
        List<User> before = storage.users().findAll();

        assertThatThrownBy(() -> utm.users().createUser(authority.id(), createUser("admin",
                UserRole.ORGANIZATION_ADMIN, Optional.of(OrganizationId.of(404)))))
                .isInstanceOf(NotFoundException.class);
        assertThat(storage.users().findAll()).isEqualTo(before);
    }

    @Test
    void authorityCreatesASecondAuthorityAdmin() {
        User second = utm.users().createUser(authority.id(), createUser("authority-two", UserRole.AUTHORITY_ADMIN,
                Optional.empty()));

        assertThat(second.role()).isEqualTo(UserRole.AUTHORITY_ADMIN);
        assertThat(storage.users().countActiveAuthorityAdmins()).isEqualTo(2);
    }

    @Test
    void anUnknownActorIsDenied() {
        assertThatThrownBy(() -> utm.users().createUser(UserId.of(999), createUser("x", UserRole.AUTHORITY_ADMIN,
                Optional.empty()))).isInstanceOf(AccessDeniedException.class);
    }

    // ---- the last active authority admin ------------------------------------------------------

    @Test
    void lastActiveAuthorityAdminCannotBeDeactivated() {
        events.clear();

        ConflictException error = catchThrowableOfType(ConflictException.class,
                () -> utm.users().deactivate(authority.id(), authority.id()));

        assertThat(error.kind()).isEqualTo(ConflictException.Kind.STATE);
        assertThat(storage.users().findById(authority.id()).orElseThrow().active()).isTrue();
        assertThat(events).isEmpty();
    }

    @Test
    void lastActiveAuthorityAdminCannotBeDeleted() {
        assertThatThrownBy(() -> utm.users().delete(authority.id(), authority.id()))
                .isInstanceOf(ConflictException.class);
        assertThat(storage.users().findById(authority.id())).isPresent();
        assertThat(events).isEmpty();
    }

    @Test
    void lastActiveAuthorityAdminCannotBeDemoted() {
        Organization organization = organization("Sky Survey");
        events.clear();

        assertThatThrownBy(() -> utm.users().changeRole(authority.id(), authority.id(),
                new ChangeRole(UserRole.ORGANIZATION_ADMIN, Optional.of(organization.id()))))
                .isInstanceOf(ConflictException.class);
        assertThat(storage.users().findById(authority.id()).orElseThrow().role()).isEqualTo(UserRole.AUTHORITY_ADMIN);
        assertThat(events).isEmpty();
    }

    @Test
    void aSecondAuthorityAdminCanBeDeactivatedDemotedAndDeleted() {
        User second = utm.users().createUser(authority.id(), createUser("authority-two", UserRole.AUTHORITY_ADMIN,
                Optional.empty()));
        User third = utm.users().createUser(authority.id(), createUser("authority-three", UserRole.AUTHORITY_ADMIN,
                Optional.empty()));

        assertThat(utm.users().deactivate(authority.id(), second.id()).active()).isFalse();
        assertThat(utm.users().changeRole(authority.id(), third.id(), new ChangeRole(UserRole.SOLO_PILOT,
                Optional.empty())).role()).isEqualTo(UserRole.SOLO_PILOT);
        assertThat(utm.users().delete(authority.id(), second.id()).audit().isDeleted()).isTrue();
    }

    @Test
    void whenTheOtherAuthorityAdminIsDeactivatedTheRemainingOneIsTheLast() {
        User second = utm.users().createUser(authority.id(), createUser("authority-two", UserRole.AUTHORITY_ADMIN,
                Optional.empty()));

        utm.users().deactivate(authority.id(), second.id());

        assertThatThrownBy(() -> utm.users().deactivate(authority.id(), authority.id()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> utm.users().delete(authority.id(), authority.id()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anAuthorityAdminMayStepDownWhileAnotherRemains() {
        User second = utm.users().createUser(authority.id(), createUser("authority-two", UserRole.AUTHORITY_ADMIN,
                Optional.empty()));

        utm.users().deactivate(second.id(), authority.id());

        assertThat(storage.users().countActiveAuthorityAdmins()).isEqualTo(1);
        assertThatThrownBy(() -> utm.users().deactivate(second.id(), second.id()))
                .isInstanceOf(ConflictException.class);
    }

    // ---- soft delete and restore --------------------------------------------------------------

    @Test
    void softDeletedPilotIsHiddenFromTheOrganizationAdminButReadableAndRestorableByTheAuthority() {
        Organization organization = organization("Sky Survey");
        User admin = orgAdmin(organization, "admin");
        User pilot = orgPilot(admin, organization, "pilot");

        User deleted = utm.users().delete(admin.id(), pilot.id());
        assertThat(deleted.audit().deletedAt()).contains(NOW);

        assertThatThrownBy(() -> utm.users().get(admin.id(), pilot.id())).isInstanceOf(NotFoundException.class);
        assertThat(utm.users().list(admin.id())).extracting(User::id).doesNotContain(pilot.id());
        assertThatThrownBy(() -> utm.users().restore(admin.id(), pilot.id())).isInstanceOf(NotFoundException.class);

        assertThat(utm.users().get(authority.id(), pilot.id()).audit().isDeleted()).isTrue();
        User restored = utm.users().restore(authority.id(), pilot.id());

        assertThat(restored.audit().isDeleted()).isFalse();
        assertThat(utm.users().get(admin.id(), pilot.id()).id()).isEqualTo(pilot.id());
        assertThat(utm.users().list(admin.id())).extracting(User::id).contains(pilot.id());
    }

    @Test
    void aSoftDeletedUserMayDoNothing() {
        User pilot = register("Solo", "solo@pilots.kz");
        utm.users().delete(authority.id(), pilot.id());

        assertThatThrownBy(() -> utm.users().get(pilot.id(), pilot.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> utm.users().updateProfile(pilot.id(), pilot.id(),
                new UpdateProfile("New Name", Optional.empty(), Optional.empty())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void restoringAUserThatIsNotDeletedIsAConflict() {
        User pilot = register("Solo", "solo@pilots.kz");
        events.clear();

        assertThatThrownBy(() -> utm.users().restore(authority.id(), pilot.id()))
                .isInstanceOf(ConflictException.class);
        assertThat(events).isEmpty();
    }

    @Test
    void authorityMayNotChangeADeletedUserBeforeRestoringIt() {
        User pilot = register("Solo", "solo@pilots.kz");
        utm.users().delete(authority.id(), pilot.id());

        assertThatThrownBy(() -> utm.users().deactivate(authority.id(), pilot.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(storage.users().findByIdIncludingDeleted(pilot.id()).orElseThrow().active()).isTrue();
    }

    // ---- who manages whom ----------------------------------------------------------------------

    @Test
    void organizationAdminManagesOnlyTheirOwnPilots() {
        Organization own = organization("Sky Survey");
        Organization other = organization("Steppe Drones");
        User admin = orgAdmin(own, "admin");
        User coAdmin = orgAdmin(own, "co-admin");
        User otherAdmin = orgAdmin(other, "other-admin");
        User otherPilot = orgPilot(otherAdmin, other, "other-pilot");
        User solo = register("Solo", "solo@pilots.kz");

        assertThatThrownBy(() -> utm.users().deactivate(admin.id(), otherPilot.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> utm.users().deactivate(admin.id(), solo.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> utm.users().deactivate(admin.id(), authority.id()))
                .isInstanceOf(NotFoundException.class);
        // A fellow admin is readable (same organization) but not manageable.
        assertThatThrownBy(() -> utm.users().deactivate(admin.id(), coAdmin.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(storage.users().findById(coAdmin.id()).orElseThrow().active()).isTrue();
        assertThat(storage.users().findById(otherPilot.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void deactivatedPilotMayDoNothingUntilReactivated() {
        Organization organization = organization("Sky Survey");
        User admin = orgAdmin(organization, "admin");
        User pilot = orgPilot(admin, organization, "pilot");

        User deactivated = utm.users().deactivate(admin.id(), pilot.id());
        assertThat(deactivated.active()).isFalse();
        assertThatThrownBy(() -> utm.users().get(pilot.id(), pilot.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> utm.users().list(pilot.id())).isInstanceOf(AccessDeniedException.class);

        utm.users().reactivate(admin.id(), pilot.id());
        assertThat(utm.users().get(pilot.id(), pilot.id()).active()).isTrue();
    }

    @Test
    void accountChangesPublishOneEventEach() {
        Organization organization = organization("Sky Survey");
        User admin = orgAdmin(organization, "admin");
        User pilot = orgPilot(admin, organization, "pilot");
        events.clear();

        utm.users().deactivate(admin.id(), pilot.id());
        utm.users().reactivate(admin.id(), pilot.id());
        utm.users().delete(admin.id(), pilot.id());
        utm.users().restore(authority.id(), pilot.id());

        assertThat(events).containsExactly(
                new UserEvent.UserChanged(pilot.id(), UserEvent.Change.DEACTIVATED, admin.id(), NOW),
                new UserEvent.UserChanged(pilot.id(), UserEvent.Change.REACTIVATED, admin.id(), NOW),
                new UserEvent.UserChanged(pilot.id(), UserEvent.Change.DELETED, admin.id(), NOW),
                new UserEvent.UserChanged(pilot.id(), UserEvent.Change.RESTORED, authority.id(), NOW));
    }

    // ---- reading -------------------------------------------------------------------------------

    @Test
    void usersSeeThemselvesAdminsTheirOrganizationAndTheAuthorityEveryone() {
        Organization own = organization("Sky Survey");
        Organization other = organization("Steppe Drones");
        User admin = orgAdmin(own, "admin");
        User pilot = orgPilot(admin, own, "pilot");
        User otherAdmin = orgAdmin(other, "other-admin");
        User solo = register("Solo", "solo@pilots.kz");

        assertThat(utm.users().list(pilot.id())).extracting(User::id).containsExactly(pilot.id());
        assertThat(utm.users().list(solo.id())).extracting(User::id).containsExactly(solo.id());
        assertThat(utm.users().list(admin.id())).extracting(User::id).containsExactly(admin.id(), pilot.id());
        assertThat(utm.users().list(authority.id())).extracting(User::id)
                .containsExactly(authority.id(), admin.id(), pilot.id(), otherAdmin.id(), solo.id());

        assertThatThrownBy(() -> utm.users().get(pilot.id(), admin.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> utm.users().get(otherAdmin.id(), pilot.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> utm.users().get(solo.id(), pilot.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> utm.users().get(authority.id(), UserId.of(999)))
                .isInstanceOf(NotFoundException.class);
    }

    // ---- profile and role ---------------------------------------------------------------------

    @Test
    void userChangesTheirOwnProfileAndPassword() {
        User pilot = register("Aigerim Solo", "aigerim@pilots.kz");
        events.clear();

        User changed = utm.users().updateProfile(pilot.id(), pilot.id(), new UpdateProfile(" Aigerim S. ",
                Optional.of("+77017654321"), Optional.of("a brand new password")));

        assertThat(changed.fullName()).isEqualTo("Aigerim S.");
        assertThat(changed.phoneNumber()).contains("+77017654321");
        assertThat(changed.hashedPassword()).startsWith("$argon2id$").isNotEqualTo(pilot.hashedPassword());
        assertThat(utm.users().authenticate("aigerim@pilots.kz", PASSWORD)).isEmpty();
        assertThat(utm.users().authenticate("aigerim@pilots.kz", "a brand new password")).isPresent();
        assertThat(events).containsExactly(
                new UserEvent.UserChanged(pilot.id(), UserEvent.Change.PROFILE, pilot.id(), NOW));
    }

    @Test
    void updatingTheProfileWithoutANewPasswordKeepsTheOldOne() {
        User pilot = register("Aigerim Solo", "aigerim@pilots.kz");

        utm.users().updateProfile(pilot.id(), pilot.id(), new UpdateProfile("Aigerim", Optional.empty(),
                Optional.empty()));

        assertThat(utm.users().authenticate("aigerim@pilots.kz", PASSWORD)).isPresent();
    }

    @Test
    void nobodyElseChangesAUsersProfileNotEvenTheAuthority() {
        Organization organization = organization("Sky Survey");
        User admin = orgAdmin(organization, "admin");
        User pilot = orgPilot(admin, organization, "pilot");
        UpdateProfile update = new UpdateProfile("Hijacked", Optional.empty(), Optional.of("hijacked-password"));

        assertThatThrownBy(() -> utm.users().updateProfile(authority.id(), pilot.id(), update))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> utm.users().updateProfile(admin.id(), pilot.id(), update))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(storage.users().findById(pilot.id()).orElseThrow().fullName()).isNotEqualTo("Hijacked");
    }

    @Test
    void takingAnotherUsersPhoneNumberIsAConflictOnPhoneNumber() {
        utm.users().registerSoloPilot(new RegisterSoloPilot("First", "first@pilots.kz",
                Optional.of("+77011234567"), Optional.empty(), PASSWORD));
        User second = register("Second", "second@pilots.kz");

        assertThatThrownBy(() -> utm.users().updateProfile(second.id(), second.id(),
                new UpdateProfile("Second", Optional.of("+77011234567"), Optional.empty())))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.field()).contains("phoneNumber"));
        assertThat(storage.users().findById(second.id()).orElseThrow().phoneNumber()).isEmpty();
    }

    @Test
    void onlyTheAuthorityChangesRoles() {
        Organization organization = organization("Sky Survey");
        User admin = orgAdmin(organization, "admin");
        User pilot = orgPilot(admin, organization, "pilot");

        assertThatThrownBy(() -> utm.users().changeRole(admin.id(), pilot.id(),
                new ChangeRole(UserRole.ORGANIZATION_ADMIN, Optional.of(organization.id()))))
                .isInstanceOf(AccessDeniedException.class);

        User promoted = utm.users().changeRole(authority.id(), pilot.id(),
                new ChangeRole(UserRole.ORGANIZATION_ADMIN, Optional.of(organization.id())));
        assertThat(promoted.role()).isEqualTo(UserRole.ORGANIZATION_ADMIN);
    }

    @Test
    void demotingTheDesignatedAdminClearsTheOrganizationsAdmin() {
        Organization organization = organization("Sky Survey");
        User admin = orgAdmin(organization, "admin");

        utm.users().changeRole(authority.id(), admin.id(),
                new ChangeRole(UserRole.ORGANIZATION_PILOT, Optional.of(organization.id())));

        assertThat(storage.organizations().findById(organization.id()).orElseThrow().adminId()).isEmpty();
    }

    @Test
    void changingRoleIntoAnUnknownOrganizationIsNotFound() {
        User pilot = register("Solo", "solo@pilots.kz");

        assertThatThrownBy(() -> utm.users().changeRole(authority.id(), pilot.id(),
                new ChangeRole(UserRole.ORGANIZATION_PILOT, Optional.of(OrganizationId.of(404)))))
                .isInstanceOf(NotFoundException.class);
        assertThat(storage.users().findById(pilot.id()).orElseThrow().role()).isEqualTo(UserRole.SOLO_PILOT);
    }

    // ---- fixture ---------------------------------------------------------------------------

    private User insertAuthority(String email) {
        return storage.users().insert(new User(storage.users().nextId(), "Civil Aviation Committee", email,
                Optional.empty(), Optional.empty(), HASHER.hash("authority-password"), UserRole.AUTHORITY_ADMIN,
                Optional.empty(), true, 0, Audit.createdAt(NOW)));
    }

    private User register(String name, String email) {
        return utm.users().registerSoloPilot(new RegisterSoloPilot(name, email, Optional.empty(), Optional.empty(),
                PASSWORD));
    }

    private Organization organization(String name) {
        return utm.organizations().register(authority.id(),
                new RegisterOrganization(name, bin(++serial), "1 Abay Ave", "Almaty"));
    }

    private static CreateUser createUser(String handle, UserRole role, Optional<OrganizationId> organization) {
        return new CreateUser(handle, handle + "@org.kz", Optional.empty(), Optional.empty(), PASSWORD, role,
                organization);
    }

    private User orgAdmin(Organization organization, String handle) {
        return utm.users().createUser(authority.id(), createUser(handle, UserRole.ORGANIZATION_ADMIN,
                Optional.of(organization.id())));
    }

    private User orgPilot(User admin, Organization organization, String handle) {
        return utm.users().createUser(admin.id(), createUser(handle, UserRole.ORGANIZATION_PILOT,
                Optional.of(organization.id())));
    }

    private static String iin(int n) {
        for (int k = 0; ; k++) {
            String body = String.format("9001013%04d", n * 10 + k);
            OptionalInt check = KazakhIdChecksum.checkDigit(body);
            if (check.isPresent()) {
                return body + check.getAsInt();
            }
        }
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
