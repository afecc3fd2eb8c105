package kz.utm.core.drone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import kz.utm.core.UtmCore;
import kz.utm.core.common.AccessDeniedException;
import kz.utm.core.common.Audit;
import kz.utm.core.common.CommandValidator;
import kz.utm.core.common.ConflictException;
import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.constraints.KazakhIdChecksum;
import kz.utm.core.flightplan.SubmitFlightPlan;
import kz.utm.core.flightplan.WaypointInput;
import kz.utm.core.memory.InMemoryStorage;
import kz.utm.core.organization.Organization;
import kz.utm.core.organization.RegisterOrganization;
import kz.utm.core.user.Argon2PasswordHasher;
import kz.utm.core.user.CreateUser;
import kz.utm.core.user.PasswordHasher;
import kz.utm.core.user.RegisterSoloPilot;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;

/** The drone service: registration, reading, changes, soft delete, and pilot assignments. */
class DroneServiceTest {

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

    // Two organizations, each with an admin and pilots, and a solo pilot.
    private final Organization sky = organization("Sky Survey", 1);
    private final Organization steppe = organization("Steppe Drones", 2);
    private final User skyAdmin = orgAdmin(sky, "sky-admin");
    private final User skyPilot = orgPilot(skyAdmin, sky, "sky-pilot");
    private final User skyPilot2 = orgPilot(skyAdmin, sky, "sky-pilot-2");
    private final User steppeAdmin = orgAdmin(steppe, "steppe-admin");
    private final User steppePilot = orgPilot(steppeAdmin, steppe, "steppe-pilot");
    private final User solo = utm.users().registerSoloPilot(new RegisterSoloPilot("Solo Pilot", "solo@pilots.kz",
            Optional.empty(), Optional.empty(), PASSWORD));

    // ---- registration -----------------------------------------------------------------------

    @Test
    void soloPilotRegistersADroneAsItsOwner() {
        events.clear();

        Drone drone = utm.drones().register(solo.id(), new RegisterDrone(" DJI ", " Mavic 3 ", " SN-1 ",
                Optional.empty()));

        assertThat(drone.owner()).isEqualTo(new DroneOwner.OfSoloPilot(solo.id()));
        assertThat(drone.owner().type()).isEqualTo(DroneOwnerType.SOLO_PILOT);
        assertThat(drone.status()).isEqualTo(DroneStatus.IDLE);
        assertThat(drone.brand()).isEqualTo("DJI");
        assertThat(drone.serialNumber()).isEqualTo("SN-1");
        assertThat(drone.lastSeenAt()).isEmpty();
        assertThat(storage.drones().findById(drone.id())).contains(drone);
        assertThat(events).containsExactly(
                new DroneEvent.DroneRegistered(drone.id(), drone.owner(), solo.id(), NOW));
    }

    @Test
    void organizationAdminRegistersADroneForTheirOwnOrganization() {
        Drone drone = skyDrone("SN-ORG-1");

        assertThat(drone.organizationId()).contains(sky.id());
        assertThat(drone.soloOwnerId()).isEmpty();
        assertThat(drone.owner().type()).isEqualTo(DroneOwnerType.ORGANIZATION);
    }

    @Test
    void organizationAdminMayNotRegisterADroneForAnotherOrganization() {
        events.clear();

        assertThatThrownBy(() -> utm.drones().register(skyAdmin.id(),
                new RegisterDrone("DJI", "Mavic", "SN-X", Optional.of(steppe.id()))))
                .isInstanceOf(AccessDeniedException.class);
        assertNoDrones();
    }

