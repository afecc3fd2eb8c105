package kz.utm.core.contract;

import static kz.utm.core.contract.Rows.minute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.utm.core.UtmStorage;
import kz.utm.core.common.ConflictException;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.TelemetryId;
import kz.utm.core.common.UserId;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.DroneOwner;
import kz.utm.core.drone.DroneStatus;
import kz.utm.core.drone.Drones;
import kz.utm.core.telemetry.TelemetryPoint;

/** The contract of {@link Drones}, for every adapter: extend it and supply new storage. */
public abstract class DronesContract {

    private UtmStorage storage;
    private Drones drones;
    private UserId soloOwner;
    private OrganizationId organization;

    /** New storage whose every table is empty; called before each test. */
    protected abstract UtmStorage newStorage();

    @BeforeEach
    void setUpStorage() {
        storage = newStorage();
        drones = storage.drones();
        soloOwner = Rows.insertSoloPilot(storage).id();
        organization = Rows.insertOrganization(storage).id();
    }

    private Drone soloDrone(String serialNumber) {
        return Rows.drone(drones.nextId(), serialNumber, new DroneOwner.OfSoloPilot(soloOwner));
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
        assertThat(drones.nextId()).isNotEqualTo(drones.nextId());
    }

    @Test
    void insertedDronesAreReadBackEqualAtVersionZeroWhoeverOwnsThem() {
        Drone solo = soloDrone("1581F5FHD23A");
        Drone owned = Rows.drone(drones.nextId(), "1581F5FHD23B", new DroneOwner.OfOrganization(organization));

        assertThat(drones.insert(solo)).isEqualTo(solo);
        assertThat(drones.insert(owned)).isEqualTo(owned);

        assertThat(drones.findById(solo.id())).contains(solo);
        assertThat(drones.findById(owned.id())).contains(owned);
        assertThat(drones.findByIdIncludingDeleted(owned.id())).contains(owned);
        assertThat(drones.findById(solo.id()).orElseThrow().version()).isZero();
    }

    @Test
    void unknownIdIsNotFound() {
        DroneId never = drones.nextId();

        assertThat(drones.findById(never)).isEmpty();
        assertThat(drones.findByIdIncludingDeleted(never)).isEmpty();
    }

    @Test
    void insertRejectsATakenId() {
        Drone first = drones.insert(soloDrone("SN-A"));
        Drone sameId = Rows.drone(first.id(), "SN-B", first.owner());

        assertDuplicate(() -> drones.insert(sameId), "id");
        assertThat(drones.findById(first.id())).contains(first);
    }

    @Test
    void insertRejectsATakenSerialNumber() {
        drones.insert(soloDrone("SN-A"));
        Drone sameSerial = soloDrone("SN-A");

        assertDuplicate(() -> drones.insert(sameSerial), "serialNumber");
        assertThat(drones.findByIdIncludingDeleted(sameSerial.id())).isEmpty();
    }

    @Test
    void softDeletedDroneKeepsItsSerialNumberTaken() {
        Drone gone = drones.insert(soloDrone("SN-A"));
        drones.update(gone.deleted(minute(1)));

        assertDuplicate(() -> drones.insert(soloDrone("SN-A")), "serialNumber");
    }

    @Test
    void updateRejectsASerialNumberTakenByAnotherDrone() {
        drones.insert(soloDrone("SN-A"));
        Drone other = drones.insert(soloDrone("SN-B"));
        Drone renumbered = Rows.drone(other.id(), "SN-A", other.owner());

        assertDuplicate(() -> drones.update(renumbered), "serialNumber");
        assertThat(drones.findById(other.id())).contains(other);
    }

    @Test
    void updateStoresTheChangeAndIncrementsTheVersion() {
        Drone drone = drones.insert(soloDrone("SN-A"));
        Drone changed = drone.withStatus(DroneStatus.MAINTENANCE, minute(5));

        Drone stored = drones.update(changed);

        assertThat(stored).isEqualTo(changed.withVersion(1));
        assertThat(drones.findById(drone.id())).contains(stored);
        assertThat(drones.update(stored.withDetails("Autel", "EVO Max 4T", minute(6))).version()).isEqualTo(2);
    }

