package kz.utm.sdk.precheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.utm.sdk.UtmClient;
import kz.utm.sdk.error.ConflictException;
import kz.utm.sdk.error.RouteConflict;
import kz.utm.sdk.testing.ReferenceServerHarness;
import kz.utm.sdk.wire.DefineZone;
import kz.utm.sdk.wire.Drone;
import kz.utm.sdk.wire.FlightPlan;
import kz.utm.sdk.wire.RegisterDrone;
import kz.utm.sdk.wire.RegisterSoloPilot;
import kz.utm.sdk.wire.SubmitFlightPlan;
import kz.utm.sdk.wire.Waypoint;
import kz.utm.sdk.wire.Zone;
import kz.utm.sdk.wire.ZoneShape;

/**
 * The pre-check against the real reference server: the zones downloaded from it give, for each
 * route, exactly the conflicts the server answers a submission of that route with (409
 * {@code route-conflict}), or none when the server accepts the plan. Chosen routes (crossing a
 * circle, a polygon, a banded zone, staying in a hole, clear) and random ones over the same area.
 */
class RoutePreCheckEndToEndTest {

    private static ReferenceServerHarness server;
    private static UtmClient pilot;
    private static Drone drone;
    private static Zone circle;
    private static Zone holed;
    private static Zone banded;
    private static Zone inactive;
    private static Zone deleted;
    private static RoutePreCheck airspace;
    private static final AtomicInteger PLANS = new AtomicInteger();

    @BeforeAll
    static void buildTheAirspace() {
        server = ReferenceServerHarness.start();
        UtmClient authority = server.authority();
        circle = authority.zones().create(new DefineZone("Almaty centre", Optional.empty(),
                new ZoneShape.Circle(43.2389, 76.8897, 1000), Optional.empty(), Optional.of(500.0)));
        holed = authority.zones().create(DefineZone.of("Airport", RoutePreCheckTest.square(77.00, 43.30, 77.10, 43.40,
                List.of(RoutePreCheckTest.ring(77.04, 43.34, 77.06, 43.36)))));
        banded = authority.zones().create(new DefineZone("Corridor", Optional.empty(),
                RoutePreCheckTest.square(76.85, 43.30, 76.95, 43.35, List.of()), Optional.of(200.0), Optional.of(400.0)));
        inactive = authority.zones().create(DefineZone.of("Stadium", new ZoneShape.Circle(43.10, 76.70, 2000)));
        authority.zones().deactivate(inactive.id());
        deleted = authority.zones().create(DefineZone.of("Old range", RoutePreCheckTest.square(76.60, 43.00, 76.70,
                43.05, List.of())));
        authority.zones().delete(deleted.id());

        UtmClient anonymous = UtmClient.builder().baseUrl(server.baseUrl()).build();
        anonymous.users().register(new RegisterSoloPilot("Asel Nurlanovna", "asel@example.kz", "password-123"));
        pilot = server.client("asel@example.kz", "password-123");
        drone = pilot.drones().register(RegisterDrone.own("DJI", "Mini 4 Pro", "SN-PRECHECK-1"));
        airspace = RoutePreCheck.download(pilot);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** What the server says of the route: its conflicts, or none when it accepts the plan. */
    private static List<RouteConflict> serverCheck(List<Waypoint> route) {
        // A day apart each, so that no two accepted plans overlap for the drone.
        Instant departure = server.clock().instant().plus(Duration.ofDays(PLANS.incrementAndGet()));
        SubmitFlightPlan plan = new SubmitFlightPlan(drone.id(), departure, departure.plus(Duration.ofHours(1)), route);
        try {
            FlightPlan accepted = pilot.flightPlans().submit(plan);
            assertThat(accepted.id()).isPositive();
            return List.of();
        } catch (ConflictException e) {
            assertThat(e.problem().is("route-conflict")).as("%s", e.problem()).isTrue();
            return e.conflicts();
        }
    }

    private static List<Waypoint> route(double... latLonAlt) {
        List<Waypoint> points = new ArrayList<>();
        for (int i = 0; i < latLonAlt.length / 3; i++) {
            points.add(new Waypoint(i, latLonAlt[3 * i], latLonAlt[3 * i + 1], latLonAlt[3 * i + 2]));
        }
        return points;
    }

    private static List<RouteConflict> sameAsTheServer(List<Waypoint> route) {
        List<RouteConflict> offline = airspace.check(route);
        assertThat(offline).as("route %s", route).isEqualTo(serverCheck(route));
        return offline;
    }

    @Test
    void theDownloadHoldsTheZonesInForce() {
        assertThat(airspace.zoneCount()).isEqualTo(3);
        assertThat(airspace.downloadedAt()).isEqualTo(ReferenceServerHarness.START);
    }

    @Test
    void aRouteCrossingTheCircle() {
        assertThat(sameAsTheServer(route(43.20, 76.80, 0, 43.2389, 76.85, 120, 43.2389, 76.93, 120)))
                .extracting(RouteConflict::zoneId, RouteConflict::legIndex)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(circle.id(), 1));
    }

