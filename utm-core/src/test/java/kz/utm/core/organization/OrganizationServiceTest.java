package kz.utm.core.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import kz.utm.core.UtmCore;
import kz.utm.core.common.AccessDeniedException;
import kz.utm.core.common.Audit;
import kz.utm.core.common.CommandValidator;
import kz.utm.core.common.ConflictException;
import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.ValidationException;
import kz.utm.core.common.constraints.KazakhIdChecksum;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.DroneStatus;
import kz.utm.core.drone.RegisterDrone;
import kz.utm.core.drone.UpdateDrone;
import kz.utm.core.memory.InMemoryStorage;
import kz.utm.core.telemetry.ReportTelemetry;
import kz.utm.core.telemetry.TelemetryInput;
import kz.utm.core.user.Argon2PasswordHasher;
import kz.utm.core.user.CreateUser;
import kz.utm.core.user.PasswordHasher;
import kz.utm.core.user.RegisterSoloPilot;
import kz.utm.core.user.UpdateProfile;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;
import kz.utm.core.zone.DefineZone;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;

/** The organization service, and what an organization's state means for its members. */
class OrganizationServiceTest {

    private static final CommandValidator VALIDATOR = CommandValidator.withDefaultProvider();
    private static final PasswordHasher HASHER = Argon2PasswordHasher.withCost(8, 1, 1);
    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");
    private static final String PASSWORD = "password-123";

    private final InMemoryStorage storage = new InMemoryStorage();
    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    private final UtmCore utm = UtmCore.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .eventPublisher(events::add).passwordHasher(HASHER).validator(VALIDATOR).build();
    private final User authority = storage.users().insert(new User(storage.users().nextId(),
            "Civil Aviation Committee", "authority@caa.kz", Optional.empty(), Optional.empty(),
            HASHER.hash("authority-password"), UserRole.AUTHORITY_ADMIN, Optional.empty(), true, 0,
            Audit.createdAt(NOW)));
    private int serial;

    // ---- registration ----------------------------------------------------------------------

    @Test
    void authorityRegistersAnActiveOrganizationWithoutAnAdmin() {
        Organization organization = utm.organizations().register(authority.id(),
                new RegisterOrganization(" Sky Survey LLP ", bin(1), " 1 Abay Ave ", " Almaty "));

        assertThat(organization.name()).isEqualTo("Sky Survey LLP");
        assertThat(organization.companyAddress()).isEqualTo("1 Abay Ave");
        assertThat(organization.city()).isEqualTo("Almaty");
        assertThat(organization.bin()).isEqualTo(bin(1));
        assertThat(organization.active()).isTrue();
        assertThat(organization.adminId()).isEmpty();
        assertThat(storage.organizations().findById(organization.id())).contains(organization);
        assertThat(events).containsExactly(
                new OrganizationEvent.OrganizationRegistered(organization.id(), authority.id(), NOW));
    }

