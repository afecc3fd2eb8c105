package kz.utm.geofence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.offset;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import net.sf.geographiclib.Geodesic;

import kz.utm.core.UtmCore;
import kz.utm.core.common.AltitudeBand;
import kz.utm.core.common.Audit;
import kz.utm.core.common.EventPublisher;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.ZoneId;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.RegisterDrone;
import kz.utm.core.flightplan.AirspaceConflict;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.FlightPlanStatus;
import kz.utm.core.flightplan.RouteConflictException;
import kz.utm.core.flightplan.SubmitFlightPlan;
import kz.utm.core.flightplan.Waypoint;
import kz.utm.core.flightplan.WaypointInput;
import kz.utm.core.memory.InMemoryStorage;
import kz.utm.core.user.Argon2PasswordHasher;
import kz.utm.core.user.PasswordHasher;
import kz.utm.core.user.RegisterSoloPilot;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;
import kz.utm.core.zone.DefineZone;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;

/**
 * Route checks: which zones a planned route enters, on which leg first and where, with the
 * altitude linear along each leg; and the geofence as utm-core's airspace checker, refusing
 * plan submissions whose route enters a zone.
 */
class RouteCheckTest {

    private static final double DEGREE_TOLERANCE = 1e-9;
    private static final GeofenceSettings SETTINGS = GeofenceSettings.defaults();
    // Lon 10..11, lat 50..51, from 100 m to 200 m.
    private static final RestrictedZone SQUARE = RandomAirspace.zone(1, RandomAirspace.rectangle(10, 50, 11, 51),
            new AltitudeBand(100, 200));

    @Test
    void legCuttingACornerBetweenTwoOutsideWaypointsConflictsWhereItCrossesTheBoundary() {
        ZoneIndex index = ZoneIndex.build(List.of(SQUARE), SETTINGS);
        // Leg 1 runs from north of the square to east of it, clipping its north-east corner:
        // on the line lon + lat = 61.9 it is inside for lon in [10.9, 11], entering at lat 51.
        List<Waypoint> route = route(51.5, 10.0, 150, 51.1, 10.8, 150, 50.8, 11.1, 150);

        ZoneHits hits = new ZoneHits();
        assertThat(index.check(51.1, 10.8, 150, hits)).as("leg 1 starts outside").isZero();
        assertThat(index.check(50.8, 11.1, 150, hits)).as("leg 1 ends outside").isZero();
        List<AirspaceConflict> conflicts = index.conflicts(route);

        assertThat(conflicts).hasSize(1);
        AirspaceConflict conflict = conflicts.get(0);
        assertThat(conflict.zoneId()).isEqualTo(SQUARE.id());
        assertThat(conflict.zoneName()).isEqualTo(SQUARE.name());
        assertThat(conflict.legIndex()).isEqualTo(1);
        assertThat(conflict.entryPoint().latitude()).isCloseTo(51.0, offset(DEGREE_TOLERANCE));
        assertThat(conflict.entryPoint().longitude()).isCloseTo(10.9, offset(DEGREE_TOLERANCE));
        assertThat(conflict.entryAltitudeM()).isEqualTo(150);
    }

    @Test
    void legsPassingOverOrUnderTheBandDoNotConflict() {
        ZoneIndex index = ZoneIndex.build(List.of(SQUARE), SETTINGS);

        assertThat(index.conflicts(route(50.5, 9.5, 250, 50.5, 11.5, 250))).as("over").isEmpty();
        assertThat(index.conflicts(route(50.5, 9.5, 50, 50.5, 11.5, 50))).as("under").isEmpty();
        assertThat(index.conflicts(route(50.5, 9.5, 300, 50.5, 11.5, 201))).as("descending, yet over").isEmpty();
        assertThat(index.conflicts(route(50.5, 9.5, 0, 50.5, 11.5, 99.99))).as("climbing, yet under").isEmpty();
        // Over the square, then down into the band only once past it.
        assertThat(index.conflicts(route(50.5, 9.5, 250, 50.5, 11.5, 250, 50.5, 12, 150))).as("down after").isEmpty();
    }