    @Test
    void organizationPilotMayNotRegisterDrones() {
        assertThatThrownBy(() -> utm.drones().register(skyPilot.id(),
                new RegisterDrone("DJI", "Mavic", "SN-X", Optional.of(sky.id()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> utm.drones().register(skyPilot.id(),
                new RegisterDrone("DJI", "Mavic", "SN-Y", Optional.empty())))
                .isInstanceOf(AccessDeniedException.class);
        assertNoDrones();
    }

    @Test
    void organizationAdminMayNotRegisterADroneAsItsSoloOwnerAndTheAuthorityRegistersNone() {
        assertThatThrownBy(() -> utm.drones().register(skyAdmin.id(),
                new RegisterDrone("DJI", "Mavic", "SN-X", Optional.empty())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> utm.drones().register(authority.id(),
                new RegisterDrone("DJI", "Mavic", "SN-Y", Optional.empty())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> utm.drones().register(authority.id(),
                new RegisterDrone("DJI", "Mavic", "SN-Z", Optional.of(sky.id()))))
                .isInstanceOf(AccessDeniedException.class);
        assertNoDrones();
    }

    @Test
    void registeringForAnUnknownOrganizationIsRefusedLikeAnyOtherOrganizationRevealingNothing() {
        assertThatThrownBy(() -> utm.drones().register(skyAdmin.id(),
                new RegisterDrone("DJI", "Mavic", "SN-X", Optional.of(OrganizationId.of(404)))))
                .isInstanceOf(AccessDeniedException.class);
        assertNoDrones();
    }

    @Test
    void duplicateSerialNumberIsAConflictOnSerialNumber() {
        Drone first = soloDrone("SN-DUP");
        events.clear();

        ConflictException error = catchThrowableOfType(ConflictException.class, () -> utm.drones().register(
                skyAdmin.id(), new RegisterDrone("Autel", "EVO", "SN-DUP", Optional.of(sky.id()))));

        assertThat(error.kind()).isEqualTo(ConflictException.Kind.DUPLICATE);
        assertThat(error.field()).contains("serialNumber");
        assertThat(storage.drones().findAll()).containsExactly(first);
        assertThat(events).isEmpty();
    }

    // ---- reading ---------------------------------------------------------------------------

    @Test
    void eachUserListsOnlyTheDronesTheyMayRead() {
        Drone soloOwned = soloDrone("SN-SOLO");
        Drone skyAssigned = skyDrone("SN-SKY-1");
        Drone skyOther = skyDrone("SN-SKY-2");
        Drone steppeDrone = utm.drones().register(steppeAdmin.id(), new RegisterDrone("DJI", "Agras", "SN-STEPPE",
                Optional.of(steppe.id())));
        utm.drones().assign(skyAdmin.id(), skyPilot.id(), skyAssigned.id());

        assertThat(utm.drones().list(solo.id())).extracting(Drone::id).containsExactly(soloOwned.id());
        assertThat(utm.drones().list(skyAdmin.id())).extracting(Drone::id)
                .containsExactly(skyAssigned.id(), skyOther.id());
        assertThat(utm.drones().list(skyPilot.id())).extracting(Drone::id).containsExactly(skyAssigned.id());
        assertThat(utm.drones().list(skyPilot2.id())).isEmpty();
        assertThat(utm.drones().list(authority.id())).extracting(Drone::id)
                .containsExactly(soloOwned.id(), skyAssigned.id(), skyOther.id(), steppeDrone.id());

        assertThatThrownBy(() -> utm.drones().get(steppeAdmin.id(), skyAssigned.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> utm.drones().get(skyAdmin.id(), soloOwned.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> utm.drones().get(skyPilot2.id(), skyAssigned.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> utm.drones().get(solo.id(), DroneId.of(999)))
                .isInstanceOf(NotFoundException.class);
    }

    // ---- update --------------------------------------------------------------------------------

    @Test
    void ownerPutsTheDroneIntoMaintenanceAndNoPlanMayThenBeSubmittedWithIt() {
        Drone drone = soloDrone("SN-1");
        events.clear();

        Drone updated = utm.drones().update(solo.id(), drone.id(),
                new UpdateDrone(" DJI ", " Mavic 3 Pro ", DroneStatus.MAINTENANCE));

        assertThat(updated.status()).isEqualTo(DroneStatus.MAINTENANCE);
        assertThat(updated.model()).isEqualTo("Mavic 3 Pro");
        assertThat(updated.serialNumber()).isEqualTo("SN-1");
        assertThat(updated.version()).isGreaterThan(drone.version());
        assertThat(storage.drones().findById(drone.id())).contains(updated);
        assertThat(events).containsExactly(
                new DroneEvent.DroneChanged(drone.id(), DroneEvent.Change.DETAILS, solo.id(), NOW));

        assertThatThrownBy(() -> utm.flightPlans().submit(solo.id(), plan(drone.id())))
                .isInstanceOf(ConflictException.class);
        assertThat(storage.flightPlans().findAll()).isEmpty();
    }

    @Test
    void organizationAdminUpdatesTheirDronesButPilotsAndOthersMayNot() {
        Drone drone = skyDrone("SN-SKY");
        utm.drones().assign(skyAdmin.id(), skyPilot.id(), drone.id());
        UpdateDrone maintenance = new UpdateDrone("DJI", "Matrice", DroneStatus.MAINTENANCE);

        assertThatThrownBy(() -> utm.drones().update(skyPilot.id(), drone.id(), maintenance))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> utm.drones().update(steppeAdmin.id(), drone.id(), maintenance))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> utm.drones().update(authority.id(), drone.id(), maintenance))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(storage.drones().findById(drone.id()).orElseThrow().status()).isEqualTo(DroneStatus.IDLE);

        assertThat(utm.drones().update(skyAdmin.id(), drone.id(), maintenance).status())
                .isEqualTo(DroneStatus.MAINTENANCE);
    }

    // ---- delete and restore --------------------------------------------------------------------

    @Test
    void deletedDroneIsHiddenFromItsOwnerButTheAuthorityReadsAndRestoresIt() {
        Drone drone = soloDrone("SN-1");
        events.clear();

        Drone deleted = utm.drones().delete(solo.id(), drone.id());

        assertThat(deleted.audit().deletedAt()).contains(NOW);
        assertThatThrownBy(() -> utm.drones().get(solo.id(), drone.id())).isInstanceOf(NotFoundException.class);
        assertThat(utm.drones().list(solo.id())).isEmpty();
        assertThatThrownBy(() -> utm.drones().restore(solo.id(), drone.id())).isInstanceOf(NotFoundException.class);
        assertThat(utm.drones().get(authority.id(), drone.id()).audit().isDeleted()).isTrue();

        Drone restored = utm.drones().restore(authority.id(), drone.id());

        assertThat(restored.audit().isDeleted()).isFalse();
        assertThat(utm.drones().get(solo.id(), drone.id()).id()).isEqualTo(drone.id());
        assertThat(events).containsExactly(
                new DroneEvent.DroneChanged(drone.id(), DroneEvent.Change.DELETED, solo.id(), NOW),
                new DroneEvent.DroneChanged(drone.id(), DroneEvent.Change.RESTORED, authority.id(), NOW));
    }

    @Test
    void authorityGroundsAnyDroneButAPilotMayNot() {
        Drone drone = skyDrone("SN-SKY");
        utm.drones().assign(skyAdmin.id(), skyPilot.id(), drone.id());

        assertThatThrownBy(() -> utm.drones().delete(skyPilot.id(), drone.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(storage.drones().findById(drone.id())).isPresent();

        utm.drones().delete(authority.id(), drone.id());
        assertThat(storage.drones().findById(drone.id())).isEmpty();
    }

    @Test
    void restoringADroneThatIsNotDeletedIsAConflict() {
        Drone drone = soloDrone("SN-1");

        assertThatThrownBy(() -> utm.drones().restore(authority.id(), drone.id()))
                .isInstanceOf(ConflictException.class);
    }

    // ---- assignments ---------------------------------------------------------------------------

    @Test
    void organizationAdminAssignsTheirPilotToTheirDrone() {
        Drone drone = skyDrone("SN-SKY");
        assertThatThrownBy(() -> utm.drones().get(skyPilot.id(), drone.id())).isInstanceOf(NotFoundException.class);
        events.clear();

        DroneAssignment assignment = utm.drones().assign(skyAdmin.id(), skyPilot.id(), drone.id());

        assertThat(assignment).isEqualTo(new DroneAssignment(skyPilot.id(), drone.id(), NOW));
        assertThat(storage.assignments().find(skyPilot.id(), drone.id())).contains(assignment);
        assertThat(utm.drones().get(skyPilot.id(), drone.id()).id()).isEqualTo(drone.id());
        assertThat(events).containsExactly(new DroneEvent.PilotAssigned(drone.id(), skyPilot.id(), skyAdmin.id(), NOW));
    }

    @Test
    void assigningTwiceKeepsTheFirstAssignment() {
        Drone drone = skyDrone("SN-SKY");
        DroneAssignment first = utm.drones().assign(skyAdmin.id(), skyPilot.id(), drone.id());

        DroneAssignment second = utm.drones().assign(skyAdmin.id(), skyPilot.id(), drone.id());

        assertThat(second).isEqualTo(first);
        assertThat(storage.assignments().findByDrone(drone.id())).hasSize(1);
    }

    @Test
    void aPilotOfAnotherOrganizationCannotBeAssigned() {
        Drone drone = skyDrone("SN-SKY");
        events.clear();

        // The steppe pilot is not even visible to the sky admin: not found, not assigned.
        assertThatThrownBy(() -> utm.drones().assign(skyAdmin.id(), steppePilot.id(), drone.id()))
                .isInstanceOf(NotFoundException.class);
        // The steppe admin does not see the sky drone.
        assertThatThrownBy(() -> utm.drones().assign(steppeAdmin.id(), steppePilot.id(), drone.id()))
                .isInstanceOf(NotFoundException.class);

        assertThat(storage.assignments().findByDrone(drone.id())).isEmpty();
        assertThat(storage.assignments().findByUser(steppePilot.id())).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void onlyOrganizationPilotsCanBeAssignedAndOnlyToOrganizationDrones() {
        Drone drone = skyDrone("SN-SKY");
        Drone soloOwned = soloDrone("SN-SOLO");
        User coAdmin = orgAdmin(sky, "sky-co-admin");

        assertThatThrownBy(() -> utm.drones().assign(skyAdmin.id(), coAdmin.id(), drone.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> utm.drones().assign(skyAdmin.id(), solo.id(), drone.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> utm.drones().assign(skyAdmin.id(), skyPilot.id(), soloOwned.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> utm.drones().assign(authority.id(), skyPilot.id(), drone.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> utm.drones().assign(skyPilot.id(), skyPilot.id(), drone.id()))
                .isInstanceOf(NotFoundException.class);

        assertThat(storage.assignments().findByDrone(drone.id())).isEmpty();
        assertThat(storage.assignments().findByDrone(soloOwned.id())).isEmpty();
    }

    @Test
    void aPilotSeesOnlyTheirOwnAssignmentWhileTheAdminAndTheAuthoritySeeAll() {
        Drone drone = skyDrone("SN-SKY");
        utm.drones().assign(skyAdmin.id(), skyPilot.id(), drone.id());
        utm.drones().assign(skyAdmin.id(), skyPilot2.id(), drone.id());

        assertThat(utm.drones().assignments(skyPilot.id(), drone.id())).extracting(DroneAssignment::userId)
                .containsExactly(skyPilot.id());
        assertThat(utm.drones().assignments(skyPilot2.id(), drone.id())).extracting(DroneAssignment::userId)
                .containsExactly(skyPilot2.id());
        assertThat(utm.drones().assignments(skyAdmin.id(), drone.id())).extracting(DroneAssignment::userId)
                .containsExactlyInAnyOrder(skyPilot.id(), skyPilot2.id());
        assertThat(utm.drones().assignments(authority.id(), drone.id())).extracting(DroneAssignment::userId)
                .containsExactlyInAnyOrder(skyPilot.id(), skyPilot2.id());
        assertThatThrownBy(() -> utm.drones().assignments(steppeAdmin.id(), drone.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void unassigningTakesThePilotsAccessAwayAndIsPublishedOnce() {
        Drone drone = skyDrone("SN-SKY");
        utm.drones().assign(skyAdmin.id(), skyPilot.id(), drone.id());
        events.clear();

        assertThat(utm.drones().unassign(skyAdmin.id(), skyPilot.id(), drone.id())).isTrue();
        assertThat(utm.drones().unassign(skyAdmin.id(), skyPilot.id(), drone.id())).isFalse();

        assertThat(storage.assignments().find(skyPilot.id(), drone.id())).isEmpty();
        assertThatThrownBy(() -> utm.drones().get(skyPilot.id(), drone.id())).isInstanceOf(NotFoundException.class);
        assertThat(events).containsExactly(
                new DroneEvent.PilotUnassigned(drone.id(), skyPilot.id(), skyAdmin.id(), NOW));
    }

    @Test
    void aPilotMayNotUnassignThemselves() {
        Drone drone = skyDrone("SN-SKY");
        utm.drones().assign(skyAdmin.id(), skyPilot.id(), drone.id());

        assertThatThrownBy(() -> utm.drones().unassign(skyPilot.id(), skyPilot.id(), drone.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(storage.assignments().find(skyPilot.id(), drone.id())).isPresent();
    }

    // ---- fixture ---------------------------------------------------------------------------

    private void assertNoDrones() {
        assertThat(storage.drones().findAll()).isEmpty();
        assertThat(events).noneMatch(e -> e instanceof DroneEvent);
    }

    private Drone soloDrone(String serialNumber) {
        return utm.drones().register(solo.id(), new RegisterDrone("DJI", "Mavic 3", serialNumber, Optional.empty()));
    }

    private Drone skyDrone(String serialNumber) {
        return utm.drones().register(skyAdmin.id(), new RegisterDrone("DJI", "Matrice 300", serialNumber,
                Optional.of(sky.id())));
    }

    private static SubmitFlightPlan plan(DroneId drone) {
        return new SubmitFlightPlan(drone, NOW.plus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(2)),
                Optional.empty(), List.of(new WaypointInput(0, 43.2, 76.8, 50), new WaypointInput(1, 43.21, 76.81, 60)));
    }

    private Organization organization(String name, int n) {
        return utm.organizations().register(authority.id(), new RegisterOrganization(name, bin(n), "1 Abay Ave",
                "Almaty"));
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
