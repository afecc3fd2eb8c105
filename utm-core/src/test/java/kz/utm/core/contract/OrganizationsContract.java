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
import kz.utm.core.organization.Organizations;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;

/** The contract of {@link Organizations}, for every adapter: extend it and supply new storage. */
public abstract class OrganizationsContract {

    private UtmStorage storage;
    private Organizations organizations;

    /** New storage whose every table is empty; called before each test. */
    protected abstract UtmStorage newStorage();

    @BeforeEach
    void setUpStorage() {
        storage = newStorage();
        organizations = storage.organizations();
    }

    private Organization organization(String name, String bin) {
        return Rows.organization(organizations.nextId(), name, bin);
    }

    private UserId newAdminOf(OrganizationId organization) {
        return Rows.insertMember(storage, organization, UserRole.ORGANIZATION_ADMIN).id();
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
        assertThat(organizations.nextId()).isNotEqualTo(organizations.nextId());
    }

    @Test
    void insertedOrganizationIsReadBackEqualAtVersionZero() {
        Organization organization = organization("Sky Survey LLP", "050440000002");

        Organization stored = organizations.insert(organization);

        assertThat(stored).isEqualTo(organization);
        assertThat(stored.version()).isZero();
        assertThat(organizations.findById(organization.id())).contains(organization);
        assertThat(organizations.findByIdIncludingDeleted(organization.id())).contains(organization);
    }

    @Test
    void unknownIdIsNotFound() {
        OrganizationId never = organizations.nextId();

        assertThat(organizations.findById(never)).isEmpty();
        assertThat(organizations.findByIdIncludingDeleted(never)).isEmpty();
    }

    @Test
    void insertRejectsATakenId() {
        Organization first = organizations.insert(organization("First", "000000000001"));

        assertDuplicate(() -> organizations.insert(Rows.organization(first.id(), "Second", "000000000002")), "id");
        assertThat(organizations.findById(first.id())).contains(first);
    }

    @Test
    void insertRejectsATakenName() {
        organizations.insert(organization("Sky Survey LLP", "000000000001"));

        assertDuplicate(() -> organizations.insert(organization("Sky Survey LLP", "000000000002")), "name");
    }

    @Test
    void insertRejectsATakenBin() {
        organizations.insert(organization("First", "050440000002"));

        assertDuplicate(() -> organizations.insert(organization("Second", "050440000002")), "bin");
    }

    @Test
    void insertRejectsAnAdminWhoAlreadyAdministersAnOrganization() {
        Organization first = Rows.insertOrganizationWithAdmin(storage);
        Organization second = organization("Second", "000000000099");

        assertDuplicate(() -> organizations.insert(second.withAdmin(first.adminId(), minute(1))), "adminId");
        assertThat(organizations.findByIdIncludingDeleted(second.id())).isEmpty();
    }

    @Test
    void organizationsWithoutAdminDoNotClash() {
        organizations.insert(organization("First", "000000000001"));
        organizations.insert(organization("Second", "000000000002"));

        assertThat(organizations.findAll()).hasSize(2);
    }

    @Test
    void softDeletedOrganizationKeepsItsUniqueValuesTaken() {
        Organization gone = Rows.insertOrganizationWithAdmin(storage);
        organizations.update(gone.deleted(minute(1)));

        assertDuplicate(() -> organizations.insert(organization(gone.name(), "000000000099")), "name");
        assertDuplicate(() -> organizations.insert(organization("Other", gone.bin())), "bin");
        assertDuplicate(() -> organizations.insert(organization("Third", "000000000098")
                .withAdmin(gone.adminId(), minute(2))), "adminId");
    }

    @Test
    void updateStoresTheChangeAndIncrementsTheVersion() {
        Organization organization = organizations.insert(organization("Old Name", "000000000001"));
        Organization changed = organization.withDetails("New Name", "Abay Avenue 1", "Astana", minute(5));

        Organization stored = organizations.update(changed);

        assertThat(stored).isEqualTo(changed.withVersion(1));
        assertThat(organizations.findById(organization.id())).contains(stored);
        assertThat(organizations.update(stored.withActive(false, minute(6))).version()).isEqualTo(2);
    }