    @Test
    void aRouteCrossingThePolygon() {
        assertThat(sameAsTheServer(route(43.38, 76.98, 100, 43.38, 77.12, 100)))
                .extracting(RouteConflict::zoneId).containsExactly(holed.id());
    }

    @Test
    void aRouteInsideTheHoleIsClear() {
        assertThat(sameAsTheServer(route(43.345, 77.045, 60, 43.355, 77.055, 80, 43.345, 77.055, 60))).isEmpty();
    }

    @Test
    void aRouteLeavingTheHoleEntersThePolygon() {
        assertThat(sameAsTheServer(route(43.345, 77.045, 60, 43.345, 77.08, 60)))
                .extracting(RouteConflict::zoneId).containsExactly(holed.id());
    }

    @Test
    void aRouteBelowTheBandIsClearAndOneClimbingIntoItIsNot() {
        assertThat(sameAsTheServer(route(43.32, 76.80, 100, 43.32, 76.99, 150))).isEmpty();
        assertThat(sameAsTheServer(route(43.32, 76.80, 100, 43.32, 76.99, 300)))
                .extracting(RouteConflict::zoneId).containsExactly(banded.id());
    }

    @Test
    void aRouteThroughZonesOutOfForceIsClear() {
        assertThat(sameAsTheServer(route(43.10, 76.60, 50, 43.10, 76.80, 50, 43.02, 76.65, 50))).isEmpty();
    }

    @Test
    void aRouteThroughEveryZoneInForce() {
        assertThat(sameAsTheServer(route(43.2389, 76.80, 100, 43.2389, 76.95, 100, 43.32, 76.90, 300,
                43.32, 77.08, 300))).extracting(RouteConflict::zoneId)
                .containsExactly(circle.id(), banded.id(), holed.id());
    }

    @Test
    void randomRoutesOverTheAreaGetTheServersAnswer() {
        long seed = System.nanoTime();
        System.out.println("RoutePreCheckEndToEndTest seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        int withConflicts = 0;
        for (int r = 0; r < 30; r++) {
            int points = random.nextInt(2, 6);
            double[] latLonAlt = new double[3 * points];
            for (int i = 0; i < points; i++) {
                latLonAlt[3 * i] = random.nextDouble(43.15, 43.45);
                latLonAlt[3 * i + 1] = random.nextDouble(76.75, 77.15);
                latLonAlt[3 * i + 2] = random.nextInt(0, 12) * 50;
            }
            List<Waypoint> route = route(latLonAlt);
            List<RouteConflict> offline = airspace.check(route);
            assertThat(offline).as("seed %d, route %s", seed, route).isEqualTo(serverCheck(route));
            withConflicts += offline.isEmpty() ? 0 : 1;
        }
        System.out.println("RoutePreCheckEndToEndTest: " + withConflicts + " of 30 random routes entered zones");
    }
}
