package kz.utm.geofence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.sf.geographiclib.Geodesic;

import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;

/**
 * Where longitude misbehaves: circles wrap across the antimeridian and over the poles, as
 * geodesics do; polygons are planar in lon/lat and do not wrap (the documented treatment: split
 * a zone that crosses the antimeridian in two).
 */
class AntimeridianAndPolesTest {

    private static final GeofenceSettings NO_WARNING = new GeofenceSettings(0, 0);

    @Test
    void circleCentredJustWestOfTheAntimeridianCatchesPointsJustEastOfIt() {
        ZoneIndex index = index(RandomAirspace.circle(10, 179.99, 5_000), new GeofenceSettings(8_000, 0));

        assertInside(index, 10, -179.99, "2.2 km away across the antimeridian");
        assertInside(index, 10.01, -179.995, "1.9 km away across the antimeridian");
        assertNear(index, 10, -179.9, "12 km away: outside by 7 km, within the 8 km warning");
        assertMissed(index, 10, -179.8, "23 km away");
    }

    @Test
    void circleCentredJustEastOfTheAntimeridianCatchesPointsJustWestOfIt() {
        ZoneIndex index = index(RandomAirspace.circle(-35, -179.995, 3_000), NO_WARNING);

        assertInside(index, -35, 179.99, "1.4 km away across the antimeridian");
        assertInside(index, -35, 180, "on the antimeridian, as +180");
        assertInside(index, -35, -180, "on the antimeridian, as -180");
        assertMissed(index, -35, 179.95, "5 km away across the antimeridian");
    }

    @Test
    void circleCentredOnTheAntimeridianCatchesBothSides() {
        ZoneIndex plus = index(RandomAirspace.circle(0, 180, 1_000), NO_WARNING);
        ZoneIndex minus = index(RandomAirspace.circle(0, -180, 1_000), NO_WARNING);

        for (ZoneIndex index : List.of(plus, minus)) {
            assertInside(index, 0, 179.995, "557 m west");
            assertInside(index, 0, -179.995, "557 m east");
            assertInside(index, 0.005, -180, "553 m north");
            assertMissed(index, 0, 179.99, "1.1 km west");
            assertMissed(index, 0, -179.99, "1.1 km east");
        }
    }

    @Test
    void circleNearTheNorthPoleCatchesPointsOnTheOppositeLongitude() {
        ZoneIndex index = index(RandomAirspace.circle(89.99, 0, 2_000), NO_WARNING);

        assertInside(index, 89.995, 180, "1.7 km away over the pole");
        assertInside(index, 89.995, -180, "1.7 km away over the pole");
        assertInside(index, 89.995, 0, "560 m away");
        assertInside(index, 90, 0, "the pole itself");
        assertInside(index, 90, -123, "the pole itself, at any longitude");
        assertInside(index, 89.9901, 90, "1.6 km away, a quarter turn round the pole");
        assertMissed(index, 89.97, 180, "4.5 km away over the pole");
        assertMissed(index, 89.99, 180, "2.2 km away over the pole");
    }

    @Test
    void circleCoveringThePoleCatchesEveryLongitudeAroundIt() {
        ZoneIndex north = index(RandomAirspace.circle(89.9, 45, 20_000), NO_WARNING);
        ZoneIndex south = index(RandomAirspace.circle(-89.9, -135, 20_000), NO_WARNING);

        for (int lon = -180; lon <= 180; lon += 15) {
            assertInside(north, 89.95, lon, "within 17 km");
            assertInside(south, -89.95, lon, "within 17 km");
        }
        assertInside(north, 89.95, -135, "16.7 km away over the pole");
        assertMissed(north, 89.85, -135, "27.9 km away over the pole");
        assertMissed(north, 89.9, -135, "22.3 km away over the pole");
        assertInside(south, -89.95, 45, "16.7 km away over the pole");
        assertMissed(south, -89.85, 45, "27.9 km away over the pole");
    }

    @Test
    void circleCentredOnAPoleIsARingOfLatitude() {
        ZoneIndex index = index(RandomAirspace.circle(90, 0, 1_000), new GeofenceSettings(500, 0));

        for (int lon = -180; lon <= 180; lon += 30) {
            assertInside(index, 89.995, lon, "557 m from the pole");
            assertNear(index, 89.99, lon, "1.12 km from the pole: outside by 117 m");
            assertMissed(index, 89.98, lon, "2.2 km from the pole");
        }
    }

