package kz.utm.core.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import kz.utm.core.UtmCore;
import kz.utm.core.common.AccessDeniedException;
import kz.utm.core.common.AltitudeBand;
import kz.utm.core.common.Audit;
import kz.utm.core.common.CommandValidator;
import kz.utm.core.common.ConflictException;
import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.ZoneId;
import kz.utm.core.common.constraints.KazakhIdChecksum;
import kz.utm.core.memory.InMemoryStorage;
import kz.utm.core.organization.Organization;
import kz.utm.core.organization.RegisterOrganization;
import kz.utm.core.user.Argon2PasswordHasher;
import kz.utm.core.user.CreateUser;
import kz.utm.core.user.PasswordHasher;
import kz.utm.core.user.RegisterSoloPilot;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;

/**
 * The zone service: the authority defines and manages restricted zones; every signed-in user
 * reads the ones in force.
 */
class ZoneServiceTest {

    private static final CommandValidator VALIDATOR = CommandValidator.withDefaultProvider();
    private static final PasswordHasher HASHER = Argon2PasswordHasher.withCost(8, 1, 1);
    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");
    private static final String PASSWORD = "password-123";
    private static final ZoneGeometry AIRPORT = new ZoneGeometry.Circle(GeoPoint.of(43.35, 77.04), 5_000);
    private static final ZoneGeometry PARK = ZoneGeometry.Polygon.of(List.of(GeoPoint.of(43.20, 76.80),
            GeoPoint.of(43.20, 76.90), GeoPoint.of(43.30, 76.90), GeoPoint.of(43.30, 76.80),
            GeoPoint.of(43.20, 76.80)));

    private final InMemoryStorage storage = new InMemoryStorage();
    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    private final UtmCore utm = UtmCore.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .eventPublisher(events::add).passwordHasher(HASHER).validator(VALIDATOR).build();
    private final User authority = storage.users().insert(new User(storage.users().nextId(),
            "Civil Aviation Committee", "authority@caa.kz", Optional.empty(), Optional.empty(),
            HASHER.hash("authority-password"), UserRole.AUTHORITY_ADMIN, Optional.empty(), true, 0,
            Audit.createdAt(NOW)));
    private final Organization sky = utm.organizations().register(authority.id(),
            new RegisterOrganization("Sky Survey", bin(1), "1 Abay Ave", "Almaty"));
    private final User skyAdmin = member(authority, "sky-admin", UserRole.ORGANIZATION_ADMIN);
    private final User skyPilot = member(skyAdmin, "sky-pilot", UserRole.ORGANIZATION_PILOT);
    private final User solo = utm.users().registerSoloPilot(new RegisterSoloPilot("Solo", "solo@pilots.kz",
            Optional.empty(), Optional.empty(), PASSWORD));

    // ---- creation ---------------------------------------------------------------------------

    @Test
    void authorityCreatesAnActiveZone() {
        events.clear();

        RestrictedZone zone = utm.zones().create(authority.id(), new DefineZone(" Almaty Airport ",
                Optional.of(" Control zone "), AIRPORT, Optional.of(0.0), Optional.of(120.0)));

        assertThat(zone.name()).isEqualTo("Almaty Airport");
        assertThat(zone.description()).contains("Control zone");
        assertThat(zone.geometry()).isEqualTo(AIRPORT);
        assertThat(zone.geometryType()).isEqualTo(NfzGeometryType.CIRCLE);
        assertThat(zone.altitudeBand()).isEqualTo(new AltitudeBand(0, 120));
        assertThat(zone.active()).isTrue();
        assertThat(zone.isEnforced()).isTrue();
        assertThat(zone.createdByAuthorityId()).isEqualTo(authority.id());
        assertThat(storage.zones().findById(zone.id())).contains(zone);
        assertThat(events).containsExactly(new ZoneEvent.ZoneCreated(zone.id(), authority.id(), NOW));
    }

    @Test
    void aZoneWithoutAltitudesCoversEveryAltitude() {
        RestrictedZone zone = utm.zones().create(authority.id(), new DefineZone("Park", Optional.empty(), PARK,
                Optional.empty(), Optional.empty()));

        assertThat(zone.altitudeBand()).isEqualTo(AltitudeBand.unbounded());
        assertThat(zone.geometryType()).isEqualTo(NfzGeometryType.POLYGON);
    }

    @Test
    void onlyTheAuthorityCreatesZones() {
        events.clear();

        for (User actor : List.of(skyAdmin, skyPilot, solo)) {
            assertThatThrownBy(() -> utm.zones().create(actor.id(), airport()))
                    .as(actor.role().name()).isInstanceOf(AccessDeniedException.class);
        }

        assertThat(storage.zones().findAll()).isEmpty();
        assertThat(events).isEmpty();
    }

    // ---- reading ---------------------------------------------------------------------------

