package kz.utm.core.contract;

import static kz.utm.core.contract.Rows.minute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.utm.core.UtmStorage;
import kz.utm.core.common.AltitudeBand;
import kz.utm.core.common.ConflictException;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ZoneId;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.RestrictedZones;
import kz.utm.core.zone.ZoneGeometry;

/** The contract of {@link RestrictedZones}, for every adapter: extend it and supply new storage. */
public abstract class RestrictedZonesContract {

    private UtmStorage storage;
    private RestrictedZones zones;
    private UserId authority;

    /** New storage whose every table is empty; called before each test. */
    protected abstract UtmStorage newStorage();

    @BeforeEach
    void setUpStorage() {
        storage = newStorage();
        zones = storage.zones();
        authority = Rows.insertAuthorityAdmin(storage).id();
    }

    private RestrictedZone insertCircle() {
        return zones.insert(Rows.circleZone(zones.nextId(), authority));
    }

    @Test
    void nextIdHandsOutDistinctIds() {
        assertThat(zones.nextId()).isNotEqualTo(zones.nextId());
    }

    @Test
    void insertedZonesAreReadBackEqualAtVersionZeroWhateverTheirShape() {
        RestrictedZone circle = Rows.circleZone(zones.nextId(), authority);
        RestrictedZone polygon = Rows.polygonZone(zones.nextId(), authority);

        assertThat(zones.insert(circle)).isEqualTo(circle);
        assertThat(zones.insert(polygon)).isEqualTo(polygon);

        assertThat(zones.findById(circle.id())).contains(circle);
        assertThat(zones.findById(polygon.id())).contains(polygon);
        assertThat(zones.findByIdIncludingDeleted(polygon.id())).contains(polygon);
        assertThat(zones.findById(polygon.id()).orElseThrow().version()).isZero();
    }

    @Test
    void unknownIdIsNotFound() {
        ZoneId never = zones.nextId();

        assertThat(zones.findById(never)).isEmpty();
        assertThat(zones.findByIdIncludingDeleted(never)).isEmpty();
    }

    @Test
    void insertRejectsATakenId() {
        RestrictedZone first = insertCircle();

        assertThatThrownBy(() -> zones.insert(Rows.polygonZone(first.id(), authority)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ConflictException.Kind.DUPLICATE);
                    assertThat(e.field()).contains("id");
                });
        assertThat(zones.findById(first.id())).contains(first);
    }

    @Test
    void zonesMayShareAName() {
        RestrictedZone first = insertCircle();
        RestrictedZone second = Rows.circleZone(zones.nextId(), authority);
        RestrictedZone sameName = new RestrictedZone(second.id(), first.name(), second.description(),
                second.geometry(), second.altitudeBand(), true, authority, 0, second.audit());

        zones.insert(sameName);

        assertThat(zones.findAll()).hasSize(2);
    }

    @Test
    void updateStoresTheChangeAndIncrementsTheVersion() {
        RestrictedZone zone = insertCircle();
        RestrictedZone changed = zone.withDefinition("Stadium", Optional.empty(),
                new ZoneGeometry.Circle(GeoPoint.of(43.2330, 76.9250), 800),
                AltitudeBand.of(OptionalDouble.empty(), OptionalDouble.of(150)), minute(5));

        RestrictedZone stored = zones.update(changed);

        assertThat(stored).isEqualTo(changed.withVersion(1));
        assertThat(zones.findById(zone.id())).contains(stored);
        assertThat(zones.update(stored.withActive(false, minute(6))).version()).isEqualTo(2);
    }

    @Test
    void updateWithAStaleVersionIsAConcurrentUpdateAndChangesNothing() {
        RestrictedZone zone = insertCircle();
        RestrictedZone winner = zones.update(zone.withActive(false, minute(1)));

        assertThatThrownBy(() -> zones.update(zone.deleted(minute(2))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.CONCURRENT_UPDATE));
        assertThat(zones.findById(zone.id())).contains(winner);
    }

    @Test
    void updateOfAnUnknownZoneIsNotFound() {
        RestrictedZone never = Rows.circleZone(zones.nextId(), authority);

        assertThatThrownBy(() -> zones.update(never)).isInstanceOf(NotFoundException.class);
        assertThat(zones.findByIdIncludingDeleted(never.id())).isEmpty();
    }

    @Test
    void findEnforcedListsOnlyActiveLiveZonesById() {
        RestrictedZone enforced1 = insertCircle();
        RestrictedZone inactive = insertCircle();
        RestrictedZone deleted = insertCircle();
        RestrictedZone enforced2 = zones.insert(Rows.polygonZone(zones.nextId(), authority));
        RestrictedZone storedInactive = zones.update(inactive.withActive(false, minute(1)));
        zones.update(deleted.deleted(minute(1)));

        assertThat(zones.findEnforced()).containsExactly(enforced1, enforced2);
        assertThat(zones.findAll()).containsExactly(enforced1, storedInactive, enforced2);
    }

    @Test
    void softDeleteHidesTheZoneFromOrdinaryReadsAndRestoreShowsItAgain() {
        RestrictedZone zone = insertCircle();

        RestrictedZone deleted = zones.update(zone.deleted(minute(1)));

        assertThat(zones.findById(zone.id())).isEmpty();
        assertThat(zones.findByIdIncludingDeleted(zone.id())).contains(deleted);
        assertThat(zones.findAll()).isEmpty();
        assertThat(zones.findEnforced()).isEmpty();

        RestrictedZone restored = zones.update(deleted.restored(minute(2)));

        assertThat(zones.findById(zone.id())).contains(restored);
        assertThat(zones.findAll()).containsExactly(restored);
        assertThat(zones.findEnforced()).containsExactly(restored);
    }

    @Test
    void findAllListsLiveZonesById() {
        ZoneId first = zones.nextId();
        ZoneId second = zones.nextId();
        RestrictedZone b = zones.insert(Rows.circleZone(second, authority));
        RestrictedZone a = zones.insert(Rows.polygonZone(first, authority));

        assertThat(zones.findAll()).containsExactly(a, b);
    }
}
