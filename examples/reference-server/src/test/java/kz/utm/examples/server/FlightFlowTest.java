package kz.utm.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kz.utm.core.common.DroneId;
import kz.utm.examples.server.http.Json;
import kz.utm.examples.server.testing.Http;
import kz.utm.examples.server.testing.TestServer;
import kz.utm.examples.server.testing.World;
import kz.utm.geofence.monitor.GeofenceConformanceMonitor;

/**
 * One flight end to end over real HTTP: a plan crossing a zone is refused with the conflict, a
 * plan around it goes through both approvals, the flight's telemetry is judged point by point,
 * the drone strays into the zone and the alert arrives on the pilot's stream, and the plan
 * completes.
 */
class FlightFlowTest {

    private static TestServer server;
    private static World world;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        world = World.build(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aFlightFromRefusedRouteToCompletionWithAnAlertOnTheStream() throws Exception {
        Http http = server.http();
        Instant departure = server.clock().instant().plus(Duration.ofHours(1));

        // Straight through the circle zone at 120 m: refused, with the zone named.
        Http.Reply crossing = http.post("/api/v1/flight-plans", world.pilot(), plan(departure, List.of(
                waypoint(0, 43.2389, 76.8500, 120), waypoint(1, 43.2389, 76.9300, 120))));
        assertThat(crossing.status()).isEqualTo(409);
        assertThat(crossing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(crossing.json().path("type").asText()).endsWith("route-conflict");
        assertThat(crossing.json().path("conflicts").get(0).path("zoneId").asInt()).isEqualTo(world.circleZone());

        // Around it, to the south.
        Http.Reply submitted = World.expect(201, http.post("/api/v1/flight-plans", world.pilot(), plan(departure,
                List.of(waypoint(0, 43.2200, 76.8500, 0), waypoint(1, 43.2200, 76.9300, 120),
                        waypoint(2, 43.2200, 76.9400, 0)))));
        int plan = submitted.id();
        assertThat(submitted.json().path("status").asText()).isEqualTo("PENDING_ORG_APPROVAL");

        assertThat(World.expect(200, http.post("/api/v1/flight-plans/" + plan + "/approve", world.steppeAdmin(), null))
                .json().path("status").asText()).isEqualTo("PENDING_AUTHORITY_APPROVAL");
        assertThat(World.expect(200, http.post("/api/v1/flight-plans/" + plan + "/approve", world.authority(), null))
                .json().path("status").asText()).isEqualTo("APPROVED");

        BlockingQueue<JsonNode> alerts = new LinkedBlockingQueue<>();
        Thread listener = listen(world.pilot(), alerts);
        try {
            server.advance(Duration.ofHours(1));
            assertThat(World.expect(200, http.post("/api/v1/flight-plans/" + plan + "/activate", world.pilot(), null))
                    .json().path("status").asText()).isEqualTo("ACTIVE");

            Instant now = server.clock().instant();
            Http.Reply onRoute = World.expect(201, http.post("/api/v1/drones/" + world.steppeDrone() + "/telemetry",
                    world.pilot(), Map.of("points", List.of(point(now, 43.2200, 76.8600, 15)))));
            assertThat(onRoute.json().path("points").get(0).path("conformance").asText()).isEqualTo("ON_SCHEDULE");

            server.advance(Duration.ofSeconds(10));
            Http.Reply inZone = World.expect(201, http.post("/api/v1/drones/" + world.steppeDrone() + "/telemetry",
                    world.pilot(), Map.of("points", List.of(point(server.clock().instant(), World.CIRCLE_LAT,
                            World.CIRCLE_LON, 100)))));
            assertThat(inZone.json().path("points").get(0).path("conformance").asText()).isEqualTo("NFZ_ALERT");

            JsonNode alert = alerts.poll(20, TimeUnit.SECONDS);
            assertThat(alert).as("an alert on the pilot's stream").isNotNull();
            // The first change may be the drone's first sighting; wait for the violation.
            while (alert != null && !"NFZ_ALERT".equals(alert.path("to").asText())) {
                alert = alerts.poll(20, TimeUnit.SECONDS);
            }
            assertThat(alert).isNotNull();
            assertThat(alert.path("droneId").asInt()).isEqualTo(world.steppeDrone());
            assertThat(alert.path("flightPlanId").asInt()).isEqualTo(plan);
            assertThat(alert.path("zoneIds").get(0).asInt()).isEqualTo(world.circleZone());
        } finally {
            listener.interrupt();
        }

        assertThat(World.expect(200, http.post("/api/v1/flight-plans/" + plan + "/complete", world.pilot(), null))
                .json().path("status").asText()).isEqualTo("COMPLETED");
        Http.Reply history = World.expect(200, http.get("/api/v1/drones/" + world.steppeDrone() + "/telemetry",
                world.steppeAdmin()));
        assertThat(history.json().path("points")).hasSize(2);

        // Landed and silent: the drone is no longer followed, so no sweep declares it lost.
        GeofenceConformanceMonitor monitor = server.server().application().monitor();
        DroneId drone = new DroneId(world.steppeDrone());
        assertThat(monitor.status(drone)).isEmpty();
        assertThat(monitor.sweep(server.advance(Duration.ofMinutes(5)))).isZero();
        assertThat(monitor.status(drone)).isEmpty();
    }

    private static Thread listen(String token, BlockingQueue<JsonNode> alerts) throws InterruptedException {
        java.util.concurrent.CountDownLatch open = new java.util.concurrent.CountDownLatch(1);
        Thread thread = new Thread(() -> {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(server.http().base().resolve("/api/v1/alerts"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
            try {
                HttpResponse<java.io.InputStream> response = client.send(request,
                        HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        if (line.startsWith(":")) {
                            open.countDown();
                        } else if (line.startsWith("data:")) {
                            alerts.add(Json.MAPPER.readTree(line.substring(5).strip()));
                        }
                    }
                }
            } catch (Exception e) {
                open.countDown();
            }
        }, "alert-listener");
        thread.setDaemon(true);
        thread.start();
        assertThat(open.await(10, TimeUnit.SECONDS)).as("the alert stream opened").isTrue();
        return thread;
    }

    private Map<String, Object> plan(Instant departure, List<Map<String, Object>> waypoints) {
        return Map.of("droneId", world.steppeDrone(), "plannedDepartureTime", departure.toString(),
                "plannedArrivalTime", departure.plus(Duration.ofMinutes(40)).toString(), "waypoints", waypoints);
    }

    private static Map<String, Object> waypoint(int order, double lat, double lon, double altitude) {
        return Map.of("sequenceOrder", order, "latitude", lat, "longitude", lon, "altitudeM", altitude);
    }

    private static Map<String, Object> point(Instant at, double lat, double lon, double altitude) {
        return Map.of("timestamp", at.toString(), "latitude", lat, "longitude", lon, "altitudeM", altitude);
    }

}
