package kz.utm.geofence.monitor;

import static kz.utm.core.telemetry.ConformanceStatus.NFZ_ALERT;
import static kz.utm.core.telemetry.ConformanceStatus.ON_SCHEDULE;
import static kz.utm.core.telemetry.ConformanceStatus.SIGNAL_LOST;
import static kz.utm.geofence.monitor.Airspace.ON_PATH;
import static kz.utm.geofence.monitor.Airspace.ON_PATH_ALTITUDE;
import static kz.utm.geofence.monitor.Airspace.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.TelemetryId;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.telemetry.ConformanceChanged;
import kz.utm.core.telemetry.ConformanceStatus;
import kz.utm.core.telemetry.TelemetryPoint;
import kz.utm.geofence.Geofence;
import kz.utm.geofence.GeofenceSettings;

/**
 * Many threads reporting for many drones at once, each drone's batches racing each other (and a
 * sweeper): every drone's events must still form one chain, each event starting where the
 * previous one ended, and its final status must be that of its newest point.
 */
class GeofenceConformanceMonitorConcurrencyTest {

    private static final int THREADS = 16;
    private static final int DRONES = 200;
    private static final int BATCHES_PER_THREAD = 600;

    private final MutableClock clock = new MutableClock(T0);
    private final ConcurrentLinkedQueue<DomainEvent> events = new ConcurrentLinkedQueue<>();
    private final GeofenceConformanceMonitor monitor = new GeofenceConformanceMonitor(
            Geofence.of(Airspace.zones(), GeofenceSettings.defaults()), ConformanceSettings.defaults(), events::add,
            clock);
    private final AtomicLong ids = new AtomicLong();
    private final Map<DroneId, AtomicInteger> sequences = new ConcurrentHashMap<>();
    /** Per drone, the newest point sent so far: its sequence number and status. */
    private final Map<DroneId, long[]> newest = new ConcurrentHashMap<>();

    /** Where a drone may be, covering every status and a change of alert zones. */
    private static final List<GeoPoint> PLACES = List.of(ON_PATH, Airspace.offset(ON_PATH, 80, 0),
            Airspace.nearA(), Airspace.insideA(), Airspace.insideAAndB(), Airspace.insideB());

    @Test
    void sixteenThreadsReportingForManyDronesLeaveEachDroneAConsistentChainEndingAtItsNewestPoint()
            throws Exception {
        long seed = RandomSeed.next();

        int points = runReporters(seed, new AtomicBoolean(true), () -> { });

        Map<DroneId, List<ConformanceChanged>> chains = chainsByDrone();
        assertThat(chains).as("seed %d", seed).isNotEmpty();
        for (int d = 1; d <= DRONES; d++) {
            DroneId drone = DroneId.of(d);
            List<ConformanceChanged> chain = chains.getOrDefault(drone, List.of());
            ConformanceStatus last = lastStatusSent(drone);
            assertChain(seed, drone, chain);
            assertThat(chain.isEmpty() ? ON_SCHEDULE : chain.get(chain.size() - 1).to())
                    .as("seed %d, drone %s: the chain ends at the newest point's status", seed, drone)
                    .isEqualTo(last);
            assertThat(monitor.status(drone)).as("seed %d, drone %s", seed, drone).contains(last);
        }
        assertThat(events.size()).as("seed %d: one event per change, not per point", seed).isLessThan(points);
    }

    @Test
    void sweepsRacingTheReportsKeepEachDronesChainConsistent() throws Exception {
        long seed = RandomSeed.next();
        Instant muchLater = T0.plus(Duration.ofDays(1));
        AtomicInteger declared = new AtomicInteger();

        runReporters(seed, new AtomicBoolean(false), () -> declared.addAndGet(monitor.sweep(muchLater)));
        int finalSweep = monitor.sweep(muchLater);

        Map<DroneId, List<ConformanceChanged>> chains = chainsByDrone();
        assertThat(declared.get() + finalSweep).as("seed %d", seed).isPositive();
        for (int d = 1; d <= DRONES; d++) {
            DroneId drone = DroneId.of(d);
            List<ConformanceChanged> chain = chains.getOrDefault(drone, List.of());
            assertChain(seed, drone, chain);
            assertThat(chain).as("seed %d, drone %s", seed, drone).isNotEmpty();
            assertThat(chain.get(chain.size() - 1).to()).as("seed %d, drone %s", seed, drone).isEqualTo(SIGNAL_LOST);
            assertThat(monitor.status(drone)).contains(SIGNAL_LOST);
        }
        assertThat(chains.values().stream().mapToLong(c -> c.stream().filter(e -> e.to() == SIGNAL_LOST).count())
                .sum()).as("seed %d: one event per drone declared lost", seed).isEqualTo(declared.get() + finalSweep);
    }

