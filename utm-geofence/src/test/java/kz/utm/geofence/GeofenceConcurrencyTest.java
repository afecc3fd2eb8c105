package kz.utm.geofence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import kz.utm.core.common.GeoPoint;
import kz.utm.core.flightplan.AirspaceConflict;
import kz.utm.core.flightplan.Waypoint;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;

/**
 * Readers of a {@link Geofence} whose zones are being replaced see either the old zones or the
 * new ones, whole: every answer is exactly the answer of the snapshot it was asked of, and that
 * is the answer of one of the two zone sets.
 */
class GeofenceConcurrencyTest {

    private static final int READERS = 3;
    private static final int CHECKS_PER_READER = 60_000;
    private static final int MAX_CHECKS_PER_READER = 10 * CHECKS_PER_READER;
    private static final int MAX_SWAPS = 1_000_000;

    @Test
    void everyCheckAnswersForTheOldZonesOrTheNewWhileTheyAreSwapped() throws Exception {
        long seed = RandomAirspace.seed();
        RandomAirspace airspace = new RandomAirspace(seed);
        GeofenceSettings settings = new GeofenceSettings(150, 20);
        // Two overlapping zone sets of different sizes (which tells their snapshots apart), the
        // second sharing some zones with the first and redefining others.
        List<RestrictedZone> first = zonesAround(airspace, 1, 120);
        List<RestrictedZone> second = new ArrayList<>(first.subList(0, 40));
        second.addAll(zonesAround(airspace, 41, 97));
        // One zone only the second set has, across the route below.
        second.add(RandomAirspace.zone(500, RandomAirspace.rectangle(77.15, 43.1, 77.25, 43.2)));
        List<RestrictedZone> both = new ArrayList<>(first);
        both.addAll(second.subList(40, second.size()));
        RandomAirspace.Probes probes = airspace.probesFor(both, settings, 4_000);
        int[][][] expected = {answers(first, settings, probes), answers(second, settings, probes)};
        int differing = 0;
        for (int i = 0; i < 2 * probes.size(); i++) {
            differing += Arrays.equals(expected[0][i], expected[1][i]) ? 0 : 1;
        }
        assertThat(differing).as("seed %d: answers that tell the sets apart", seed).isGreaterThan(probes.size() / 10);
        List<Waypoint> route = List.of(new Waypoint(0, GeoPoint.of(43.0, 76.6), 100),
                new Waypoint(1, GeoPoint.of(43.5, 77.2), 100), new Waypoint(2, GeoPoint.of(43.0, 77.2), 100));
        List<AirspaceConflict> firstConflicts = ZoneIndex.build(first, settings).conflicts(route);
        List<AirspaceConflict> secondConflicts = ZoneIndex.build(second, settings).conflicts(route);
        assertThat(firstConflicts).as("seed %d: the route tells the sets apart", seed).isNotEqualTo(secondConflicts);

        Geofence geofence = Geofence.of(first, settings);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger readersLeft = new AtomicInteger(READERS);
        AtomicBoolean sawFirst = new AtomicBoolean();
        AtomicBoolean sawSecond = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
        try {
            Future<Integer> swapper = pool.submit(() -> {
                start.await();
                int swaps = 0;
                while (readersLeft.get() > 0 && swaps < MAX_SWAPS) {
                    geofence.replaceZones(swaps % 2 == 0 ? second : first);
                    swaps++;
                }
                return swaps;
            });
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                int offset = r;
                readers.add(pool.submit(() -> {
                    try {
                        start.await();
                        ZoneHits hits = new ZoneHits();
                        // Past the quota, go on (boundedly) until both sets have been seen.
                        for (int n = 0; n < MAX_CHECKS_PER_READER
                                && (n < CHECKS_PER_READER || !(sawFirst.get() && sawSecond.get())); n++) {
                            int i = (n * 7 + offset * 1_331) % probes.size();
                            ZoneIndex snapshot = geofence.index();
                            int set = snapshot.size() == first.size() ? 0 : 1;
                            if (snapshot.size() != first.size() && snapshot.size() != second.size()) {
                                assertThat(snapshot.size()).as("seed %d: a snapshot of one set or the other", seed)
                                        .isIn(first.size(), second.size());
                            }
                            (set == 0 ? sawFirst : sawSecond).set(true);
                            snapshot.check(probes.lat[i], probes.lon[i], probes.alt[i], hits);
                            int[] inside = RandomAirspace.insideIds(hits);
                            int[] near = RandomAirspace.nearIds(hits);
                            if (!Arrays.equals(inside, expected[set][2 * i])
                                    || !Arrays.equals(near, expected[set][2 * i + 1])) {
                                assertThat(inside).as("seed %d, %s, zone set %d: inside", seed, probes.describe(i), set)
                                        .containsExactly(expected[set][2 * i]);
                                assertThat(near).as("seed %d, %s, zone set %d: near", seed, probes.describe(i), set)
                                        .containsExactly(expected[set][2 * i + 1]);
                            }
                            if (n % 50 == 0) {
                                List<AirspaceConflict> conflicts = geofence.conflicts(route, RandomAirspace.T0,
                                        RandomAirspace.T0.plusSeconds(600));
                                assertThat(conflicts).as("seed %d: route conflicts of one set or the other", seed)
                                        .isIn(firstConflicts, secondConflicts);
                            }
                        }
                    } finally {
                        readersLeft.decrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> reader : readers) {
                reader.get(120, TimeUnit.SECONDS);
            }
            int swaps = swapper.get(120, TimeUnit.SECONDS);

            assertThat(swaps).as("seed %d: swaps made while checking", seed).isPositive();
            assertThat(sawFirst.get() && sawSecond.get()).as("seed %d: readers saw both sets (swaps %d)", seed, swaps)
                    .isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSnapshotTakenBeforeAReplacementKeepsAnsweringForTheZonesItWasBuiltFrom() {
        RestrictedZone square = RandomAirspace.zone(1, RandomAirspace.rectangle(10, 50, 11, 51));
        RestrictedZone circle = RandomAirspace.zone(2, RandomAirspace.circle(50.5, 10.5, 1_000));
        Geofence geofence = Geofence.of(List.of(square), GeofenceSettings.defaults());
        ZoneIndex before = geofence.index();
        ZoneHits hits = new ZoneHits();

        geofence.replaceZones(List.of(circle));

        assertThat(before.check(50.1, 10.1, 0, hits)).isEqualTo(1);
        assertThat(hits.inside(0)).isEqualTo(square.id());
        assertThat(geofence.index().check(50.1, 10.1, 0, hits)).isZero();
        assertThat(geofence.index().check(50.5, 10.5, 0, hits)).isEqualTo(1);
        assertThat(hits.inside(0)).isEqualTo(circle.id());
        assertThat(before.zones()).containsExactly(square);
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static List<RestrictedZone> zonesAround(RandomAirspace airspace, int firstId, int count) {
        List<RestrictedZone> zones = new ArrayList<>();
        for (int id = firstId; id < firstId + count; id++) {
            ZoneGeometry geometry = id % 2 == 0 ? airspace.circleNear(43.25, 76.9, 0.3)
                    : airspace.polygonNear(43.25 + airspace.random().nextDouble(-0.3, 0.3),
                            76.9 + airspace.random().nextDouble(-0.3, 0.3));
            zones.add(RandomAirspace.zone(id, geometry, airspace.band()));
        }
        return zones;
    }

    /** For each probe, its sorted inside ids then its sorted near ids, by the brute force. */
    private static int[][] answers(List<RestrictedZone> zones, GeofenceSettings settings,
            RandomAirspace.Probes probes) {
        ZoneIndex index = ZoneIndex.build(zones, settings);
        ZoneHits hits = new ZoneHits();
        int[][] answers = new int[2 * probes.size()][];
        for (int i = 0; i < probes.size(); i++) {
            index.checkExhaustively(probes.lat[i], probes.lon[i], probes.alt[i], hits);
            answers[2 * i] = RandomAirspace.insideIds(hits);
            answers[2 * i + 1] = RandomAirspace.nearIds(hits);
        }
        return answers;
    }
}