    @Test
    void everySignedInUserReadsTheZonesInForce() {
        RestrictedZone airport = utm.zones().create(authority.id(), airport());
        RestrictedZone park = utm.zones().create(authority.id(), park());

        for (User reader : List.of(skyPilot, skyAdmin, solo, authority)) {
            assertThat(utm.zones().listEnforced(reader.id())).as(reader.role().name())
                    .extracting(RestrictedZone::id).containsExactly(airport.id(), park.id());
            assertThat(utm.zones().get(reader.id(), airport.id())).isEqualTo(airport);
        }
    }

    @Test
    void organizationPilotGetsNotFoundForAnInactiveZoneWhileTheAuthoritySeesIt() {
        RestrictedZone airport = utm.zones().create(authority.id(), airport());
        RestrictedZone park = utm.zones().create(authority.id(), park());

        utm.zones().deactivate(authority.id(), park.id());

        assertThatThrownBy(() -> utm.zones().get(skyPilot.id(), park.id())).isInstanceOf(NotFoundException.class);
        assertThat(utm.zones().listEnforced(skyPilot.id())).extracting(RestrictedZone::id)
                .containsExactly(airport.id());
        assertThat(utm.zones().list(skyPilot.id())).extracting(RestrictedZone::id).containsExactly(airport.id());
        assertThat(utm.zones().get(authority.id(), park.id()).active()).isFalse();
        assertThat(utm.zones().list(authority.id())).extracting(RestrictedZone::id)
                .containsExactly(airport.id(), park.id());
    }

