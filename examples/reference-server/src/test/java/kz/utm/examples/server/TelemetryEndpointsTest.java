package kz.utm.examples.server;

import static kz.utm.examples.server.testing.Bodies.batch;
import static kz.utm.examples.server.testing.Bodies.clearPlan;
import static kz.utm.examples.server.testing.Bodies.point;
import static kz.utm.examples.server.testing.Replies.denied;
import static kz.utm.examples.server.testing.Replies.invalid;
import static kz.utm.examples.server.testing.Replies.notFound;
import static kz.utm.examples.server.testing.Replies.ok;
import static kz.utm.examples.server.testing.Replies.problem;
import static kz.utm.examples.server.testing.Replies.tooLarge;
import static kz.utm.examples.server.testing.Replies.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kz.utm.examples.server.testing.Http;
import kz.utm.examples.server.testing.TestServer;
import kz.utm.examples.server.testing.World;

/**
 * {@code /drones/{id}/telemetry}: a batch in, each point's conformance out; the history; who may
 * report with and without an active plan; idempotent retries; the batch and body limits; and
 * bad points named one by one. Each test reports for a drone of its own, so that histories never
 * mix.
 */
class TelemetryEndpointsTest {

    private static final int MAX_BATCH = 50;
    private static final int MAX_BYTES = 16 * 1024;
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private static TestServer server;
    private static Http http;
    private static World world;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of("utm.telemetry.max-batch", String.valueOf(MAX_BATCH),
                "utm.max-request-bytes", String.valueOf(MAX_BYTES)));
        http = server.http();
        world = World.build(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static int soloDrone() {
        return ok(201, http.post("/api/v1/drones", world.solo(), Map.of("brand", "DJI", "model", "Mini 4",
                "serialNumber", "TELEMETRY-" + SERIAL.incrementAndGet()))).id();
    }

    private static Instant now() {
        return server.clock().instant();
    }

    /** {@code count} points along a line south of the zones, one a second, ending now. */
    private static List<Map<String, Object>> clearPoints(int count) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            points.add(point(now().minusSeconds(count - 1 - i), 43.1500, 76.8000 + i * 0.0001, 50));
        }
        return points;
    }

    private static String telemetry(int drone) {
        return "/api/v1/drones/" + drone + "/telemetry";
    }

    private static JsonNode history(int drone, String token) {
        return ok(200, http.get(telemetry(drone), token)).json().path("points");
    }

    private static Http.Reply report(int drone, String token, Object body, String key) {
        return http.send("POST", telemetry(drone), token, body, key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    @Test
    void aBatchIsStoredAndEachPointJudgedInTheOrderGiven() {
        int drone = soloDrone();
        Instant t = now().minusSeconds(3);
        Http.Reply reply = ok(201, http.post(telemetry(drone), world.solo(), batch(List.of(
                point(t, 43.1500, 76.8000, 40),
                point(t.plusSeconds(1), World.CIRCLE_LAT, World.CIRCLE_LON, 100),
                point(t.plusSeconds(2), World.CIRCLE_LAT, World.CIRCLE_LON, 900)))));

        JsonNode points = reply.json().path("points");
        assertThat(points).hasSize(3);
        assertThat(points.get(0).path("conformance").asText()).isEqualTo("ON_SCHEDULE");
        assertThat(points.get(1).path("conformance").asText()).isEqualTo("NFZ_ALERT");
        // Above the zone's 500 m ceiling: not inside it.
        assertThat(points.get(2).path("conformance").asText()).isNotEqualTo("NFZ_ALERT");
        for (int i = 0; i < 3; i++) {
            assertThat(points.get(i).path("droneId").asInt()).isEqualTo(drone);
            assertThat(Instant.parse(points.get(i).path("timestamp").asText())).isEqualTo(t.plusSeconds(i));
            assertThat(points.get(i).has("flightPlanId")).isFalse();
        }
        assertThat(points.get(1).path("altitudeM").asDouble()).isEqualTo(100.0);

        assertThat(history(drone, world.solo())).hasSize(3);
        JsonNode seen = ok(200, http.get("/api/v1/drones/" + drone, world.solo())).json();
        assertThat(seen.path("lastTelemetryId").asLong()).isEqualTo(points.get(2).path("id").asLong());
    }

    @Test
    void theHistoryIsOldestFirstWithinFromAndTo() {
        int drone = soloDrone();
        Instant t = now().minusSeconds(10);
        ok(201, http.post(telemetry(drone), world.solo(), batch(List.of(point(t.plusSeconds(5), 43.15, 76.80, 10),
                point(t, 43.15, 76.81, 10), point(t.plusSeconds(9), 43.15, 76.82, 10)))));

        JsonNode all = history(drone, world.solo());
        assertThat(all).hasSize(3);
        assertThat(all.get(0).path("timestamp").asText()).isEqualTo(t.toString());
        assertThat(all.get(2).path("timestamp").asText()).isEqualTo(t.plusSeconds(9).toString());

        JsonNode window = ok(200, http.get(telemetry(drone) + "?from=" + t.plusSeconds(1) + "&to=" + t.plusSeconds(9),
                world.solo())).json().path("points");
        assertThat(window).hasSize(1);
        assertThat(window.get(0).path("timestamp").asText()).isEqualTo(t.plusSeconds(5).toString());
        assertThat(ok(200, http.get(telemetry(drone) + "?limit=2", world.solo())).json().path("points")).hasSize(2);
        ok(200, http.get(telemetry(drone), world.authority()));

        invalid(http.get(telemetry(drone) + "?from=yesterday&to=2026-13-01T00:00:00Z&limit=0", world.solo()),
                "from", "to", "limit");
        invalid(http.get(telemetry(drone) + "?from=" + t + "&to=" + t.minusSeconds(1), world.solo()), "to");
    }

    @Test
    void aDronesTelemetryIsReadAsTheDroneIs() {
        ok(201, http.post(telemetry(world.steppeDrone()), world.steppeAdmin(), batch(clearPoints(1))));
        ok(200, http.get(telemetry(world.steppeDrone()), world.pilot()));
        ok(200, http.get(telemetry(world.steppeDrone()), world.authority()));
        notFound(http.get(telemetry(world.steppeDrone()), world.idlePilot()));
        notFound(http.get(telemetry(world.steppeDrone()), world.altaiAdmin()));
        notFound(http.get(telemetry(world.steppeDrone()), world.solo()));
        notFound(http.get(telemetry(9_999), world.authority()));
        unauthenticated(http.get(telemetry(world.steppeDrone()), null));
    }

    @Test
    void onlyThoseWhoFlyTheDroneReport() {
        int drone = ok(201, http.post("/api/v1/drones", world.steppeAdmin(), Map.of("brand", "DJI", "model", "M30",
                "serialNumber", "TELEMETRY-ORG", "organizationId", world.steppe()))).id();
        ok(200, http.put("/api/v1/drones/" + drone + "/pilots/" + world.pilotId(), world.steppeAdmin(), null));

        notFound(http.post(telemetry(drone), world.idlePilot(), batch(clearPoints(1))));
        notFound(http.post(telemetry(drone), world.altaiAdmin(), batch(clearPoints(1))));
        notFound(http.post(telemetry(drone), world.solo(), batch(clearPoints(1))));
        denied(http.post(telemetry(drone), world.authority(), batch(clearPoints(1))));
        notFound(http.post(telemetry(9_999), world.steppeAdmin(), batch(clearPoints(1))));
        unauthenticated(http.post(telemetry(drone), null, batch(clearPoints(1))));
        assertThat(history(drone, world.steppeAdmin())).isEmpty();

        // Without a plan: the admin and the assigned pilot.
        ok(201, http.post(telemetry(drone), world.steppeAdmin(), batch(clearPoints(1))));
        server.advance(Duration.ofSeconds(1));
        ok(201, http.post(telemetry(drone), world.pilot(), batch(clearPoints(1))));

        // With the pilot's plan active: the pilot only, and the points carry the plan.
        Instant departure = now().plus(Duration.ofDays(3));
        int plan = ok(201, http.post("/api/v1/flight-plans", world.pilot(), clearPlan(drone, departure))).id();
        ok(200, http.post("/api/v1/flight-plans/" + plan + "/approve", world.steppeAdmin(), null));
        ok(200, http.post("/api/v1/flight-plans/" + plan + "/approve", world.authority(), null));
        ok(200, http.post("/api/v1/flight-plans/" + plan + "/activate", world.pilot(), null));
        server.advance(Duration.ofSeconds(1));
        denied(http.post(telemetry(drone), world.steppeAdmin(), batch(clearPoints(1))));
        JsonNode flown = ok(201, http.post(telemetry(drone), world.pilot(), batch(clearPoints(1)))).json();
        assertThat(flown.path("points").get(0).path("flightPlanId").asInt()).isEqualTo(plan);
        ok(200, http.post("/api/v1/flight-plans/" + plan + "/complete", world.pilot(), null));
        server.advance(Duration.ofSeconds(1));
        ok(201, http.post(telemetry(drone), world.steppeAdmin(), batch(clearPoints(1))));

        assertThat(history(drone, world.steppeAdmin())).hasSize(4);
    }

    @Test
    void aRetriedBatchIsStoredOnceAndAnsweredAlike() {
        int drone = soloDrone();
        Map<String, Object> body = batch(clearPoints(5));

        Http.Reply first = ok(201, report(drone, world.solo(), body, "flight-7-batch-1"));
        Http.Reply retry = ok(201, report(drone, world.solo(), body, "flight-7-batch-1"));

        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(history(drone, world.solo())).hasSize(5);
        // Without a key a repeat is a new batch.
        ok(201, http.post(telemetry(drone), world.solo(), body));
        assertThat(history(drone, world.solo())).hasSize(10);
    }

    @Test
    void concurrentRetriesOfABatchStoreItOnce() throws Exception {
        int drone = soloDrone();
        String body = kz.utm.examples.server.http.Json.write(batch(clearPoints(20)));
        int copies = 6;
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                Callable<Http.Reply> send = () -> {
                    go.await();
                    return report(drone, world.solo(), body, "concurrent-batch");
                };
                replies.add(pool.submit(send));
            }
            go.countDown();
            String answer = null;
            for (Future<Http.Reply> reply : replies) {
                Http.Reply got = ok(201, reply.get());
                answer = answer == null ? got.body() : answer;
                assertThat(got.body()).isEqualTo(answer);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(history(drone, world.solo())).hasSize(20);
    }

    @Test
    void aKeyReusedForAnotherBodyIsRefused() {
        int drone = soloDrone();
        ok(201, report(drone, world.solo(), batch(clearPoints(2)), "reused-key"));
        server.advance(Duration.ofSeconds(5));

        problem(422, "idempotency-key-reused", report(drone, world.solo(), batch(clearPoints(3)), "reused-key"));
        invalid(report(drone, world.solo(), batch(clearPoints(1)), "k".repeat(256)), "Idempotency-Key");
        assertThat(history(drone, world.solo())).hasSize(2);

        // A refused batch leaves its key unused: corrected, it goes through under the same key.
        Map<String, Object> bad = batch(List.of(point(now(), 95.0, 76.8, 10)));
        invalid(report(drone, world.solo(), bad, "corrected-key"), "points[0].latitude");
        ok(201, report(drone, world.solo(), batch(clearPoints(1)), "corrected-key"));
        assertThat(history(drone, world.solo())).hasSize(3);
    }

    @Test
    void aBatchOverTheLimitIsTooLargeAndStoresNothing() {
        int drone = soloDrone();
        Http.Reply refused = tooLarge(http.post(telemetry(drone), world.solo(), batch(clearPoints(MAX_BATCH + 1))));
        assertThat(refused.json().path("detail").asText()).contains(String.valueOf(MAX_BATCH));
        tooLarge(report(drone, world.solo(), batch(clearPoints(MAX_BATCH + 1)), "too-many"));
        assertThat(history(drone, world.solo())).isEmpty();

        ok(201, http.post(telemetry(drone), world.solo(), batch(clearPoints(MAX_BATCH))));
        assertThat(history(drone, world.solo())).hasSize(MAX_BATCH);
    }

    @Test
    void aBodyOverTheRequestLimitIsTooLargeAndStoresNothing() {
        int drone = soloDrone();
        String json = kz.utm.examples.server.http.Json.write(batch(clearPoints(3)));
        String padded = json.substring(0, json.length() - 1) + " ".repeat(MAX_BYTES) + "}";

        tooLarge(http.post(telemetry(drone), world.solo(), padded));
        tooLarge(report(drone, world.solo(), padded, "padded"));
        assertThat(history(drone, world.solo())).isEmpty();
        // Other routes share the limit.
        tooLarge(http.post("/api/v1/zones", world.authority(), "{\"name\": \"" + "z".repeat(MAX_BYTES) + "\"}"));
    }

    @Test
    void badPointsAreNamedTogetherAndNothingIsStored() {
        int drone = soloDrone();
        Instant t = now().minusSeconds(10);
        List<Object> points = new ArrayList<>();
        points.add(point(t, 43.15, 76.80, 10));
        points.add(point(t.plusSeconds(1), 95.0, 76.80, 10));
        Map<String, Object> badTime = point(t, 43.15, 76.80, 10);
        badTime.put("timestamp", "yesterday");
        points.add(badTime);
        Map<String, Object> badTypes = point(t.plusSeconds(3), 43.15, 76.80, 10);
        badTypes.put("longitude", "76.8");
        badTypes.put("headingDegrees", 360.0);
        badTypes.put("speedMps", -1.0);
        badTypes.put("battery", 80);
        points.add(badTypes);
        points.add("not a point");
        Map<String, Object> missing = new java.util.HashMap<>();
        missing.put("latitude", 43.15);
        points.add(missing);

        invalid(http.post(telemetry(drone), world.solo(), Map.of("points", points)), "points[1].latitude",
                "points[2].timestamp", "points[3].longitude", "points[3].headingDegrees", "points[3].speedMps",
                "points[3].battery", "points[4]", "points[5].timestamp", "points[5].longitude", "points[5].altitudeM");
        invalid(http.post(telemetry(drone), world.solo(), Map.of("points", List.of())), "points");
        invalid(http.post(telemetry(drone), world.solo(), Map.of("points", "none", "droneId", drone)), "points",
                "droneId");
        invalid(http.post(telemetry(drone), world.solo(), Map.of()), "points");
        problem(400, "malformed-request", http.post(telemetry(drone), world.solo(), "{\"points\": [}"));

        assertThat(history(drone, world.solo())).isEmpty();
    }

    @Test
    void aPointFromTheFutureIsNamedWithTheOtherBadPoints() {
        int drone = soloDrone();
        Instant t = now();
        invalid(http.post(telemetry(drone), world.solo(), batch(List.of(point(t, 43.15, 76.80, 10),
                point(t.plusSeconds(3600), 43.15, 76.80, 10)))), "points[1].timestamp");
        invalid(http.post(telemetry(drone), world.solo(), batch(List.of(point(t, 43.15, 76.80, 10),
                point(t, 95.0, 76.80, 10), point(t.plusSeconds(3600), 43.15, 76.80, 10)))),
                "points[1].latitude", "points[2].timestamp");
        assertThat(history(drone, world.solo())).isEmpty();
    }
}
