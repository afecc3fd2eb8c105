package kz.utm.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;
import kz.utm.geofence.GeofenceSettings;
import kz.utm.geofence.ZoneIndex;

/**
 * The benchmark's data set and its agreement check, at 100 zones: what every benchmark trial
 * does before it times anything, run by {@code ./mvnw verify} so that a broken generator or a
 * contender that disagrees shows before anyone benchmarks.
 */
class KazakhAirspaceTest {

    private static final int ZONES = 100;

    @ParameterizedTest
    @EnumSource(KazakhAirspace.PolygonSet.class)
    void everyContenderFindsTheSameZonesForEveryPoint(KazakhAirspace.PolygonSet set) {
        List<RestrictedZone> zones = KazakhAirspace.zones(ZONES, set);
        ZoneIndex index = ZoneIndex.build(zones, new GeofenceSettings(0, 0));
        JtsStrTreePrepared strtree = JtsStrTreePrepared.build(zones).forceLocators();
        JtsHprTreeLocator hpr = JtsHprTreeLocator.build(zones);

        // The brute force (a full point-in-polygon per zone) on the mixed set only: it is slow,
        // and utm-geofence's own tests prove it equal to the index.
        boolean bruteForce = set == KazakhAirspace.PolygonSet.MIXED;
        for (String queries : List.of("uniform", "tracks")) {
            Agreement.Outcome outcome = Agreement.verify(zones, index, strtree, hpr, bruteForce,
                    KazakhAirspace.queryPoints(queries, ZONES));
            assertThat(outcome.points()).isEqualTo(KazakhAirspace.QUERY_POINTS);
            assertThat(outcome.hitRate()).as("%s %s hit rate", set, queries).isBetween(0.002, 0.08);
        }
        Agreement.Outcome edges = Agreement.verify(zones, index, strtree, hpr, bruteForce,
                KazakhAirspace.boundaryPoints(zones, 2_000, 5));
        // Vertices and band ends are inside: many edge points are.
        assertThat(edges.hitRate()).isGreaterThan(0.2);
    }

    @ParameterizedTest
    @EnumSource(KazakhAirspace.PolygonSet.class)
    void polygonsAreValidAndTheDataSetIsFrozen(KazakhAirspace.PolygonSet set) {
        List<RestrictedZone> zones = KazakhAirspace.zones(ZONES, set);

        assertThat(KazakhAirspace.zones(ZONES, set)).isEqualTo(zones);
        assertThat(zones).hasSize(ZONES);
        for (RestrictedZone zone : zones) {
            if (zone.geometry() instanceof ZoneGeometry.Polygon polygon) {
                assertThat(JtsZones.polygon(polygon).isValid()).as("zone %s valid", zone.id()).isTrue();
                int vertices = polygon.shell().size() - 1;
                assertThat(vertices).isBetween(set.minVertices, set.maxVertices);
            }
        }
        // The frozen definition, summed up: a change here means results are no longer comparable.
        assertThat(DataSetStats.circles(zones)).isEqualTo(set == KazakhAirspace.PolygonSet.LARGE ? 42 : 40);
        assertThat(DataSetStats.vertices(zones)).isEqualTo(switch (set) {
            case MIXED, JAGGED -> 12_229L;
            case LARGE -> 30_972L;
        });
    }

    @ParameterizedTest
    @EnumSource(KazakhAirspace.PolygonSet.class)
    void somePolygonsHaveHoles(KazakhAirspace.PolygonSet set) {
        long withHoles = KazakhAirspace.zones(1_000, set).stream()
                .filter(z -> z.geometry() instanceof ZoneGeometry.Polygon p && !p.holes().isEmpty())
                .count();
        assertThat(withHoles).isGreaterThan(20);
    }
}