    @Test
    void updateRecordsTheLastTelemetryPoint() {
        Drone drone = drones.insert(soloDrone("SN-A"));
        TelemetryId pointId = storage.telemetry().nextId();
        TelemetryPoint point = Rows.point(pointId, drone.id(), minute(3));
        storage.telemetry().append(List.of(point));

        Drone stored = drones.update(drone.seen(pointId, point.timestamp(), minute(4)));

        assertThat(stored.lastTelemetryId()).contains(pointId);
        assertThat(stored.lastSeenAt()).contains(minute(3));
        assertThat(drones.findById(drone.id())).contains(stored);
    }

    @Test
    void updateWithAStaleVersionIsAConcurrentUpdateAndChangesNothing() {
        Drone drone = drones.insert(soloDrone("SN-A"));
        Drone winner = drones.update(drone.withStatus(DroneStatus.ACTIVE, minute(1)));

        assertThatThrownBy(() -> drones.update(drone.withStatus(DroneStatus.MAINTENANCE, minute(2))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.CONCURRENT_UPDATE));
        assertThat(drones.findById(drone.id())).contains(winner);
    }

    @Test
    void updateOfAnUnknownDroneIsNotFound() {
        Drone never = soloDrone("SN-A");

        assertThatThrownBy(() -> drones.update(never)).isInstanceOf(NotFoundException.class);
        assertThat(drones.findByIdIncludingDeleted(never.id())).isEmpty();
    }

    @Test
    void softDeleteHidesTheDroneFromOrdinaryReadsAndRestoreShowsItAgain() {
        Drone solo = drones.insert(soloDrone("SN-A"));
        Drone owned = Rows.insertOrganizationDrone(storage, organization);

        Drone deletedSolo = drones.update(solo.deleted(minute(1)));
        Drone deletedOwned = drones.update(owned.deleted(minute(1)));

        assertThat(drones.findById(solo.id())).isEmpty();
        assertThat(drones.findByIdIncludingDeleted(solo.id())).contains(deletedSolo);
        assertThat(drones.findBySoloOwner(soloOwner)).isEmpty();
        assertThat(drones.findByOrganization(organization)).isEmpty();
        assertThat(drones.findAll()).isEmpty();

        Drone restoredSolo = drones.update(deletedSolo.restored(minute(2)));
        Drone restoredOwned = drones.update(deletedOwned.restored(minute(2)));

        assertThat(drones.findById(solo.id())).contains(restoredSolo);
        assertThat(drones.findBySoloOwner(soloOwner)).containsExactly(restoredSolo);
        assertThat(drones.findByOrganization(organization)).containsExactly(restoredOwned);
        assertThat(drones.findAll()).containsExactly(restoredSolo, restoredOwned);
    }

    @Test
    void findByOwnerListsOnlyThatOwnersLiveDronesById() {
        UserId otherPilot = Rows.insertSoloPilot(storage).id();
        OrganizationId otherOrganization = Rows.insertOrganization(storage).id();
        Drone solo1 = Rows.insertSoloDrone(storage, soloOwner);
        Drone owned1 = Rows.insertOrganizationDrone(storage, organization);
        Rows.insertSoloDrone(storage, otherPilot);
        Rows.insertOrganizationDrone(storage, otherOrganization);
        Drone solo2 = Rows.insertSoloDrone(storage, soloOwner);
        Drone owned2 = Rows.insertOrganizationDrone(storage, organization);

        assertThat(drones.findBySoloOwner(soloOwner)).containsExactly(solo1, solo2);
        assertThat(drones.findByOrganization(organization)).containsExactly(owned1, owned2);
    }

    @Test
    void findAllListsLiveDronesById() {
        DroneId first = drones.nextId();
        DroneId second = drones.nextId();
        DroneId third = drones.nextId();
        DroneOwner owner = new DroneOwner.OfSoloPilot(soloOwner);
        Drone c = drones.insert(Rows.drone(third, "SN-C", owner));
        Drone a = drones.insert(Rows.drone(first, "SN-A", owner));
        Drone b = drones.insert(Rows.drone(second, "SN-B", new DroneOwner.OfOrganization(organization)));

        assertThat(drones.findAll()).containsExactly(a, b, c);
    }
    private TelemetryPoint storedPoint(DroneId drone, Instant timestamp) {
        TelemetryPoint point = Rows.point(storage.telemetry().nextId(), drone, timestamp);
        storage.telemetry().append(List.of(point));
        return point;
    }