    @Test
    void anUnknownZoneIsNotFound() {
        assertThatThrownBy(() -> utm.zones().get(authority.id(), ZoneId.of(404)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> utm.zones().deactivate(authority.id(), ZoneId.of(404)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDeactivatedUserReadsNoZones() {
        utm.zones().create(authority.id(), airport());
        utm.users().deactivate(authority.id(), solo.id());

        assertThatThrownBy(() -> utm.zones().listEnforced(solo.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> utm.zones().list(solo.id())).isInstanceOf(AccessDeniedException.class);
    }

    // ---- activation -------------------------------------------------------------------------

    @Test
    void deactivatingAZoneTakesItOutOfForceAndActivatingPutsItBack() {
        RestrictedZone zone = utm.zones().create(authority.id(), airport());
        events.clear();

        RestrictedZone inactive = utm.zones().deactivate(authority.id(), zone.id());
        assertThat(inactive.active()).isFalse();
        assertThat(utm.zones().listEnforced(skyPilot.id())).isEmpty();
        assertThat(storage.zones().findEnforced()).isEmpty();

        RestrictedZone active = utm.zones().activate(authority.id(), zone.id());
        assertThat(active.active()).isTrue();
        assertThat(utm.zones().listEnforced(skyPilot.id())).extracting(RestrictedZone::id).containsExactly(zone.id());

        assertThat(events).containsExactly(
                new ZoneEvent.ZoneChanged(zone.id(), ZoneEvent.Change.DEACTIVATED, authority.id(), NOW),
                new ZoneEvent.ZoneChanged(zone.id(), ZoneEvent.Change.ACTIVATED, authority.id(), NOW));
    }

    @Test
    void othersMayReadAnActiveZoneButNotManageIt() {
        RestrictedZone zone = utm.zones().create(authority.id(), airport());
        events.clear();

        for (User actor : List.of(skyAdmin, skyPilot, solo)) {
            assertThatThrownBy(() -> utm.zones().deactivate(actor.id(), zone.id())).as(actor.role().name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> utm.zones().delete(actor.id(), zone.id())).as(actor.role().name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> utm.zones().redefine(actor.id(), zone.id(), park())).as(actor.role().name())
                    .isInstanceOf(AccessDeniedException.class);
        }

        assertThat(storage.zones().findById(zone.id())).contains(zone);
        assertThat(events).isEmpty();
    }

    @Test
    void aZoneTheActorMayNotReadIsNotFoundWhenTheyTryToManageIt() {
        // Access policy rule 4: a resource the actor may not read is reported as not found, so a
        // pilot cannot learn that an inactive zone exists by trying to change it.
        RestrictedZone zone = utm.zones().create(authority.id(), airport());
        utm.zones().deactivate(authority.id(), zone.id());

        assertThatThrownBy(() -> utm.zones().activate(skyPilot.id(), zone.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> utm.zones().redefine(skyPilot.id(), zone.id(), park()))
                .isInstanceOf(NotFoundException.class);
        assertThat(storage.zones().findById(zone.id()).orElseThrow().active()).isFalse();
    }

    // ---- redefinition -------------------------------------------------------------------------

    @Test
    void authorityRedefinesAZone() {
        RestrictedZone zone = utm.zones().create(authority.id(), airport());
        events.clear();

        RestrictedZone redefined = utm.zones().redefine(authority.id(), zone.id(), new DefineZone("Central Park",
                Optional.of("Events"), PARK, Optional.of(10.0), Optional.empty()));

        assertThat(redefined.id()).isEqualTo(zone.id());
        assertThat(redefined.name()).isEqualTo("Central Park");
        assertThat(redefined.geometry()).isEqualTo(PARK);
        assertThat(redefined.altitudeBand()).isEqualTo(new AltitudeBand(10, Double.POSITIVE_INFINITY));
        assertThat(redefined.active()).isTrue();
        assertThat(redefined.createdByAuthorityId()).isEqualTo(authority.id());
        assertThat(storage.zones().findById(zone.id())).contains(redefined);
        assertThat(events).containsExactly(
                new ZoneEvent.ZoneChanged(zone.id(), ZoneEvent.Change.REDEFINED, authority.id(), NOW));
    }

    // ---- soft delete ---------------------------------------------------------------------------

    @Test
    void deletedZoneLeavesForceAndIsHiddenFromAllButTheAuthorityUntilRestored() {
        RestrictedZone zone = utm.zones().create(authority.id(), airport());
        events.clear();

        RestrictedZone deleted = utm.zones().delete(authority.id(), zone.id());

        assertThat(deleted.audit().deletedAt()).contains(NOW);
        assertThat(utm.zones().listEnforced(skyPilot.id())).isEmpty();
        assertThat(utm.zones().list(authority.id())).isEmpty();
        assertThatThrownBy(() -> utm.zones().get(skyPilot.id(), zone.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> utm.zones().restore(skyPilot.id(), zone.id())).isInstanceOf(NotFoundException.class);
        assertThat(utm.zones().get(authority.id(), zone.id()).audit().isDeleted()).isTrue();

        RestrictedZone restored = utm.zones().restore(authority.id(), zone.id());

        assertThat(restored.audit().isDeleted()).isFalse();
        assertThat(utm.zones().listEnforced(skyPilot.id())).extracting(RestrictedZone::id).containsExactly(zone.id());
        assertThat(events).containsExactly(
                new ZoneEvent.ZoneChanged(zone.id(), ZoneEvent.Change.DELETED, authority.id(), NOW),
                new ZoneEvent.ZoneChanged(zone.id(), ZoneEvent.Change.RESTORED, authority.id(), NOW));
    }

    @Test
    void redefiningADeletedZoneIsAConflictAndChangesNothing() {
        RestrictedZone zone = utm.zones().create(authority.id(), airport());
        RestrictedZone deleted = utm.zones().delete(authority.id(), zone.id());
        events.clear();

        ConflictException error = catchThrowableOfType(ConflictException.class,
                () -> utm.zones().redefine(authority.id(), zone.id(), park()));

        assertThat(error.kind()).isEqualTo(ConflictException.Kind.STATE);
        assertThat(storage.zones().findByIdIncludingDeleted(zone.id())).contains(deleted);
        assertThat(events).isEmpty();
    }

    @Test
    void aDeletedZoneCannotBeActivatedDeactivatedOrDeletedAgain() {
        RestrictedZone zone = utm.zones().create(authority.id(), airport());
        RestrictedZone deleted = utm.zones().delete(authority.id(), zone.id());
        events.clear();

        assertThatThrownBy(() -> utm.zones().activate(authority.id(), zone.id()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> utm.zones().deactivate(authority.id(), zone.id()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> utm.zones().delete(authority.id(), zone.id()))
                .isInstanceOf(ConflictException.class);
        assertThat(storage.zones().findByIdIncludingDeleted(zone.id())).contains(deleted);
        assertThat(events).isEmpty();
    }

    @Test
    void restoringAZoneThatIsNotDeletedIsAConflict() {
        RestrictedZone zone = utm.zones().create(authority.id(), airport());
        events.clear();

        assertThatThrownBy(() -> utm.zones().restore(authority.id(), zone.id()))
                .isInstanceOf(ConflictException.class);
        assertThat(events).isEmpty();
    }

    @Test
    void aRestoredZoneKeepsItsInactiveState() {
        RestrictedZone zone = utm.zones().create(authority.id(), airport());
        utm.zones().deactivate(authority.id(), zone.id());
        utm.zones().delete(authority.id(), zone.id());

        RestrictedZone restored = utm.zones().restore(authority.id(), zone.id());

        assertThat(restored.active()).isFalse();
        assertThat(utm.zones().listEnforced(authority.id())).isEmpty();
    }

    // ---- fixture ---------------------------------------------------------------------------

    private static DefineZone airport() {
        return new DefineZone("Almaty Airport", Optional.empty(), AIRPORT, Optional.of(0.0), Optional.of(120.0));
    }

    private static DefineZone park() {
        return new DefineZone("Central Park", Optional.empty(), PARK, Optional.empty(), Optional.empty());
    }

    private User member(User creator, String handle, UserRole role) {
        return utm.users().createUser(creator.id(), new CreateUser(handle, handle + "@org.kz", Optional.empty(),
                Optional.empty(), PASSWORD, role, Optional.of(sky.id())));
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
