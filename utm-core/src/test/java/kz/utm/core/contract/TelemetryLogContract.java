package kz.utm.core.contract;

import static kz.utm.core.contract.Rows.minute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.utm.core.UtmStorage;
import kz.utm.core.common.ConflictException;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.TelemetryId;
import kz.utm.core.drone.Drone;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.FlightPlanStatus;
import kz.utm.core.telemetry.TelemetryLog;
import kz.utm.core.telemetry.TelemetryPoint;

/** The contract of {@link TelemetryLog}, for every adapter: extend it and supply new storage. */
public abstract class TelemetryLogContract {

    private static final Instant EVER = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant NEVER = Instant.parse("2100-01-01T00:00:00Z");

    private UtmStorage storage;
    private TelemetryLog log;
    private DroneId drone;

    /** New storage whose every table is empty; called before each test. */
    protected abstract UtmStorage newStorage();

    @BeforeEach
    void setUpStorage() {
        storage = newStorage();
        log = storage.telemetry();
        drone = Rows.insertSoloDrone(storage).id();
    }

    private TelemetryPoint point(Instant timestamp) {
        return Rows.point(log.nextId(), drone, timestamp);
    }

    private List<TelemetryPoint> all() {
        return log.findByDrone(drone, EVER, NEVER, 1_000);
    }

    private static void assertDuplicateId(Runnable write) {
        assertThatThrownBy(write::run)
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ConflictException.Kind.DUPLICATE);
                    assertThat(e.field()).contains("id");
                });
    }

    @Test
    void nextIdHandsOutDistinctIds() {
        assertThat(log.nextId()).isNotEqualTo(log.nextId());
    }

    @Test
    void nextIdsReservesDistinctAscendingIdsNeverHandedOutBefore() {
        TelemetryId single = log.nextId();

        List<TelemetryId> block = log.nextIds(1_000);
        List<TelemetryId> next = log.nextIds(3);

        assertThat(block).hasSize(1_000).isSorted().doesNotHaveDuplicates().doesNotContain(single);
        assertThat(next).hasSize(3).isSorted().doesNotContainAnyElementsOf(block).doesNotContain(single);
        assertThat(log.nextIds(0)).isEmpty();
    }

    @Test
    void nextIdsRefusesANegativeCount() {
        assertThatThrownBy(() -> log.nextIds(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsReservedInABlockCanBeAppended() {
        List<TelemetryId> ids = log.nextIds(3);
        List<TelemetryPoint> points = List.of(Rows.point(ids.get(0), drone, minute(1)),
                Rows.point(ids.get(1), drone, minute(2)), Rows.point(ids.get(2), drone, minute(3)));

        log.append(points);

        assertThat(all()).containsExactlyElementsOf(points);
    }

    @Test
    void concurrentReservationsNeverShareAnId() throws Exception {
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<TelemetryId>>> blocks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                blocks.add(pool.submit(() -> {
                    List<TelemetryId> mine = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        mine.addAll(log.nextIds(50));
                        mine.add(log.nextId());
                    }
                    return mine;
                }));
            }
            Set<TelemetryId> seen = new HashSet<>();
            for (Future<List<TelemetryId>> block : blocks) {
                for (TelemetryId id : block.get(60, TimeUnit.SECONDS)) {
                    assertThat(seen.add(id)).as("id %s handed out twice", id).isTrue();
                }
            }
            assertThat(seen).hasSize(threads * 20 * 51);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void appendedPointsAreReadBackEqual() {
        Drone flying = Rows.insertSoloDrone(storage);
        FlightPlan plan = Rows.insertPlan(storage, flying, minute(0), minute(30), FlightPlanStatus.ACTIVE);
        TelemetryPoint full = new TelemetryPoint(log.nextId(), flying.id(), Optional.of(plan.id()), minute(1),
                GeoPoint.of(43.2389, 76.8897), 87.5, OptionalDouble.of(12.25), OptionalDouble.of(359.5),
                Optional.of("ON_SCHEDULE"), minute(1), minute(1));
        TelemetryPoint bare = Rows.point(log.nextId(), flying.id(), minute(2));

        log.append(List.of(full, bare));

        assertThat(log.findByDrone(flying.id(), EVER, NEVER, 10)).containsExactly(full, bare);
    }

    @Test
    void appendingNothingStoresNothing() {
        log.append(List.of());

        assertThat(all()).isEmpty();
    }

    @Test
    void appendRejectsATakenIdAndStoresNoneOfTheBatch() {
        TelemetryPoint first = point(minute(1));
        log.append(List.of(first));
        TelemetryPoint before = point(minute(2));
        TelemetryPoint clash = Rows.point(first.id(), drone, minute(3));
        TelemetryPoint after = point(minute(4));

        assertDuplicateId(() -> log.append(List.of(before, clash, after)));

        assertThat(all()).containsExactly(first);
        // Nothing of the failed batch was kept, so its other ids are still free.
        log.append(List.of(before, after));
        assertThat(all()).containsExactly(first, before, after);
    }

    @Test
    void appendRejectsABatchWithOneIdTwiceAndStoresNoneOfIt() {
        TelemetryPoint point = point(minute(1));
        TelemetryPoint again = Rows.point(point.id(), drone, minute(2));

        assertDuplicateId(() -> log.append(List.of(point, again)));

        assertThat(all()).isEmpty();
    }

    @Test
    void findByDroneReadsTheHalfOpenWindow() {
        TelemetryPoint beforeWindow = point(minute(9));
        TelemetryPoint atStart = point(minute(10));
        TelemetryPoint inside = point(minute(15));
        TelemetryPoint atEnd = point(minute(20));
        log.append(List.of(beforeWindow, atStart, inside, atEnd));

        assertThat(log.findByDrone(drone, minute(10), minute(20), 100)).containsExactly(atStart, inside);
        assertThat(log.findByDrone(drone, minute(10), minute(10), 100)).isEmpty();
        assertThat(log.findByDrone(drone, minute(20), minute(10), 100)).isEmpty();
    }

    @Test
    void findByDroneOrdersByTimestampThenId() {
        TelemetryPoint latest = point(minute(30));
        TelemetryPoint tieLowId = point(minute(10));
        TelemetryPoint tieHighId = point(minute(10));
        TelemetryPoint earliest = point(minute(5));
        // Out of order within a batch and across batches: timestamps decide, then ids.
        log.append(List.of(latest, tieHighId, tieLowId));
        log.append(List.of(earliest));

        assertThat(all()).containsExactly(earliest, tieLowId, tieHighId, latest);
    }

    @Test
    void findByDroneReturnsAtMostLimitEarliestFirst() {
        TelemetryPoint p1 = point(minute(1));
        TelemetryPoint p2 = point(minute(2));
        TelemetryPoint p3 = point(minute(3));
        log.append(List.of(p3, p1, p2));

        assertThat(log.findByDrone(drone, EVER, NEVER, 2)).containsExactly(p1, p2);
        assertThat(log.findByDrone(drone, EVER, NEVER, 1)).containsExactly(p1);
    }

    @Test
    void findByDroneSeesOnlyThatDronesPoints() {
        DroneId other = Rows.insertSoloDrone(storage).id();
        TelemetryPoint mine = point(minute(1));
        TelemetryPoint theirs = Rows.point(log.nextId(), other, minute(1));
        log.append(List.of(mine, theirs));

        assertThat(all()).containsExactly(mine);
        assertThat(log.findByDrone(other, EVER, NEVER, 10)).containsExactly(theirs);
    }
}