    /**
     * Runs the reporters (and, alongside, {@code sideline} in a loop until they finish).
     *
     * @return how many points were reported
     */
    private int runReporters(long seed, AtomicBoolean sidelineDone, Runnable sideline) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> reporters = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                SplittableRandom random = new SplittableRandom(seed + t);
                reporters.add(pool.submit(() -> {
                    start.await();
                    int sent = 0;
                    for (int b = 0; b < BATCHES_PER_THREAD; b++) {
                        sent += reportBatch(random);
                    }
                    return sent;
                }));
            }
            Future<?> side = pool.submit(() -> {
                start.await();
                while (!sidelineDone.get()) {
                    sideline.run();
                    Thread.onSpinWait();
                }
                return null;
            });
            start.countDown();
            int points = 0;
            for (Future<Integer> reporter : reporters) {
                points += reporter.get(60, TimeUnit.SECONDS);
            }
            sidelineDone.set(true);
            side.get(60, TimeUnit.SECONDS);
            return points;
        } finally {
            pool.shutdownNow();
        }
    }

    private int reportBatch(SplittableRandom random) {
        DroneId drone = DroneId.of(1 + random.nextInt(DRONES));
        int size = 1 + random.nextInt(4);
        int first = sequences.computeIfAbsent(drone, d -> new AtomicInteger()).getAndAdd(size) + 1;
        Optional<FlightPlan> plan = Optional.of(Airspace.plan(drone));
        List<TelemetryPoint> batch = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int sequence = first + i;
            GeoPoint place = PLACES.get(random.nextInt(PLACES.size()));
            double altitude = ON_PATH_ALTITUDE + random.nextInt(10);
            ConformanceStatus status = monitor.assess(drone, plan, place, altitude);
            batch.add(new TelemetryPoint(TelemetryId.of(ids.incrementAndGet()), drone, Optional.of(Airspace.PLAN_ID),
                    T0.plusMillis(sequence), place, altitude, OptionalDouble.empty(), OptionalDouble.empty(),
                    Optional.of(status.name()), clock.instant(), clock.instant()));
            newest.merge(drone, new long[] {sequence, status.ordinal()}, (a, b) -> a[0] >= b[0] ? a : b);
        }
        if (random.nextInt(4) == 0) {
            Collections.reverse(batch);
        }
        monitor.recorded(batch, plan);
        return size;
    }

    private ConformanceStatus lastStatusSent(DroneId drone) {
        long[] last = newest.get(drone);
        return last == null ? ON_SCHEDULE : ConformanceStatus.values()[(int) last[1]];
    }

    private Map<DroneId, List<ConformanceChanged>> chainsByDrone() {
        Map<DroneId, List<ConformanceChanged>> chains = new HashMap<>();
        for (DomainEvent event : events) {
            ConformanceChanged change = (ConformanceChanged) event;
            chains.computeIfAbsent(change.droneId(), d -> new ArrayList<>()).add(change);
        }
        return chains;
    }

    private static void assertChain(long seed, DroneId drone, List<ConformanceChanged> chain) {
        ConformanceStatus at = ON_SCHEDULE;
        List<?> zones = List.of();
        for (int i = 0; i < chain.size(); i++) {
            ConformanceChanged change = chain.get(i);
            assertThat(change.from()).as("seed %d, drone %s, event %d: starts where the previous ended", seed,
                    drone, i).isEqualTo(at);
            if (change.from() == change.to()) {
                assertThat(change.to()).as("seed %d, drone %s, event %d", seed, drone, i).isEqualTo(NFZ_ALERT);
                assertThat(change.zones()).as("seed %d, drone %s, event %d: a new set of zones", seed, drone, i)
                        .isNotEqualTo(zones);
            }
            at = change.to();
            zones = change.zones();
        }
    }
}
