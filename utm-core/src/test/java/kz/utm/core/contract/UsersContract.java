package kz.utm.core.contract;

import static kz.utm.core.contract.Rows.minute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.utm.core.UtmStorage;
import kz.utm.core.common.ConflictException;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.organization.Organization;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;
import kz.utm.core.user.Users;

/** The contract of {@link Users}, for every adapter: extend it and supply new storage. */
public abstract class UsersContract {

    private UtmStorage storage;
    private Users users;

    /** New storage whose every table is empty; called before each test. */
    protected abstract UtmStorage newStorage();

    @BeforeEach
    void setUpStorage() {
        storage = newStorage();
        users = storage.users();
    }

    private User soloPilot(String email) {
        return Rows.soloPilot(users.nextId(), email, Optional.empty(), Optional.empty());
    }

    private User insertSoloPilot(String email, Optional<String> phone, Optional<String> iin) {
        return users.insert(Rows.soloPilot(users.nextId(), email, phone, iin));
    }

    private static void assertDuplicate(Runnable write, String field) {
        assertThatThrownBy(write::run)
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ConflictException.Kind.DUPLICATE);
                    assertThat(e.field()).contains(field);
                });
    }

    @Test
    void nextIdHandsOutDistinctIds() {
        assertThat(users.nextId()).isNotEqualTo(users.nextId());
    }

    @Test
    void insertedUserIsReadBackEqualAtVersionZero() {
        User user = Rows.soloPilot(users.nextId(), "aigerim@example.kz", Optional.of("+77011234567"),
                Optional.of("900101300123"));

        User stored = users.insert(user);

        assertThat(stored).isEqualTo(user);
        assertThat(stored.version()).isZero();
        assertThat(users.findById(user.id())).contains(user);
        assertThat(users.findByIdIncludingDeleted(user.id())).contains(user);
    }

    @Test
    void organizationMemberIsReadBackWithItsOrganization() {
        Organization organization = Rows.insertOrganization(storage);
        UserId id = users.nextId();
        User pilot = Rows.user(id, Rows.email(id), UserRole.ORGANIZATION_PILOT, Optional.of(organization.id()));

        users.insert(pilot);

        assertThat(users.findById(id)).contains(pilot);
    }

    @Test
    void unknownIdIsNotFound() {
        UserId never = users.nextId();

        assertThat(users.findById(never)).isEmpty();
        assertThat(users.findByIdIncludingDeleted(never)).isEmpty();
    }

    @Test
    void insertRejectsATakenId() {
        User first = users.insert(soloPilot("first@example.kz"));
        User sameId = Rows.soloPilot(first.id(), "second@example.kz", Optional.empty(), Optional.empty());

        assertDuplicate(() -> users.insert(sameId), "id");
        assertThat(users.findById(first.id())).contains(first);
    }

    @Test
    void insertRejectsATakenEmailWhateverItsCase() {
        users.insert(soloPilot("pilot@example.kz"));
        User sameEmail = soloPilot("Pilot@EXAMPLE.kz");

        assertDuplicate(() -> users.insert(sameEmail), "email");
        assertThat(users.findByIdIncludingDeleted(sameEmail.id())).isEmpty();
    }

    @Test
    void insertRejectsATakenPhoneNumber() {
        insertSoloPilot("a@example.kz", Optional.of("+77011234567"), Optional.empty());

        assertDuplicate(() -> insertSoloPilot("b@example.kz", Optional.of("+77011234567"), Optional.empty()),
                "phoneNumber");
    }

    @Test
    void insertRejectsATakenIin() {
        insertSoloPilot("a@example.kz", Optional.empty(), Optional.of("900101300123"));

        assertDuplicate(() -> insertSoloPilot("b@example.kz", Optional.empty(), Optional.of("900101300123")),
                "iin");
    }

    @Test
    void usersWithoutPhoneNumberOrIinDoNotClash() {
        insertSoloPilot("a@example.kz", Optional.empty(), Optional.empty());
        insertSoloPilot("b@example.kz", Optional.empty(), Optional.empty());

        assertThat(users.findAll()).hasSize(2);
    }

    @Test
    void softDeletedUserKeepsItsUniqueValuesTaken() {
        User deleted = insertSoloPilot("gone@example.kz", Optional.of("+77019998877"), Optional.of("850505400321"));
        users.update(deleted.deleted(minute(1)));

        assertDuplicate(() -> insertSoloPilot("GONE@example.kz", Optional.empty(), Optional.empty()), "email");
        assertDuplicate(() -> insertSoloPilot("x@example.kz", Optional.of("+77019998877"), Optional.empty()),
                "phoneNumber");
        assertDuplicate(() -> insertSoloPilot("y@example.kz", Optional.empty(), Optional.of("850505400321")),
                "iin");
    }

    @Test
    void findByEmailIgnoresCase() {
        User user = users.insert(soloPilot("dana@example.kz"));

        assertThat(users.findByEmail("Dana@Example.KZ")).contains(user);
        assertThat(users.findByEmail("dana@example.kz")).contains(user);
        assertThat(users.findByEmail("other@example.kz")).isEmpty();
    }

    @Test
    void updateStoresTheChangeAndIncrementsTheVersion() {
        User user = users.insert(soloPilot("a@example.kz"));
        User changed = user.withProfile("Aigerim Nurlanovna", Optional.of("+77015550011"), minute(5));

        User stored = users.update(changed);

        assertThat(stored).isEqualTo(changed.withVersion(1));
        assertThat(users.findById(user.id())).contains(stored);
        assertThat(users.update(stored.withActive(false, minute(6))).version()).isEqualTo(2);
    }

    @Test
    void updateWithAStaleVersionIsAConcurrentUpdateAndChangesNothing() {
        User user = users.insert(soloPilot("a@example.kz"));
        User winner = users.update(user.withProfile("Winner", Optional.empty(), minute(1)));

        assertThatThrownBy(() -> users.update(user.withProfile("Loser", Optional.empty(), minute(2))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.CONCURRENT_UPDATE));
        assertThat(users.findById(user.id())).contains(winner);
    }

    @Test
    void updateOfAnUnknownUserIsNotFound() {
        User never = soloPilot("nobody@example.kz");

        assertThatThrownBy(() -> users.update(never)).isInstanceOf(NotFoundException.class);
        assertThat(users.findByIdIncludingDeleted(never.id())).isEmpty();
    }

    @Test
    void updateRejectsAUniqueValueTakenByAnotherUserAndChangesNothing() {
        insertSoloPilot("a@example.kz", Optional.of("+77010000001"), Optional.empty());
        User other = insertSoloPilot("b@example.kz", Optional.empty(), Optional.empty());

        assertDuplicate(() -> users.update(other.withProfile("B", Optional.of("+77010000001"), minute(1))),
                "phoneNumber");
        assertThat(users.findById(other.id())).contains(other);
    }

    @Test
    void updateKeepingItsOwnUniqueValuesIsNoClash() {
        User user = insertSoloPilot("a@example.kz", Optional.of("+77010000001"), Optional.of("900101300123"));

        User stored = users.update(user.withProfile("Renamed", Optional.of("+77010000001"), minute(1)));

        assertThat(stored.fullName()).isEqualTo("Renamed");
    }

    @Test
    void changingAPhoneNumberFreesTheOldOne() {
        User user = insertSoloPilot("a@example.kz", Optional.of("+77010000001"), Optional.empty());
        users.update(user.withProfile(user.fullName(), Optional.of("+77010000002"), minute(1)));

        User next = insertSoloPilot("b@example.kz", Optional.of("+77010000001"), Optional.empty());

        assertThat(next.phoneNumber()).contains("+77010000001");
    }

    @Test
    void softDeleteHidesTheUserFromOrdinaryReadsAndRestoreShowsItAgain() {
        Organization organization = Rows.insertOrganization(storage);
        User member = Rows.insertMember(storage, organization.id(), UserRole.ORGANIZATION_PILOT);

        User deleted = users.update(member.deleted(minute(1)));

        assertThat(users.findById(member.id())).isEmpty();
        assertThat(users.findByIdIncludingDeleted(member.id())).contains(deleted);
        assertThat(users.findByEmail(member.email())).isEmpty();
        assertThat(users.findByOrganization(organization.id())).isEmpty();
        assertThat(users.findAll()).isEmpty();

        User restored = users.update(deleted.restored(minute(2)));

        assertThat(users.findById(member.id())).contains(restored);
        assertThat(users.findByEmail(member.email())).contains(restored);
        assertThat(users.findByOrganization(organization.id())).containsExactly(restored);
        assertThat(users.findAll()).containsExactly(restored);
    }

    @Test
    void findAllListsLiveUsersById() {
        UserId first = users.nextId();
        UserId second = users.nextId();
        UserId third = users.nextId();
        // Inserted out of order: the list must be ordered by id, not by insertion.
        User c = users.insert(Rows.user(third, "c@example.kz", UserRole.SOLO_PILOT, Optional.empty()));
        User a = users.insert(Rows.user(first, "a@example.kz", UserRole.SOLO_PILOT, Optional.empty()));
        User b = users.insert(Rows.user(second, "b@example.kz", UserRole.AUTHORITY_ADMIN, Optional.empty()));

        assertThat(users.findAll()).containsExactly(a, b, c);
    }

    @Test
    void findByOrganizationListsOnlyItsLiveMembersById() {
        OrganizationId mine = Rows.insertOrganization(storage).id();
        OrganizationId other = Rows.insertOrganization(storage).id();
        User admin = Rows.insertMember(storage, mine, UserRole.ORGANIZATION_ADMIN);
        Rows.insertMember(storage, other, UserRole.ORGANIZATION_PILOT);
        User pilot = Rows.insertMember(storage, mine, UserRole.ORGANIZATION_PILOT);
        Rows.insertSoloPilot(storage);

        assertThat(users.findByOrganization(mine)).containsExactly(admin, pilot);
    }

    @Test
    void countActiveAuthorityAdminsCountsOnlyLiveActiveAuthorityAdmins() {
        Rows.insertAuthorityAdmin(storage);
        Rows.insertAuthorityAdmin(storage);
        User inactive = Rows.insertAuthorityAdmin(storage);
        users.update(inactive.withActive(false, minute(1)));
        User deleted = Rows.insertAuthorityAdmin(storage);
        users.update(deleted.deleted(minute(1)));
        Rows.insertSoloPilot(storage);

        assertThat(users.countActiveAuthorityAdmins()).isEqualTo(2);
    }
}