    @Test
    void updateWithAStaleVersionIsAConcurrentUpdateAndChangesNothing() {
        Organization organization = organizations.insert(organization("Old Name", "000000000001"));
        Organization winner = organizations.update(organization.withDetails("Winner", "a", "b", minute(1)));

        assertThatThrownBy(() -> organizations.update(organization.withDetails("Loser", "a", "b", minute(2))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.CONCURRENT_UPDATE));
        assertThat(organizations.findById(organization.id())).contains(winner);
        // The loser's name was never stored, so it is free.
        organizations.insert(organization("Loser", "000000000002"));
    }

    @Test
    void updateOfAnUnknownOrganizationIsNotFound() {
        Organization never = organization("Nobody", "000000000001");

        assertThatThrownBy(() -> organizations.update(never)).isInstanceOf(NotFoundException.class);
        assertThat(organizations.findByIdIncludingDeleted(never.id())).isEmpty();
    }

    @Test
    void updateRejectsANameTakenByAnotherOrganizationAndChangesNothing() {
        organizations.insert(organization("Taken", "000000000001"));
        Organization other = organizations.insert(organization("Other", "000000000002"));

        assertDuplicate(() -> organizations.update(other.withDetails("Taken", "a", "b", minute(1))), "name");
        assertThat(organizations.findById(other.id())).contains(other);
    }

    @Test
    void updateRejectsAnAdminOfAnotherOrganization() {
        Organization first = Rows.insertOrganizationWithAdmin(storage);
        Organization second = Rows.insertOrganization(storage);

        assertDuplicate(() -> organizations.update(second.withAdmin(first.adminId(), minute(1))), "adminId");
        assertThat(organizations.findById(second.id())).contains(second);
    }

    @Test
    void changingTheAdminFreesTheFormerOne() {
        Organization first = Rows.insertOrganizationWithAdmin(storage);
        UserId formerAdmin = first.adminId().orElseThrow();
        organizations.update(first.withAdmin(Optional.of(newAdminOf(first.id())), minute(1)));
        Organization second = Rows.insertOrganization(storage);

        Organization stored = organizations.update(second.withAdmin(Optional.of(formerAdmin), minute(2)));

        assertThat(organizations.findByAdmin(formerAdmin)).contains(stored);
    }

    @Test
    void findByAdminFindsTheLiveOrganizationItAdministers() {
        Organization administered = Rows.insertOrganizationWithAdmin(storage);
        Rows.insertOrganizationWithAdmin(storage);
        User stranger = Rows.insertSoloPilot(storage);

        assertThat(organizations.findByAdmin(administered.adminId().orElseThrow())).contains(administered);
        assertThat(organizations.findByAdmin(stranger.id())).isEmpty();
    }

    @Test
    void softDeleteHidesTheOrganizationFromOrdinaryReadsAndRestoreShowsItAgain() {
        Organization organization = Rows.insertOrganizationWithAdmin(storage);
        UserId admin = organization.adminId().orElseThrow();

        Organization deleted = organizations.update(organization.deleted(minute(1)));

        assertThat(organizations.findById(organization.id())).isEmpty();
        assertThat(organizations.findByIdIncludingDeleted(organization.id())).contains(deleted);
        assertThat(organizations.findByAdmin(admin)).isEmpty();
        assertThat(organizations.findAll()).isEmpty();

        Organization restored = organizations.update(deleted.restored(minute(2)));

        assertThat(organizations.findById(organization.id())).contains(restored);
        assertThat(organizations.findByAdmin(admin)).contains(restored);
        assertThat(organizations.findAll()).containsExactly(restored);
    }

    @Test
    void findAllListsLiveOrganizationsById() {
        OrganizationId first = organizations.nextId();
        OrganizationId second = organizations.nextId();
        OrganizationId third = organizations.nextId();
        Organization c = organizations.insert(Rows.organization(third, "C", "000000000003"));
        Organization a = organizations.insert(Rows.organization(first, "A", "000000000001"));
        Organization b = organizations.insert(Rows.organization(second, "B", "000000000002"));

        assertThat(organizations.findAll()).containsExactly(a, b, c);
    }
}
