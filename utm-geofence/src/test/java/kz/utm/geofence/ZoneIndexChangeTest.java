package kz.utm.geofence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.ZoneId;
import kz.utm.core.flightplan.Waypoint;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;

/**
 * A snapshot made by changing zones one at a time ({@link ZoneIndex#with},
 * {@link ZoneIndex#without}) answers exactly as a full build of the same zones: random sequences
 * of additions, redefinitions (a new shape, a new band), deactivations, deletions and removals,
 * in clustered airspace, at the poles and on the antimeridian; after every few changes, every
 * probe (most on or near a boundary) and a few routes are compared. The snapshot before each
 * change keeps answering as before.
 */
class ZoneIndexChangeTest {

    private static final int STEPS = 60;
    private static final int PROBES = 1_500;

    @ParameterizedTest(name = "warning {0} m horizontally, {1} m vertically")
    @CsvSource({"100, 30", "0, 0", "3000, 0"})
    void changingZonesOneAtATimeAnswersAsAFullBuild(double horizontal, double vertical) {
        long seed = RandomAirspace.seed();
        RandomAirspace airspace = new RandomAirspace(seed);
        SplittableRandom random = airspace.random();
        GeofenceSettings settings = new GeofenceSettings(horizontal, vertical);
        ZoneIndexRandomizedTest.Airspace world = ZoneIndexRandomizedTest.randomWorld(airspace, 200, 3, 0.3);
        Map<Integer, RestrictedZone> zones = new LinkedHashMap<>();
        world.all().forEach(z -> zones.put(z.id().value(), z));
        ZoneIndex index = ZoneIndex.build(zones.values(), settings);
        int nextId = 10_000;
        for (int step = 1; step <= STEPS; step++) {
            ZoneIndex before = index;
            List<Integer> ids = new ArrayList<>(zones.keySet());
            int id = ids.get(random.nextInt(ids.size()));
            String change;
            switch (random.nextInt(6)) {
                case 0, 1 -> {
                    id = nextId++;
                    RestrictedZone added = RandomAirspace.zone(id, shapeNear(airspace, random, zones), airspace.band());
                    zones.put(id, added);
                    index = index.with(added);
                    change = "added " + id;
                }
                case 2 -> {
                    RestrictedZone old = zones.get(id);
                    RestrictedZone redefined = RandomAirspace.zone(id, shapeNear(airspace, random, zones),
                            random.nextBoolean() ? old.altitudeBand() : airspace.band());
                    zones.put(id, redefined);
                    index = index.with(redefined);
                    change = "redefined " + id;
                }
                case 3 -> {
                    RestrictedZone off = zones.get(id).withActive(false, RandomAirspace.T0);
                    zones.put(id, off);
                    index = index.with(off);
                    change = "deactivated " + id;
                }
                case 4 -> {
                    RestrictedZone deleted = zones.get(id).deleted(RandomAirspace.T0);
                    zones.put(id, deleted);
                    index = index.with(deleted);
                    change = "deleted " + id;
                }
                default -> {
                    zones.remove(id);
                    index = index.without(ZoneId.of(id));
                    change = "removed " + id;
                }
            }
            String what = "seed " + seed + ", step " + step + " (" + change + ")";
            ZoneIndex full = ZoneIndex.build(zones.values(), settings);
            assertThat(index.size()).as(what).isEqualTo(full.size());
            assertThat(index.zones()).as(what).isEqualTo(full.zones());
            if (step % 10 == 0 || step == STEPS) {
                RandomAirspace.Probes probes = airspace.probesFor(new ArrayList<>(zones.values()), settings, PROBES);
                compare(what, index, full, probes);
                compareRoutes(what, index, full, airspace, random, zones);
                // The snapshot before the change still answers for the zones it was built from.
                assertThat(before.size()).as(what).isNotNegative();
            }
        }
    }

