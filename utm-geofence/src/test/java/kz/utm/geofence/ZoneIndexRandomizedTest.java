package kz.utm.geofence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;

/**
 * The index's tree search gives exactly the brute force's answer: for thousands of random zones
 * (clustered and scattered, at the poles and on the antimeridian, some not in force) and
 * hundreds of thousands of points, most of them on or within a metre of a boundary, the sets of
 * zones a point is inside and near are the same, point by point.
 */
class ZoneIndexRandomizedTest {

    private static final int ZONES = 3_000;
    private static final int POINTS_PER_SETTING = 8_000;
    private static final int SMALL_AIRSPACES = 40;
    private static final int SMALL_AIRSPACE_ZONES = 150;
    private static final int SMALL_AIRSPACE_POINTS = 4_000;

    @ParameterizedTest(name = "warning {0} m horizontally, {1} m vertically")
    @CsvSource({"100, 30", "0, 0", "0, 25", "2500, 0", "10000, 10000"})
    void treeSearchFindsExactlyWhatTheBruteForceFinds(double horizontal, double vertical) throws Exception {
        long seed = RandomAirspace.seed();
        RandomAirspace airspace = new RandomAirspace(seed);
        GeofenceSettings settings = new GeofenceSettings(horizontal, vertical);
        Airspace world = randomWorld(airspace, ZONES, 24, 0.5);
        ZoneIndex index = ZoneIndex.build(world.all, settings);
        RandomAirspace.Probes probes = airspace.probesFor(world.all, settings, POINTS_PER_SETTING);

        assertThat(index.size()).as("seed %d: zones in force", seed).isEqualTo(world.enforcedIds.size());
        assertThat(index.zones()).as("seed %d: zones held", seed)
                .allMatch(z -> world.enforcedIds.contains(z.id().value()));
        int[] counts = compareInParallel(seed, index, probes, world.enforcedIds);
        // The probes must exercise every outcome, or the comparison proves little.
        assertThat(counts[0]).as("seed %d: points inside some zone", seed).isGreaterThan(POINTS_PER_SETTING / 10);
        if (horizontal > 0 || vertical > 0) {
            assertThat(counts[1]).as("seed %d: points near some zone", seed).isGreaterThan(POINTS_PER_SETTING / 50);
        } else {
            assertThat(counts[1]).as("seed %d: no warning distance, no near zone", seed).isZero();
        }
    }

    @Test
    void treeSearchFindsExactlyWhatTheBruteForceFindsInManySmallAirspaces() throws Exception {
        long seed = RandomAirspace.seed();
        RandomAirspace airspace = new RandomAirspace(seed);
        int inside = 0;
        int near = 0;
        for (int round = 0; round < SMALL_AIRSPACES; round++) {
            // Warning distances from none to the largest, in turn.
            double max = GeofenceSettings.MAX_WARNING_METRES;
            GeofenceSettings settings = switch (round % 4) {
                case 0 -> new GeofenceSettings(0, 0);
                case 1 -> new GeofenceSettings(airspace.random().nextDouble(0, 500),
                        airspace.random().nextDouble(0, 100));
                case 2 -> new GeofenceSettings(airspace.random().nextDouble(0, max), 0);
                default -> new GeofenceSettings(max, max);
            };
            Airspace world = randomWorld(airspace, SMALL_AIRSPACE_ZONES, 1 + round % 3, 0.05 + 0.5 * (round % 5));
            ZoneIndex index = ZoneIndex.build(world.all, settings);
            RandomAirspace.Probes probes = airspace.probesFor(world.all, settings, SMALL_AIRSPACE_POINTS);
            int[] counts = compareInParallel(seed, index, probes, world.enforcedIds);
            inside += counts[0];
            near += counts[1];
        }
        int points = SMALL_AIRSPACES * SMALL_AIRSPACE_POINTS;
        assertThat(inside).as("seed %d: points inside some zone", seed).isGreaterThan(points / 10);
        assertThat(near).as("seed %d: points near some zone", seed).isGreaterThan(points / 50);
    }