    @Test
    void circleWarningAreaWrapsAcrossTheAntimeridianToo() {
        ZoneIndex index = index(RandomAirspace.circle(0, 179.999, 100), new GeofenceSettings(500, 0));

        assertNear(index, 0, -179.996, "556 m away across the antimeridian: outside by 456 m");
        assertMissed(index, 0, -179.99, "1.2 km away across the antimeridian");
    }

    @Test
    void polygonCannotWrapAndCoversTheLongWayRound() {
        // Vertices at lon 170 and -170: in lon/lat that is the 340 degrees between them,
        // not the 20 across the antimeridian. The documented treatment: split such a zone.
        ZoneIndex index = index(ZoneGeometry.Polygon.of(RandomAirspace.ring(170, 10, -170, 10, -170, 20, 170, 20)),
                NO_WARNING);

        assertInside(index, 15, 0, "lon 0, between -170 and 170 the long way round");
        assertInside(index, 15, 169.9, "west of 170");
        assertInside(index, 15, -169.9, "east of -170");
        assertMissed(index, 15, 175, "between 170 and 180");
        assertMissed(index, 15, -175, "between -180 and -170");
        assertMissed(index, 15, 180, "on the antimeridian");
    }

    @Test
    void polygonNearThePoleIsNearForTheTreeSearchAsForTheBruteForce() {
        // A polygon just short of the north pole, and a point 78 m east of its north-east
        // corner (a degree of longitude there is 78 m): within the 100 m warning distance.
        ZoneIndex index = index(RandomAirspace.rectangle(0, 89.95, 1, 89.96), new GeofenceSettings(100, 0));
        double lat = 89.96;
        double lon = 2;
        double metres = Geodesic.WGS84.Inverse(89.96, 1, lat, lon).s12;
        ZoneHits brute = new ZoneHits();
        ZoneHits tree = new ZoneHits();

        index.checkExhaustively(lat, lon, 0, brute);
        index.check(lat, lon, 0, tree);

        assertThat(metres).as("geodesic distance from the corner").isBetween(70.0, 85.0);
        assertThat(brute.nearCount()).as("near, by the brute force").isEqualTo(1);
        assertThat(tree.nearCount()).as("near, by the tree search").isEqualTo(brute.nearCount());
    }

    @Test
    void polygonNearThePoleIsNearFromAcrossThePoleForTheTreeSearchAsForTheBruteForce() {
        // 5.6 km from the polygon over the pole, within the 10 km warning distance.
        ZoneIndex index = index(RandomAirspace.rectangle(0, 89.95, 10, 89.96), new GeofenceSettings(10_000, 0));
        ZoneHits brute = new ZoneHits();
        ZoneHits tree = new ZoneHits();

        index.checkExhaustively(89.97, 100, 0, brute);
        index.check(89.97, 100, 0, tree);

        assertThat(brute.nearCount()).as("near, by the brute force").isEqualTo(1);
        assertThat(tree.nearCount()).as("near, by the tree search").isEqualTo(brute.nearCount());
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static ZoneIndex index(ZoneGeometry geometry, GeofenceSettings settings) {
        RestrictedZone zone = RandomAirspace.zone(1, geometry);
        return ZoneIndex.build(List.of(zone), settings);
    }

    private static void assertInside(ZoneIndex index, double lat, double lon, String why) {
        assertAnswer(index, lat, lon, 1, 0, why);
    }

    private static void assertNear(ZoneIndex index, double lat, double lon, String why) {
        assertAnswer(index, lat, lon, 0, 1, why);
    }

    private static void assertMissed(ZoneIndex index, double lat, double lon, String why) {
        assertAnswer(index, lat, lon, 0, 0, why);
    }

    /** The tree search and the brute force both give the answer. */
    private static void assertAnswer(ZoneIndex index, double lat, double lon, int inside, int near, String why) {
        ZoneHits hits = new ZoneHits();
        String what = "(" + lat + ", " + lon + "), " + why;
        index.check(lat, lon, 0, hits);
        assertThat(hits.insideCount()).as("inside, tree search: %s", what).isEqualTo(inside);
        assertThat(hits.nearCount()).as("near, tree search: %s", what).isEqualTo(near);
        index.checkExhaustively(lat, lon, 0, hits);
        assertThat(hits.insideCount()).as("inside, brute force: %s", what).isEqualTo(inside);
        assertThat(hits.nearCount()).as("near, brute force: %s", what).isEqualTo(near);
    }
}