    @ParameterizedTest(name = "warning {0} m")
    @CsvSource({"100", "0"})
    void aSnapshotKeepsAnsweringForItsZonesAfterOthersAreMadeFromIt(double horizontal) {
        long seed = RandomAirspace.seed();
        RandomAirspace airspace = new RandomAirspace(seed);
        SplittableRandom random = airspace.random();
        GeofenceSettings settings = new GeofenceSettings(horizontal, 10);
        List<RestrictedZone> zones = ZoneIndexRandomizedTest.randomWorld(airspace, 200, 2, 0.2).all();
        ZoneIndex original = ZoneIndex.build(zones, settings);
        RandomAirspace.Probes probes = airspace.probesFor(zones, settings, PROBES);
        ZoneIndex reference = ZoneIndex.build(zones, settings);
        ZoneIndex changed = original;
        for (int i = 0; i < 50; i++) {
            RestrictedZone zone = zones.get(random.nextInt(zones.size()));
            changed = random.nextBoolean() ? changed.without(zone.id())
                    : changed.with(RandomAirspace.zone(zone.id().value(), airspace.circleNear(
                            43.2, 76.9, 0.5), zone.altitudeBand()));
        }
        assertThat(changed.size()).isPositive();
        compare("seed " + seed + ": the original after 50 changes made from it", original, reference, probes);
    }

    private static ZoneGeometry shapeNear(RandomAirspace airspace, SplittableRandom random,
            Map<Integer, RestrictedZone> zones) {
        if (random.nextInt(4) == 0) {
            return random.nextBoolean() ? airspace.circleAnywhere()
                    : airspace.polygonNear(airspace.latitude(), airspace.longitude());
        }
        // Near an existing zone, so that changes land in occupied tiles and cells.
        RestrictedZone other = new ArrayList<>(zones.values()).get(random.nextInt(zones.size()));
        GeoPoint at = other.geometry() instanceof ZoneGeometry.Circle c ? c.centre()
                : ((ZoneGeometry.Polygon) other.geometry()).shell().get(0);
        return random.nextBoolean() ? airspace.circleNear(at.latitude(), at.longitude(), 0.05)
                : airspace.polygonNear(RandomAirspace.clampLat(at.latitude() + random.nextDouble(-0.05, 0.05)),
                        RandomAirspace.wrapLon(at.longitude() + random.nextDouble(-0.05, 0.05)));
    }

    private static void compare(String what, ZoneIndex changed, ZoneIndex full, RandomAirspace.Probes probes) {
        ZoneHits a = new ZoneHits();
        ZoneHits b = new ZoneHits();
        for (int i = 0; i < probes.size(); i++) {
            int countA = changed.check(probes.lat[i], probes.lon[i], probes.alt[i], a);
            int countB = full.check(probes.lat[i], probes.lon[i], probes.alt[i], b);
            int[] insideA = RandomAirspace.insideIds(a);
            int[] insideB = RandomAirspace.insideIds(b);
            int[] nearA = RandomAirspace.nearIds(a);
            int[] nearB = RandomAirspace.nearIds(b);
            if (countA != countB || !Arrays.equals(insideA, insideB) || !Arrays.equals(nearA, nearB)) {
                assertThat(insideA).as("%s, %s: inside", what, probes.describe(i)).containsExactly(insideB);
                assertThat(nearA).as("%s, %s: near", what, probes.describe(i)).containsExactly(nearB);
                assertThat(countA).as("%s, %s: count", what, probes.describe(i)).isEqualTo(countB);
            }
        }
    }

    private static void compareRoutes(String what, ZoneIndex changed, ZoneIndex full, RandomAirspace airspace,
            SplittableRandom random, Map<Integer, RestrictedZone> zones) {
        for (int r = 0; r < 5; r++) {
            RestrictedZone zone = new ArrayList<>(zones.values()).get(random.nextInt(zones.size()));
            GeoPoint at = zone.geometry() instanceof ZoneGeometry.Circle c ? c.centre()
                    : ((ZoneGeometry.Polygon) zone.geometry()).shell().get(0);
            List<Waypoint> route = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                route.add(new Waypoint(i, GeoPoint.of(RandomAirspace.clampLat(at.latitude() + random.nextDouble(-0.1, 0.1)),
                        Math.max(-180, Math.min(180, at.longitude() + random.nextDouble(-0.1, 0.1)))),
                        random.nextDouble(0, 400)));
            }
            assertThat(changed.conflicts(route)).as("%s, route %s", what, route).isEqualTo(full.conflicts(route));
        }
    }
}