    @Test
    void onlyTheAuthorityRegistersOrganizations() {
        Organization existing = organization("Sky Survey");
        User admin = orgAdmin(existing, "admin");
        User solo = utm.users().registerSoloPilot(new RegisterSoloPilot("Solo", "solo@pilots.kz", Optional.empty(),
                Optional.empty(), PASSWORD));
        List<Organization> before = storage.organizations().findAll();
        events.clear();

        for (User actor : List.of(admin, solo)) {
            assertThatThrownBy(() -> utm.organizations().register(actor.id(),
                    new RegisterOrganization("Rogue Org", bin(9), "3 Rogue St", "Shymkent")))
                    .as(actor.role().name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(storage.organizations().findAll()).isEqualTo(before);
        assertThat(events).isEmpty();
    }

    @Test
    void duplicateNameIsAConflictOnName() {
        organization("Sky Survey");
        List<Organization> before = storage.organizations().findAll();
        events.clear();

        ConflictException error = catchThrowableOfType(ConflictException.class,
                () -> utm.organizations().register(authority.id(),
                        new RegisterOrganization("Sky Survey", bin(50), "2 Other St", "Astana")));

        assertThat(error.kind()).isEqualTo(ConflictException.Kind.DUPLICATE);
        assertThat(error.field()).contains("name");
        assertThat(storage.organizations().findAll()).isEqualTo(before);
        assertThat(events).isEmpty();
    }

    @Test
    void duplicateBinIsAConflictOnBin() {
        utm.organizations().register(authority.id(), new RegisterOrganization("Sky Survey", bin(7), "1 Abay Ave",
                "Almaty"));
        List<Organization> before = storage.organizations().findAll();
        events.clear();

        ConflictException error = catchThrowableOfType(ConflictException.class,
                () -> utm.organizations().register(authority.id(),
                        new RegisterOrganization("Steppe Drones", bin(7), "2 Other St", "Astana")));

        assertThat(error.kind()).isEqualTo(ConflictException.Kind.DUPLICATE);
        assertThat(error.field()).contains("bin");
        assertThat(storage.organizations().findAll()).isEqualTo(before);
        assertThat(events).isEmpty();
    }

    @Test
    void renamingToATakenNameIsAConflictOnName() {
        organization("Sky Survey");
        Organization other = organization("Steppe Drones");

        assertThatThrownBy(() -> utm.organizations().update(authority.id(), other.id(),
                new UpdateOrganization("Sky Survey", "2 Other St", "Astana")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("name"));
        assertThat(storage.organizations().findById(other.id()).orElseThrow().name()).isEqualTo("Steppe Drones");
    }

    // ---- details and admin ----------------------------------------------------------------

    @Test
    void organizationAdminUpdatesTheirOwnOrganizationsDetails() {
        Organization organization = organization("Sky Survey");
        User admin = orgAdmin(organization, "admin");
        events.clear();

        Organization updated = utm.organizations().update(admin.id(), organization.id(),
                new UpdateOrganization("Sky Survey Group", "10 Satpayev St", "Astana"));

        assertThat(updated.name()).isEqualTo("Sky Survey Group");
        assertThat(updated.city()).isEqualTo("Astana");
        assertThat(updated.bin()).isEqualTo(organization.bin());
        assertThat(events).containsExactly(new OrganizationEvent.OrganizationChanged(organization.id(),
                OrganizationEvent.Change.DETAILS, admin.id(), NOW));
    }

    @Test
    void othersMayNotUpdateAnOrganization() {
        Organization organization = organization("Sky Survey");
        Organization other = organization("Steppe Drones");
        User admin = orgAdmin(organization, "admin");
        User pilot = orgPilot(admin, organization, "pilot");
        User otherAdmin = orgAdmin(other, "other-admin");
        UpdateOrganization update = new UpdateOrganization("Hijacked", "x", "y");

        // A member may read their organization but not change it; a stranger may not even see it.
        assertThatThrownBy(() -> utm.organizations().update(pilot.id(), organization.id(), update))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> utm.organizations().update(otherAdmin.id(), organization.id(), update))
                .isInstanceOf(NotFoundException.class);
        assertThat(storage.organizations().findById(organization.id()).orElseThrow().name()).isEqualTo("Sky Survey");
    }

    @Test
    void authorityNamesAMemberAdminAsTheOrganizationsAdmin() {
        Organization organization = organization("Sky Survey");
        User first = orgAdmin(organization, "first");
        User second = orgAdmin(organization, "second");
        events.clear();

        Organization changed = utm.organizations().setAdmin(authority.id(), organization.id(), second.id());

        assertThat(changed.adminId()).contains(second.id()).isNotEqualTo(Optional.of(first.id()));
        assertThat(events).containsExactly(new OrganizationEvent.OrganizationChanged(organization.id(),
                OrganizationEvent.Change.ADMIN, authority.id(), NOW));
    }

    @Test
    void theAdminMustBeAnOrganizationAdminOfThatOrganization() {
        Organization organization = organization("Sky Survey");
        Organization other = organization("Steppe Drones");
        User admin = orgAdmin(organization, "admin");
        User pilot = orgPilot(admin, organization, "pilot");
        User otherAdmin = orgAdmin(other, "other-admin");
        events.clear();

        for (User candidate : List.of(pilot, otherAdmin)) {
            ValidationException error = catchThrowableOfType(ValidationException.class,
                    () -> utm.organizations().setAdmin(authority.id(), organization.id(), candidate.id()));
            assertThat(error.fields()).containsExactly("adminId");
        }
        assertThat(storage.organizations().findById(organization.id()).orElseThrow().adminId()).contains(admin.id());
        assertThat(events).isEmpty();
    }

    @Test
    void onlyTheAuthoritySetsTheAdmin() {
        Organization organization = organization("Sky Survey");
        User admin = orgAdmin(organization, "admin");
        User second = orgAdmin(organization, "second");

        assertThatThrownBy(() -> utm.organizations().setAdmin(admin.id(), organization.id(), second.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ---- reading ---------------------------------------------------------------------------

    @Test
    void membersReadOnlyTheirOwnOrganizationAndTheAuthorityReadsAll() {
        Organization own = organization("Sky Survey");
        Organization other = organization("Steppe Drones");
        User admin = orgAdmin(own, "admin");
        User pilot = orgPilot(admin, own, "pilot");
        User solo = utm.users().registerSoloPilot(new RegisterSoloPilot("Solo", "solo@pilots.kz", Optional.empty(),
                Optional.empty(), PASSWORD));

        assertThat(utm.organizations().get(pilot.id(), own.id()).id()).isEqualTo(own.id());
        assertThat(utm.organizations().list(pilot.id())).extracting(Organization::id).containsExactly(own.id());
        assertThat(utm.organizations().list(admin.id())).extracting(Organization::id).containsExactly(own.id());
        assertThat(utm.organizations().list(solo.id())).isEmpty();
        assertThat(utm.organizations().list(authority.id())).extracting(Organization::id)
                .containsExactly(own.id(), other.id());
        assertThatThrownBy(() -> utm.organizations().get(pilot.id(), other.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> utm.organizations().get(solo.id(), own.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> utm.organizations().get(authority.id(), OrganizationId.of(404)))
                .isInstanceOf(NotFoundException.class);
    }

    // ---- deactivation ------------------------------------------------------------------------

    @Test
    void membersOfADeactivatedOrganizationAreDeniedEverything() {
        Organization organization = organization("Sky Survey");
        User admin = orgAdmin(organization, "admin");
        User pilot = orgPilot(admin, organization, "pilot");
        Drone drone = utm.drones().register(admin.id(), new RegisterDrone("DJI", "Matrice 300", "SN-ORG-1",
                Optional.of(organization.id())));
        utm.drones().assign(admin.id(), pilot.id(), drone.id());
        RestrictedZone zone = utm.zones().create(authority.id(), new DefineZone("Airport", Optional.empty(),
                new ZoneGeometry.Circle(GeoPoint.of(43.35, 77.04), 5_000), Optional.empty(), Optional.empty()));

        utm.organizations().deactivate(authority.id(), organization.id());
        long dronesBefore = storage.drones().findAll().size();
        events.clear();

        Map<String, ThrowingCallable> everything = new java.util.LinkedHashMap<>();
        for (User member : List.of(admin, pilot)) {
            String who = member.role() + " ";
            everything.put(who + "reads self", () -> utm.users().get(member.id(), member.id()));
            everything.put(who + "lists users", () -> utm.users().list(member.id()));
            everything.put(who + "updates profile", () -> utm.users().updateProfile(member.id(), member.id(),
                    new UpdateProfile("New Name", Optional.empty(), Optional.empty())));
            everything.put(who + "reads organization", () -> utm.organizations().get(member.id(), organization.id()));
            everything.put(who + "lists organizations", () -> utm.organizations().list(member.id()));
            everything.put(who + "reads drone", () -> utm.drones().get(member.id(), drone.id()));
            everything.put(who + "lists drones", () -> utm.drones().list(member.id()));
            everything.put(who + "lists assignments", () -> utm.drones().assignments(member.id(), drone.id()));
            everything.put(who + "reports telemetry", () -> utm.telemetry().report(member.id(),
                    new ReportTelemetry(drone.id(), List.of(new TelemetryInput(NOW, 43.2, 76.9, 50, Optional.empty(),
                            Optional.empty(), Optional.empty())))));
            everything.put(who + "reads telemetry", () -> utm.telemetry().history(member.id(), drone.id(),
                    NOW.minusSeconds(60), NOW.plusSeconds(60), 10));
            everything.put(who + "lists zones", () -> utm.zones().listEnforced(member.id()));
            everything.put(who + "reads zone", () -> utm.zones().get(member.id(), zone.id()));
        }
        everything.put("admin updates organization", () -> utm.organizations().update(admin.id(), organization.id(),
                new UpdateOrganization("Renamed", "x", "y")));
        everything.put("admin creates pilot", () -> utm.users().createUser(admin.id(), new CreateUser("New Pilot",
                "new-pilot@org.kz", Optional.empty(), Optional.empty(), PASSWORD, UserRole.ORGANIZATION_PILOT,
                Optional.of(organization.id()))));
        everything.put("admin deactivates pilot", () -> utm.users().deactivate(admin.id(), pilot.id()));
        everything.put("admin registers drone", () -> utm.drones().register(admin.id(),
                new RegisterDrone("DJI", "Mavic", "SN-ORG-2", Optional.of(organization.id()))));
        everything.put("admin updates drone", () -> utm.drones().update(admin.id(), drone.id(),
                new UpdateDrone("DJI", "Matrice", DroneStatus.MAINTENANCE)));
        everything.put("admin unassigns pilot", () -> utm.drones().unassign(admin.id(), pilot.id(), drone.id()));

        everything.forEach((what, call) ->
                assertThatThrownBy(call).as(what).isInstanceOf(AccessDeniedException.class));

        assertThat(storage.drones().findAll()).hasSize((int) dronesBefore);
        assertThat(storage.drones().findById(drone.id()).orElseThrow().status()).isEqualTo(DroneStatus.IDLE);
        assertThat(storage.assignments().findByDrone(drone.id())).hasSize(1);
        assertThat(storage.users().findById(pilot.id()).orElseThrow().active()).isTrue();
        assertThat(events).isEmpty();
    }

    @Test
    void reactivatingTheOrganizationLetsItsMembersActAgain() {
        Organization organization = organization("Sky Survey");
        User admin = orgAdmin(organization, "admin");
        utm.organizations().deactivate(authority.id(), organization.id());
        events.clear();

        Organization reactivated = utm.organizations().reactivate(authority.id(), organization.id());

        assertThat(reactivated.active()).isTrue();
        assertThat(utm.organizations().get(admin.id(), organization.id()).active()).isTrue();
        assertThat(events).containsExactly(new OrganizationEvent.OrganizationChanged(organization.id(),
                OrganizationEvent.Change.REACTIVATED, authority.id(), NOW));
    }

    @Test
    void deactivationIsStoredAndPublished() {
        Organization organization = organization("Sky Survey");
        events.clear();

        Organization deactivated = utm.organizations().deactivate(authority.id(), organization.id());

        assertThat(deactivated.active()).isFalse();
        assertThat(storage.organizations().findById(organization.id()).orElseThrow().active()).isFalse();
        assertThat(events).containsExactly(new OrganizationEvent.OrganizationChanged(organization.id(),
                OrganizationEvent.Change.DEACTIVATED, authority.id(), NOW));
    }

    @Test
    void organizationAdminMayNotDeactivateDeleteOrRestoreTheirOrganization() {
        Organization organization = organization("Sky Survey");
        User admin = orgAdmin(organization, "admin");

        assertThatThrownBy(() -> utm.organizations().deactivate(admin.id(), organization.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> utm.organizations().delete(admin.id(), organization.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(storage.organizations().findById(organization.id()).orElseThrow().isUsable()).isTrue();
    }

    // ---- soft delete ---------------------------------------------------------------------------

    @Test
    void softDeletedOrganizationIsHiddenAndItsMembersAreDeniedUntilTheAuthorityRestoresIt() {
        Organization organization = organization("Sky Survey");
        User admin = orgAdmin(organization, "admin");

        Organization deleted = utm.organizations().delete(authority.id(), organization.id());
        assertThat(deleted.audit().deletedAt()).contains(NOW);
        assertThat(storage.organizations().findById(organization.id())).isEmpty();
        assertThat(utm.organizations().list(authority.id())).isEmpty();
        assertThat(utm.organizations().get(authority.id(), organization.id()).audit().isDeleted()).isTrue();
        assertThatThrownBy(() -> utm.organizations().get(admin.id(), organization.id()))
                .isInstanceOf(AccessDeniedException.class);

        Organization restored = utm.organizations().restore(authority.id(), organization.id());

        assertThat(restored.audit().isDeleted()).isFalse();
        assertThat(utm.organizations().get(admin.id(), organization.id()).id()).isEqualTo(organization.id());
    }

    @Test
    void restoringAnOrganizationThatIsNotDeletedIsAConflict() {
        Organization organization = organization("Sky Survey");
        events.clear();

        assertThatThrownBy(() -> utm.organizations().restore(authority.id(), organization.id()))
                .isInstanceOf(ConflictException.class);
        assertThat(events).isEmpty();
    }

    @Test
    void theNameOfADeletedOrganizationStaysTaken() {
        Organization organization = organization("Sky Survey");
        utm.organizations().delete(authority.id(), organization.id());

        assertThatThrownBy(() -> organization("Sky Survey"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("name"));
    }

    // ---- fixture ---------------------------------------------------------------------------

    private Organization organization(String name) {
        return utm.organizations().register(authority.id(),
                new RegisterOrganization(name, bin(++serial + 100), "1 Abay Ave", "Almaty"));
    }

    private User orgAdmin(Organization organization, String handle) {
        return utm.users().createUser(authority.id(), new CreateUser(handle, handle + "@org.kz", Optional.empty(),
                Optional.empty(), PASSWORD, UserRole.ORGANIZATION_ADMIN, Optional.of(organization.id())));
    }

    private User orgPilot(User admin, Organization organization, String handle) {
        return utm.users().createUser(admin.id(), new CreateUser(handle, handle + "@org.kz", Optional.empty(),
                Optional.empty(), PASSWORD, UserRole.ORGANIZATION_PILOT, Optional.of(organization.id())));
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