    private boolean move(DroneId drone, TelemetryPoint point, Instant now) {
        return drones.moveLastSeenForward(drone, point.id(), point.timestamp(), now);
    }

    @Test
    void moveLastSeenForwardMovesADroneWithNoPointYetAndCountsAsAnUpdate() {
        Drone drone = drones.insert(soloDrone("1581F5FHD30A"));
        TelemetryPoint point = storedPoint(drone.id(), Rows.minute(5));

        assertThat(move(drone.id(), point, Rows.minute(6))).isTrue();

        Drone moved = drones.findById(drone.id()).orElseThrow();
        assertThat(moved.lastTelemetryId()).contains(point.id());
        assertThat(moved.lastSeenAt()).contains(Rows.minute(5));
        assertThat(moved.version()).isEqualTo(1);
        assertThat(moved.audit().updatedAt()).isEqualTo(Rows.minute(6));
        assertThat(moved).isEqualTo(drone.seen(point.id(), point.timestamp(), Rows.minute(6)).withVersion(1));
    }

    @Test
    void moveLastSeenForwardNeverMovesBackButMovesOnToALaterOrEqualPoint() {
        Drone drone = drones.insert(soloDrone("1581F5FHD30B"));
        TelemetryPoint at5 = storedPoint(drone.id(), Rows.minute(5));
        TelemetryPoint late = storedPoint(drone.id(), Rows.minute(3));
        TelemetryPoint sameTime = storedPoint(drone.id(), Rows.minute(5));
        TelemetryPoint at7 = storedPoint(drone.id(), Rows.minute(7));
        move(drone.id(), at5, Rows.minute(8));
        Drone afterFirst = drones.findById(drone.id()).orElseThrow();

        assertThat(move(drone.id(), late, Rows.minute(9))).isFalse();
        assertThat(drones.findById(drone.id())).contains(afterFirst);
        assertThat(move(drone.id(), sameTime, Rows.minute(10))).isTrue();
        assertThat(drones.findById(drone.id()).orElseThrow().lastTelemetryId()).contains(sameTime.id());
        assertThat(move(drone.id(), at7, Rows.minute(11))).isTrue();

        Drone moved = drones.findById(drone.id()).orElseThrow();
        assertThat(moved.lastTelemetryId()).contains(at7.id());
        assertThat(moved.lastSeenAt()).contains(Rows.minute(7));
        assertThat(moved.version()).isEqualTo(3);
    }

    @Test
    void moveLastSeenForwardLeavesUnknownAndSoftDeletedDronesAlone() {
        Drone drone = drones.insert(soloDrone("1581F5FHD30C"));
        TelemetryPoint point = storedPoint(drone.id(), Rows.minute(5));
        Drone deleted = drones.update(drone.deleted(Rows.minute(1)));

        assertThat(move(drone.id(), point, Rows.minute(6))).isFalse();
        assertThat(move(drones.nextId(), point, Rows.minute(6))).isFalse();

        assertThat(drones.findByIdIncludingDeleted(drone.id())).contains(deleted);
    }

    @Test
    void concurrentMovesOfOneDroneLeaveTheLatestPoint() throws Exception {
        Drone drone = drones.insert(soloDrone("1581F5FHD30D"));
        int threads = 4;
        int moves = 10;
        List<TelemetryPoint> points = new ArrayList<>();
        for (int i = 0; i < threads * moves; i++) {
            // Interleaved so that every thread sees later and earlier points than the others.
            points.add(storedPoint(drone.id(), Rows.minute(10 + (i * 7) % (threads * moves))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int m = 0; m < moves; m++) {
                        move(drone.id(), points.get(m * threads + thread), Rows.minute(100));
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        TelemetryPoint latest = points.stream().max(Comparator.comparing(TelemetryPoint::timestamp)).orElseThrow();
        Drone moved = drones.findById(drone.id()).orElseThrow();
        assertThat(moved.lastSeenAt()).contains(latest.timestamp());
        assertThat(moved.lastTelemetryId()).contains(latest.id());
    }
}