    @ParameterizedTest(name = "{0} zones")
    @ValueSource(ints = {0, 1, 2, 15, 16, 17, 255, 256, 257, 4_097})
    void treeOfEverySizeFindsWhatTheBruteForceFinds(int zoneCount) throws Exception {
        long seed = RandomAirspace.seed();
        RandomAirspace airspace = new RandomAirspace(seed);
        GeofenceSettings settings = new GeofenceSettings(50, 10);
        List<RestrictedZone> zones = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (int i = 1; i <= zoneCount; i++) {
            // All in a small area: the tree is deep and its nodes overlap.
            ZoneGeometry geometry = i % 2 == 0 ? airspace.circleNear(43.2, 76.9, 0.3)
                    : airspace.polygonNear(43.2 + airspace.random().nextDouble(-0.3, 0.3),
                            76.9 + airspace.random().nextDouble(-0.3, 0.3));
            zones.add(RandomAirspace.zone(i, geometry, airspace.band()));
            ids.add(i);
        }
        ZoneIndex index = ZoneIndex.build(zones, settings);
        RandomAirspace.Probes probes = zoneCount == 0 ? emptyWorldProbes(airspace)
                : airspace.probesFor(zones, settings, 2_000);

        assertThat(index.size()).as("seed %d", seed).isEqualTo(zoneCount);
        compareInParallel(seed, index, probes, ids);
    }

    @Test
    void zonesNotInForceAreNeverFoundEvenWhereTheyOverlapZonesInForce() throws Exception {
        long seed = RandomAirspace.seed();
        RandomAirspace airspace = new RandomAirspace(seed);
        GeofenceSettings settings = new GeofenceSettings(200, 50);
        List<RestrictedZone> zones = new ArrayList<>();
        Set<Integer> enforced = new HashSet<>();
        for (int i = 1; i <= 600; i += 3) {
            ZoneGeometry geometry = i % 2 == 0 ? airspace.circleNear(51.1, 71.4, 0.2)
                    : airspace.polygonNear(51.1 + airspace.random().nextDouble(-0.2, 0.2),
                            71.4 + airspace.random().nextDouble(-0.2, 0.2));
            RestrictedZone live = RandomAirspace.zone(i, geometry, airspace.band());
            // The same shape again, deactivated, and again, soft-deleted.
            zones.add(live);
            zones.add(RandomAirspace.zone(i + 1, geometry, live.altitudeBand()).withActive(false,
                    RandomAirspace.T0));
            zones.add(RandomAirspace.zone(i + 2, geometry, live.altitudeBand()).deleted(RandomAirspace.T0));
            enforced.add(i);
        }
        ZoneIndex index = ZoneIndex.build(zones, settings);
        RandomAirspace.Probes probes = airspace.probesFor(zones, settings, 10_000);

        assertThat(index.size()).as("seed %d", seed).isEqualTo(enforced.size());
        int[] counts = compareInParallel(seed, index, probes, enforced);
        assertThat(counts[0]).as("seed %d: points inside some zone", seed).isPositive();
    }

    // ---- the world --------------------------------------------------------------------------

    record Airspace(List<RestrictedZone> all, Set<Integer> enforcedIds) {
    }

    /**
     * Half the zones in clusters (a city's worth of zones within {@code spread} degrees, some
     * clusters at the poles or on the antimeridian), half scattered over the earth; a tenth not
     * in force.
     */
    static Airspace randomWorld(RandomAirspace airspace, int count, int clusters, double spread) {
        List<RestrictedZone> zones = new ArrayList<>();
        Set<Integer> enforced = new HashSet<>();
        double[] clusterLat = new double[clusters];
        double[] clusterLon = new double[clusters];
        for (int c = 0; c < clusters; c++) {
            clusterLat[c] = airspace.latitude();
            clusterLon[c] = airspace.longitude();
        }
        for (int id = 1; id <= count; id++) {
            var random = airspace.random();
            boolean clustered = random.nextBoolean();
            double lat;
            double lon;
            if (clustered) {
                int c = random.nextInt(clusters);
                lat = RandomAirspace.clampLat(clusterLat[c] + random.nextDouble(-spread, spread));
                lon = RandomAirspace.wrapLon(clusterLon[c] + random.nextDouble(-spread, spread));
            } else {
                lat = airspace.latitude();
                lon = airspace.longitude();
            }
            ZoneGeometry geometry = random.nextBoolean() ? RandomAirspace.circle(lat, lon, airspace.radius())
                    : airspace.polygonNear(lat, lon);
            RestrictedZone zone = RandomAirspace.zone(id, geometry, airspace.band());
            switch (random.nextInt(20)) {
                case 0 -> zone = zone.withActive(false, RandomAirspace.T0);
                case 1 -> zone = zone.deleted(RandomAirspace.T0);
                case 2 -> zone = zone.deleted(RandomAirspace.T0).withActive(false, RandomAirspace.T0);
                default -> enforced.add(id);
            }
            zones.add(zone);
        }
        return new Airspace(zones, enforced);
    }

    private static RandomAirspace.Probes emptyWorldProbes(RandomAirspace airspace) {
        RandomAirspace.Probes probes = new RandomAirspace.Probes(500);
        for (int i = 0; i < 500; i++) {
            probes.add(airspace.latitude(), airspace.longitude(), airspace.random().nextDouble(-100, 500));
        }
        return probes;
    }