    @Test
    void legAtExactlyTheBandsCeilingOrFloorConflicts() {
        ZoneIndex index = ZoneIndex.build(List.of(SQUARE), SETTINGS);

        assertThat(index.conflicts(route(50.5, 9.5, 200, 50.5, 11.5, 200))).as("ceiling").hasSize(1);
        assertThat(index.conflicts(route(50.5, 9.5, 100, 50.5, 11.5, 100))).as("floor").hasSize(1);
    }

    @Test
    void climbIntoTheBandMidLegEntersWhereTheBandStarts() {
        ZoneIndex index = ZoneIndex.build(List.of(SQUARE), SETTINGS);
        // Horizontally inside all along, climbing 0 -> 300 m: the band's floor at t = 1/3.
        List<AirspaceConflict> conflicts = index.conflicts(route(50.5, 10.2, 0, 50.5, 10.8, 300));

        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).legIndex()).isZero();
        assertThat(conflicts.get(0).entryAltitudeM()).isCloseTo(100, offset(1e-9));
        assertThat(conflicts.get(0).entryPoint().longitude()).isCloseTo(10.4, offset(DEGREE_TOLERANCE));
        assertThat(conflicts.get(0).entryPoint().latitude()).isEqualTo(50.5);
    }

    @Test
    void climbThatReachesTheBandOnlyAfterCrossingTheEdgeEntersAtTheBandsFloor() {
        RestrictedZone fromAbove150 = RandomAirspace.zone(2, RandomAirspace.rectangle(10, 50, 11, 51),
                new AltitudeBand(150, Double.POSITIVE_INFINITY));
        ZoneIndex index = ZoneIndex.build(List.of(fromAbove150), SETTINGS);
        // Crosses the west edge at t = 1/2 (100 m, below the band), reaches 150 m at t = 3/4.
        List<AirspaceConflict> conflicts = index.conflicts(route(50.5, 9.5, 0, 50.5, 10.5, 200));

        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).entryAltitudeM()).isCloseTo(150, offset(1e-9));
        assertThat(conflicts.get(0).entryPoint().longitude()).isCloseTo(10.25, offset(DEGREE_TOLERANCE));
    }

    @Test
    void descentIntoTheBandFromAboveEntersAtTheBandsCeiling() {
        ZoneIndex index = ZoneIndex.build(List.of(SQUARE), SETTINGS);
        // Horizontally inside all along, 400 -> 0 m: the ceiling of 200 m at t = 1/2.
        List<AirspaceConflict> conflicts = index.conflicts(route(50.2, 10.5, 400, 50.8, 10.5, 0));

        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).entryAltitudeM()).isCloseTo(200, offset(1e-9));
        assertThat(conflicts.get(0).entryPoint().latitude()).isCloseTo(50.5, offset(DEGREE_TOLERANCE));
    }

    @Test
    void routeTouchingNothingHasNoConflicts() {
        ZoneIndex index = ZoneIndex.build(List.of(SQUARE,
                RandomAirspace.zone(2, RandomAirspace.circle(43.25, 76.9, 5_000))), SETTINGS);

        assertThat(index.conflicts(route(45, 20, 150, 46, 21, 150, 47, 20, 150))).isEmpty();
        // Close, but outside: 0.01 degree west of the square, and north of the circle.
        assertThat(index.conflicts(route(50.2, 9.99, 150, 50.8, 9.99, 150))).isEmpty();
        assertThat(index.conflicts(route(43.35, 76.8, 150, 43.35, 77.0, 150))).isEmpty();
    }

    @Test
    void routeWhoseFirstWaypointIsInsideConflictsOnLegZeroAtThatWaypoint() {
        ZoneIndex index = ZoneIndex.build(List.of(SQUARE,
                RandomAirspace.zone(2, RandomAirspace.circle(43.25, 76.9, 5_000))), SETTINGS);

        List<AirspaceConflict> square = index.conflicts(route(50.5, 10.5, 120, 52, 12, 120));
        List<AirspaceConflict> circle = index.conflicts(route(43.26, 76.91, 40, 44, 78, 40));

        assertThat(square).containsExactly(new AirspaceConflict(SQUARE.id(), SQUARE.name(), 0, GeoPoint.of(50.5, 10.5),
                120));
        assertThat(circle).containsExactly(new AirspaceConflict(ZoneId.of(2), "zone 2", 0, GeoPoint.of(43.26, 76.91),
                40));
    }

    @Test
    void conflictsAreOrderedByLegThenByWhereAlongTheLeg() {
        // Along lat 0.5, legs of 10 degrees of longitude; ids deliberately out of route order.
        List<RestrictedZone> zones = List.of(
                RandomAirspace.zone(1, RandomAirspace.rectangle(22, 0, 23, 1)),
                RandomAirspace.zone(2, RandomAirspace.rectangle(12, 0, 13, 1)),
                RandomAirspace.zone(3, RandomAirspace.rectangle(2, 0, 3, 1)),
                RandomAirspace.zone(8, RandomAirspace.rectangle(7, 0, 8, 1)),
                RandomAirspace.zone(9, RandomAirspace.circle(0.5, 5.5, 20_000)));
        ZoneIndex index = ZoneIndex.build(zones, SETTINGS);

        List<AirspaceConflict> conflicts = index.conflicts(route(0.5, 0, 10, 0.5, 10, 10, 0.5, 20, 10, 0.5, 30, 10));

        assertThat(conflicts).extracting(c -> c.zoneId().value()).containsExactly(3, 9, 8, 2, 1);
        assertThat(conflicts).extracting(AirspaceConflict::legIndex).containsExactly(0, 0, 0, 1, 2);
        assertThat(conflicts.get(0).entryPoint().longitude()).isCloseTo(2, offset(DEGREE_TOLERANCE));
        assertThat(conflicts.get(3).entryPoint().longitude()).isCloseTo(12, offset(DEGREE_TOLERANCE));
    }

    @Test
    void zoneEnteredBySeveralLegsConflictsOnceOnTheFirst() {
        ZoneIndex index = ZoneIndex.build(List.of(SQUARE), SETTINGS);
        // In and out across the square three times.
        List<Waypoint> route = route(50.2, 9.5, 150, 50.2, 11.5, 150, 50.5, 11.5, 150, 50.5, 9.5, 150, 50.8, 9.5, 150,
                50.8, 11.5, 150);

        List<AirspaceConflict> conflicts = index.conflicts(route);

        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).legIndex()).isZero();
        assertThat(conflicts.get(0).entryPoint().longitude()).isCloseTo(10, offset(DEGREE_TOLERANCE));
    }

    @Test
    void firstEntryIsOnTheFirstLegThatMeetsTheBandNotTheFirstThatCrossesTheEdge() {
        ZoneIndex index = ZoneIndex.build(List.of(SQUARE), SETTINGS);
        // Leg 0 crosses over the square, leg 1 comes back through it in the band.
        List<AirspaceConflict> conflicts = index.conflicts(route(50.5, 9.5, 300, 50.5, 11.5, 300, 50.6, 9.5, 150));

        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).legIndex()).isEqualTo(1);
    }

    @Test
    void legTouchingOnlyACornerOrRunningAlongAnEdgeConflicts() {
        ZoneIndex index = ZoneIndex.build(List.of(SQUARE), SETTINGS);

        // The line lon + lat = 62 meets the square only at its corner (11, 51).
        List<AirspaceConflict> corner = index.conflicts(route(51.5, 10.5, 150, 50.5, 11.5, 150));
        List<AirspaceConflict> edge = index.conflicts(route(50, 9.5, 150, 50, 11.5, 150));

        assertThat(corner).hasSize(1);
        assertThat(corner.get(0).entryPoint()).isEqualTo(GeoPoint.of(51, 11));
        assertThat(edge).hasSize(1);
        assertThat(edge.get(0).entryPoint().latitude()).isEqualTo(50);
        assertThat(edge.get(0).entryPoint().longitude()).isCloseTo(10, offset(DEGREE_TOLERANCE));
    }

    @Test
    void legCrossingACircleAlongAChordConflictsAtTheCircleEdge() {
        double lat = 43.0;
        double lon = 77.0;
        double radius = 1_000;
        ZoneIndex index = ZoneIndex.build(List.of(RandomAirspace.zone(5, RandomAirspace.circle(lat, lon, radius))),
                SETTINGS);
        // An east-bound leg along the parallel 600 m north of the centre: a chord 1.6 km long.
        double chordLat = Geodesic.WGS84.Direct(lat, lon, 0, 600).lat2;
        double missLat = Geodesic.WGS84.Direct(lat, lon, 0, 1_020).lat2;

        List<AirspaceConflict> conflicts = index.conflicts(route(chordLat, 76.95, 80, chordLat, 77.05, 80));
        List<AirspaceConflict> misses = index.conflicts(route(missLat, 76.95, 80, missLat, 77.05, 80));

        assertThat(conflicts).hasSize(1);
        GeoPoint entry = conflicts.get(0).entryPoint();
        assertThat(entry.latitude()).isCloseTo(chordLat, offset(DEGREE_TOLERANCE));
        assertThat(entry.longitude()).as("the western end of the chord").isLessThan(lon);
        // The chord's west end is 800 m west of the centre's meridian; within 0.1% of the radius.
        assertThat(Geodesic.WGS84.Inverse(lat, lon, entry.latitude(), entry.longitude()).s12)
                .isCloseTo(radius, offset(radius * 1e-3));
        assertThat(misses).isEmpty();
    }

    @Test
    void legApproachingTheAntimeridianEntersACircleCentredBeyondIt() {
        ZoneIndex index = ZoneIndex.build(List.of(RandomAirspace.zone(7, RandomAirspace.circle(0, -179.995, 2_000))),
                SETTINGS);

        // East-bound along the equator up to lon 179.999: the circle reaches 179.977.
        List<AirspaceConflict> conflicts = index.conflicts(route(0, 179.9, 100, 0, 179.999, 100));

        assertThat(conflicts).hasSize(1);
        GeoPoint entry = conflicts.get(0).entryPoint();
        assertThat(Geodesic.WGS84.Inverse(0, -179.995, entry.latitude(), entry.longitude()).s12)
                .isCloseTo(2_000, offset(2.0));
    }

    @Test
    void legAlongAParallelNearThePoleConflictsWithACircleCoveringThePole() {
        // A 20 km circle around a point 11 km from the pole covers the pole; the leg runs along
        // lat 89.95 on the far side of the pole, 16.7 km from the centre at most: inside all along.
        ZoneIndex index = ZoneIndex.build(List.of(RandomAirspace.zone(8, RandomAirspace.circle(89.9, 0, 20_000))),
                SETTINGS);
        List<Waypoint> route = route(89.95, 170, 100, 89.95, 179, 100);
        ZoneHits hits = new ZoneHits();
        assertThat(index.check(89.95, 170, 100, hits)).as("the first waypoint is inside").isEqualTo(1);
        assertThat(index.check(89.95, 179, 100, hits)).as("the last waypoint is inside").isEqualTo(1);

        List<AirspaceConflict> conflicts = index.conflicts(route);

        assertThat(conflicts).as("a route inside the circle from end to end").hasSize(1);
        assertThat(conflicts.get(0).legIndex()).isZero();
        assertThat(conflicts.get(0).entryPoint()).isEqualTo(GeoPoint.of(89.95, 170));
    }

    @Test
    void randomRoutesConflictWithTheZonesTheyPassThroughAtTheirBoundary() {
        long seed = RandomAirspace.seed();
        RandomAirspace airspace = new RandomAirspace(seed);
        SplittableRandom random = airspace.random();
        GeometryFactory jts = new GeometryFactory();
        int samplesWellInside = 0;
        int conflictsSeen = 0;
        for (int round = 0; round < 20; round++) {
            // A quarter of the rounds in the polar regions, where degrees of longitude shrink.
            double lat = round % 4 == 3 ? Math.copySign(random.nextDouble(75, 89.5), random.nextDouble(-1, 1))
                    : random.nextDouble(-70, 70);
            double lon = random.nextDouble(-170, 170);
            List<RestrictedZone> zones = new ArrayList<>();
            for (int id = 1; id <= 40; id++) {
                ZoneGeometry geometry = id % 2 == 0 ? airspace.circleNear(lat, lon, 0.3)
                        : airspace.polygonNear(lat + random.nextDouble(-0.3, 0.3), lon + random.nextDouble(-0.3, 0.3));
                zones.add(RandomAirspace.zone(id, geometry, airspace.band()));
            }
            ZoneIndex index = ZoneIndex.build(zones, SETTINGS);
            List<Shape> shapes = zones.stream().map(Shape::of).toList();
            ZoneHits hits = new ZoneHits();
            for (int r = 0; r < 100; r++) {
                int n = 2 + random.nextInt(5);
                List<Waypoint> route = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    route.add(new Waypoint(i, GeoPoint.of(lat + random.nextDouble(-0.4, 0.4),
                            lon + random.nextDouble(-0.4, 0.4)), random.nextDouble(-50, 600)));
                }
                List<AirspaceConflict> conflicts = index.conflicts(route);
                String what = "seed " + seed + ", route " + route;
                assertThat(conflicts).as(what).extracting(AirspaceConflict::legIndex).isSorted();
                assertThat(conflicts).as(what).extracting(AirspaceConflict::zoneId).doesNotHaveDuplicates();
                // Every point sampled along the route that is well inside a zone: that zone
                // conflicts, on that leg or an earlier one.
                for (int leg = 0; leg + 1 < n; leg++) {
                    Waypoint from = route.get(leg);
                    Waypoint to = route.get(leg + 1);
                    for (int k = 0; k <= 64; k++) {
                        double t = k / 64.0;
                        double pLat = from.position().latitude() + t * (to.position().latitude()
                                - from.position().latitude());
                        double pLon = from.position().longitude() + t * (to.position().longitude()
                                - from.position().longitude());
                        double pAlt = from.altitudeM() + t * (to.altitudeM() - from.altitudeM());
                        index.check(pLat, pLon, pAlt, hits);
                        for (int i = 0; i < hits.insideCount(); i++) {
                            RestrictedZone zone = zones.get(hits.inside(i).value() - 1);
                            if (!shapes.get(zone.id().value() - 1).wellInside(pLat, pLon, pAlt, jts)) {
                                continue;
                            }
                            samplesWellInside++;
                            int atLeg = leg;
                            boolean entered = conflicts.stream()
                                    .anyMatch(c -> c.zoneId().equals(zone.id()) && c.legIndex() <= atLeg);
                            assertThat(entered).as("%s: inside %s at t %s of leg %d, yet conflicts %s", what,
                                    zone.id(), t, leg, conflicts).isTrue();
                            // Entered on this very leg: no later than this sample.
                            for (AirspaceConflict c : conflicts) {
                                if (c.zoneId().equals(zone.id()) && c.legIndex() == leg) {
                                    assertThat(along(from, to, c.entryPoint())).as("%s: %s, yet inside at t %s", what,
                                            c, t).isLessThanOrEqualTo(t + 1e-9);
                                }
                            }
                        }
                    }
                }
                // Every entry is on the leg, on or inside the zone, within its band.
                conflictsSeen += conflicts.size();
                for (AirspaceConflict conflict : conflicts) {
                    RestrictedZone zone = zones.get(conflict.zoneId().value() - 1);
                    GeoPoint at = conflict.entryPoint();
                    assertThat(zone.altitudeBand().contains(conflict.entryAltitudeM())
                            || Math.abs(conflict.entryAltitudeM() - zone.altitudeBand().lowerMetres()) < 1e-6
                            || Math.abs(conflict.entryAltitudeM() - zone.altitudeBand().upperMetres()) < 1e-6)
                            .as("%s: %s within the band %s", what, conflict, zone.altitudeBand()).isTrue();
                    if (zone.geometry() instanceof ZoneGeometry.Circle c) {
                        double d = Geodesic.WGS84.Inverse(c.centre().latitude(), c.centre().longitude(),
                                at.latitude(), at.longitude()).s12;
                        assertThat(d).as("%s: %s within %s", what, conflict, c)
                                .isLessThanOrEqualTo(c.radiusMetres() * 1.003 + 0.5);
                    } else {
                        double d = shapes.get(zone.id().value() - 1).polygon
                                .distance(jts.createPoint(new Coordinate(at.longitude(), at.latitude())));
                        assertThat(d).as("%s: %s in degrees from the polygon", what, conflict)
                                .isLessThanOrEqualTo(DEGREE_TOLERANCE);
                    }
                }
            }
        }
        assertThat(samplesWellInside).as("seed %d: route samples well inside a zone", seed).isGreaterThan(1_000);
        assertThat(conflictsSeen).as("seed %d: conflicts", seed).isGreaterThan(500);
    }

    // ---- the geofence as utm-core's airspace checker ---------------------------------------

    @Test
    void geofenceRefusesAPlanThatCrossesAZoneAndAcceptsOneAroundIt() {
        Instant now = Instant.parse("2026-06-01T06:00:00Z");
        PasswordHasher hasher = Argon2PasswordHasher.withCost(8, 1, 1);
        InMemoryStorage storage = new InMemoryStorage();
        Geofence geofence = Geofence.of(List.of(), SETTINGS);
        UtmCore utm = UtmCore.builder().storage(storage).clock(Clock.fixed(now, ZoneOffset.UTC)).passwordHasher(hasher)
                .airspaceChecker(geofence).eventPublisher(geofence.reloadingOnZoneEvents(storage.zones(),
                        EventPublisher.none()))
                .build();
        // The first authority can only be put in storage directly.
        User authority = storage.users().insert(new User(storage.users().nextId(), "Civil Aviation Committee",
                "authority@caa.kz", Optional.empty(), Optional.empty(), hasher.hash("authority-password"),
                UserRole.AUTHORITY_ADMIN, Optional.empty(), true, 0, Audit.createdAt(now)));
        User pilot = utm.users().registerSoloPilot(new RegisterSoloPilot("Solo Pilot", "solo@pilots.kz",
                Optional.empty(), Optional.empty(), "password-123"));
        Drone drone = utm.drones().register(pilot.id(), new RegisterDrone("DJI", "Mavic 3", "SN-0001",
                Optional.empty()));
        // The airport's control zone: 5 km around it, up to 500 m.
        RestrictedZone airport = utm.zones().create(authority.id(), new DefineZone("Almaty Airport",
                Optional.empty(), RandomAirspace.circle(43.35, 77.04, 5_000), Optional.empty(), Optional.of(500.0)));
        assertThat(geofence.index().size()).as("reloaded on the zone event").isEqualTo(1);

        SubmitFlightPlan across = plan(drone, now, 43.35, 76.90, 43.35, 77.20);
        RouteConflictException refused = catchThrowableOfType(RouteConflictException.class,
                () -> utm.flightPlans().submit(pilot.id(), across));

        assertThat(refused).isNotNull();
        assertThat(refused.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.zoneId()).isEqualTo(airport.id());
            assertThat(c.zoneName()).isEqualTo("Almaty Airport");
            assertThat(c.legIndex()).isZero();
        });
        assertThat(storage.flightPlans().findAll()).as("nothing stored").isEmpty();

        // Around it: 0.1 degree (11 km) south of the centre.
        FlightPlan around = utm.flightPlans().submit(pilot.id(), plan(drone, now, 43.25, 76.90, 43.25, 77.20));

        assertThat(around.status()).isEqualTo(FlightPlanStatus.PENDING_AUTHORITY_APPROVAL);
        assertThat(storage.flightPlans().findAll()).containsExactly(around);
    }

    @Test
    void geofenceReloadedFromTheRepositoryChecksAgainstTheZonesNowInForce() {
        InMemoryStorage storage = new InMemoryStorage();
        storage.zones().insert(SQUARE);
        Geofence geofence = Geofence.loadedFrom(storage.zones(), SETTINGS);
        List<Waypoint> across = route(50.5, 9.5, 150, 50.5, 11.5, 150);
        Instant departure = Instant.parse("2026-06-01T07:00:00Z");

        assertThat(geofence.conflicts(across, departure, departure.plusSeconds(600))).hasSize(1);
        storage.zones().update(SQUARE.withActive(false, departure));
        assertThat(geofence.conflicts(across, departure, departure.plusSeconds(600))).as("before the reload")
                .hasSize(1);
        geofence.reloadFrom(storage.zones());
        assertThat(geofence.conflicts(across, departure, departure.plusSeconds(600))).as("after the reload").isEmpty();
    }

    @Test
    void routeOfFewerThanTwoWaypointsIsRefused() {
        ZoneIndex index = ZoneIndex.build(List.of(SQUARE), SETTINGS);

        assertThatThrownBy(() -> index.conflicts(List.of(new Waypoint(0, GeoPoint.of(50.5, 10.5), 150))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two waypoints");
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** A route from (lat, lon, alt) triples. */
    private static List<Waypoint> route(double... latLonAlt) {
        List<Waypoint> route = new ArrayList<>();
        for (int i = 0; i < latLonAlt.length; i += 3) {
            route.add(new Waypoint(i / 3, GeoPoint.of(latLonAlt[i], latLonAlt[i + 1]), latLonAlt[i + 2]));
        }
        return route;
    }

    /** Where along the leg a point on it lies, as a fraction. */
    private static double along(Waypoint from, Waypoint to, GeoPoint point) {
        double dLat = to.position().latitude() - from.position().latitude();
        double dLon = to.position().longitude() - from.position().longitude();
        return Math.abs(dLon) >= Math.abs(dLat) ? (point.longitude() - from.position().longitude()) / dLon
                : (point.latitude() - from.position().latitude()) / dLat;
    }

    private static SubmitFlightPlan plan(Drone drone, Instant now, double lat0, double lon0, double lat1, double lon1) {
        return new SubmitFlightPlan(drone.id(), now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)),
                Optional.empty(),
                List.of(new WaypointInput(0, lat0, lon0, 120), new WaypointInput(1, lat1, lon1, 120)));
    }

    /** A zone with what the checks of random routes need of it, computed once. */
    private record Shape(RestrictedZone zone, Polygon polygon, Geometry boundary) {

        static Shape of(RestrictedZone zone) {
            if (zone.geometry() instanceof ZoneGeometry.Polygon p) {
                Polygon polygon = PolygonExactnessTest.jts(p);
                return new Shape(zone, polygon, polygon.getBoundary());
            }
            return new Shape(zone, null, null);
        }

        /**
         * Inside by a clear margin, so that the straight leg through this sample must enter the
         * zone whatever the rounding: a metre (and 1% of the radius, for circles) from the edge,
         * and a millimetre within the band.
         */
        boolean wellInside(double lat, double lon, double alt, GeometryFactory jts) {
            AltitudeBand band = zone.altitudeBand();
            if (!(alt >= band.lowerMetres() + 1e-3 && alt <= band.upperMetres() - 1e-3)) {
                return false;
            }
            if (zone.geometry() instanceof ZoneGeometry.Circle c) {
                double d = Geodesic.WGS84.Inverse(c.centre().latitude(), c.centre().longitude(), lat, lon).s12;
                return d < c.radiusMetres() * 0.99 - 1;
            }
            Point point = jts.createPoint(new Coordinate(lon, lat));
            return polygon.covers(point) && boundary.distance(point) > 1e-5;
        }
    }
}