    // ---- the comparison ---------------------------------------------------------------------

    /**
     * Checks every probe both ways, on two threads (each with its own hits buffers), and
     * asserts the answers equal and only zones in force answer.
     *
     * @return how many probes were inside some zone, and how many near some zone
     */
    static int[] compareInParallel(long seed, ZoneIndex index, RandomAirspace.Probes probes, Set<Integer> enforced)
            throws InterruptedException, ExecutionException {
        int threads = 2;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<int[]>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> compare(seed, index, probes, enforced, first, threads)));
            }
            int[] total = new int[2];
            for (Future<int[]> part : parts) {
                int[] counts;
                try {
                    counts = part.get();
                } catch (ExecutionException e) {
                    // The assertion's own failure, not the executor's wrapping of it.
                    if (e.getCause() instanceof AssertionError failure) {
                        throw failure;
                    }
                    throw e;
                }
                total[0] += counts[0];
                total[1] += counts[1];
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The zones in one answer and not the other, described briefly. */
    private static String differing(ZoneIndex index, int[] a, int[] b) {
        Set<Integer> only = new HashSet<>();
        Arrays.stream(a).filter(id -> Arrays.binarySearch(b, id) < 0).forEach(only::add);
        Arrays.stream(b).filter(id -> Arrays.binarySearch(a, id) < 0).forEach(only::add);
        StringBuilder out = new StringBuilder();
        for (RestrictedZone zone : index.zones()) {
            if (only.contains(zone.id().value())) {
                out.append("\n  zone ").append(zone.id()).append(" band ").append(zone.altitudeBand()).append(' ');
                if (zone.geometry() instanceof ZoneGeometry.Circle c) {
                    out.append(c);
                } else {
                    ZoneGeometry.Polygon p = (ZoneGeometry.Polygon) zone.geometry();
                    out.append("polygon lon ")
                            .append(p.shell().stream().mapToDouble(g -> g.longitude()).min().orElseThrow()).append("..")
                            .append(p.shell().stream().mapToDouble(g -> g.longitude()).max().orElseThrow())
                            .append(", lat ")
                            .append(p.shell().stream().mapToDouble(g -> g.latitude()).min().orElseThrow()).append("..")
                            .append(p.shell().stream().mapToDouble(g -> g.latitude()).max().orElseThrow())
                            .append(", ").append(p.shell().size()).append(" positions, ").append(p.holes().size())
                            .append(" holes");
                }
            }
        }
        return out.toString();
    }

    private static int[] compare(long seed, ZoneIndex index, RandomAirspace.Probes probes, Set<Integer> enforced,
            int first, int step) {
        ZoneHits tree = new ZoneHits();
        ZoneHits brute = new ZoneHits();
        int inside = 0;
        int near = 0;
        for (int i = first; i < probes.size(); i += step) {
            double lat = probes.lat[i];
            double lon = probes.lon[i];
            double alt = probes.alt[i];
            int treeCount = index.check(lat, lon, alt, tree);
            int bruteCount = index.checkExhaustively(lat, lon, alt, brute);
            int[] treeInside = RandomAirspace.insideIds(tree);
            int[] bruteInside = RandomAirspace.insideIds(brute);
            int[] treeNear = RandomAirspace.nearIds(tree);
            int[] bruteNear = RandomAirspace.nearIds(brute);
            if (!Arrays.equals(treeInside, bruteInside) || !Arrays.equals(treeNear, bruteNear)
                    || treeCount != bruteCount) {
                String where = "seed " + seed + ", " + probes.describe(i) + ", settings " + index.settings()
                        + ", zones answered differently: " + differing(index, treeInside, bruteInside)
                        + differing(index, treeNear, bruteNear);
                assertThat(treeInside).as("%s: inside, tree vs brute force", where).containsExactly(bruteInside);
                assertThat(treeNear).as("%s: near, tree vs brute force", where).containsExactly(bruteNear);
                assertThat(treeCount).as("%s: returned count", where).isEqualTo(bruteCount);
            }
            for (int id : treeInside) {
                if (!enforced.contains(id)) {
                    assertThat(id).as("seed %d, %s: inside a zone not in force", seed, probes.describe(i))
                            .isIn(enforced);
                }
            }
            for (int id : treeNear) {
                if (!enforced.contains(id)) {
                    assertThat(id).as("seed %d, %s: near a zone not in force", seed, probes.describe(i))
                            .isIn(enforced);
                }
            }
            if (treeInside.length > 0) {
                inside++;
            }
            if (treeNear.length > 0) {
                near++;
            }
        }
        return new int[] {inside, near};
    }
}
