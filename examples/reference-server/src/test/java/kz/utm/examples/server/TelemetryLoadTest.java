package kz.utm.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kz.utm.examples.server.http.Json;
import kz.utm.examples.server.testing.Bodies;
import kz.utm.examples.server.testing.Http;
import kz.utm.examples.server.testing.TestServer;

/**
 * Telemetry under load over loopback: {@value #THREADS} threads send batches of
 * {@value #BATCH} distinct points for {@value #DRONES} drones flying without a plan, every
 * batch with an Idempotency-Key; one batch in five is sent twice with its key, half of those
 * twice at once from two threads, half again right after the first answer. Then every drone's
 * history must hold each point exactly once (by drone and timestamp), and the rate is printed.
 *
 * <p>The number of points is {@code -Dutm.load.points} (default {@value #DEFAULT_POINTS}, so
 * that the build stays quick); the figure is taken with
 * {@code -Dutm.load.points=100000}. The load goes through a client without the test suite's
 * response checks, so that the figure is the server's.
 */
class TelemetryLoadTest {

    private static final int DEFAULT_POINTS = 10_000;
    private static final int THREADS = 8;
    private static final int BATCH = 100;
    private static final int DRONES = 10;

    private static TestServer server;
    private static Http http;
    private static String pilot;
    private static final List<Integer> drones = new ArrayList<>();

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = new Http(server.http().base());
        server.http().post("/api/v1/users/register", null, Map.of("fullName", "Load Pilot",
                "email", "load@pilots.example.kz", "password", "password-123"));
        pilot = server.signIn("load@pilots.example.kz", "password-123");
        for (int d = 0; d < DRONES; d++) {
            Http.Reply drone = server.http().post("/api/v1/drones", pilot, Map.of("brand", "DJI", "model", "Mini 4",
                    "serialNumber", "LOAD-" + d));
            assertThat(drone.status()).as("%s", drone).isEqualTo(201);
            drones.add(drone.id());
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Batch k: drone k mod DRONES, its points one millisecond apart after the drone's earlier batches. */
    private static String batch(int k, Instant base) {
        int round = k / DRONES;
        List<Map<String, Object>> points = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            int n = round * BATCH + i;
            points.add(Bodies.point(base.plusMillis(n), 43.10 + (k % DRONES) * 0.001, 76.70 + n * 0.000001, 60));
        }
        return Json.write(Bodies.batch(points));
    }

    private static Http.Reply send(int k, String body) {
        return http.send("POST", "/api/v1/drones/" + drones.get(k % DRONES) + "/telemetry", pilot, body,
                Map.of("Idempotency-Key", "load-batch-" + k));
    }

    /** The timestamps of a drone's points in [from, to), oldest first, read a page at a time. */
    private static List<String> history(int drone, Instant from, Instant to) {
        List<String> timestamps = new ArrayList<>();
        Instant next = from;
        while (true) {
            JsonNode points = http.get("/api/v1/drones/" + drone + "/telemetry?limit=10000&from=" + next + "&to=" + to,
                    pilot).json().path("points");
            points.forEach(p -> timestamps.add(p.path("timestamp").asText()));
            if (points.size() < 10_000) {
                return timestamps;
            }
            next = Instant.parse(timestamps.get(timestamps.size() - 1)).plusNanos(1);
        }
    }

    @Test
    void everyPointIsStoredExactlyOnceUnderConcurrentRetries() throws Exception {
        int total = Integer.getInteger("utm.load.points", DEFAULT_POINTS);
        assertThat(total % (BATCH * DRONES)).as("points a multiple of %d", BATCH * DRONES).isZero();
        int batches = total / BATCH;
        Instant base = server.clock().instant().minus(Duration.ofMinutes(2));
        List<String> bodies = new ArrayList<>(batches);
        for (int k = 0; k < batches; k++) {
            bodies.add(batch(k, base));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Http.Reply>> firsts = new ArrayList<>();
        List<Future<Http.Reply>> repeats = new ArrayList<>();
        List<Integer> retried = new ArrayList<>();
        long started = System.nanoTime();
        for (int k = 0; k < batches; k++) {
            int batch = k;
            String body = bodies.get(k);
            if (k % 10 == 0) {
                // Sent twice at once: two threads race with one key.
                firsts.add(pool.submit(() -> send(batch, body)));
                repeats.add(pool.submit(() -> send(batch, body)));
                retried.add(k);
            } else if (k % 10 == 5) {
                // A retry after the answer, as a client that lost the response would.
                Future<Http.Reply[]> both = pool.submit(() -> new Http.Reply[] {send(batch, body), send(batch, body)});
                firsts.add(pool.submit(() -> both.get()[0]));
                repeats.add(pool.submit(() -> both.get()[1]));
                retried.add(k);
            } else {
                firsts.add(pool.submit(() -> send(batch, body)));
            }
        }
        List<Http.Reply> answers = new ArrayList<>();
        for (Future<Http.Reply> first : firsts) {
            answers.add(first.get(10, TimeUnit.MINUTES));
        }
        List<Http.Reply> retries = new ArrayList<>();
        for (Future<Http.Reply> second : repeats) {
            retries.add(second.get(10, TimeUnit.MINUTES));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();

        for (Http.Reply answer : answers) {
            assertThat(answer.status()).as("%s", answer).isEqualTo(201);
        }
        for (int i = 0; i < retried.size(); i++) {
            Http.Reply answer = retries.get(i);
            assertThat(answer.status()).as("%s", answer).isEqualTo(201);
            assertThat(answer.body()).as("the retry of batch %d", retried.get(i))
                    .isEqualTo(answers.get(retried.get(i)).body());
        }

        int perDrone = total / DRONES;
        for (int d = 0; d < DRONES; d++) {
            List<String> timestamps = history(drones.get(d), base, base.plusMillis(perDrone));
            assertThat(timestamps).as("points stored for drone %d", d).hasSize(perDrone);
            assertThat(new HashSet<>(timestamps)).as("distinct timestamps of drone %d", d).hasSize(perDrone);
            assertThat(timestamps.get(0)).isEqualTo(base.toString());
            assertThat(timestamps.get(perDrone - 1)).isEqualTo(base.plusMillis(perDrone - 1).toString());
        }
        assertThat(history(drones.get(0), base.plusMillis(perDrone), base.plus(Duration.ofHours(1)))).isEmpty();

        System.out.printf("TelemetryLoadTest: %,d points in %,d batches (%,d sent twice) from %d threads over "
                + "loopback in %.1f s: %,.0f points/s stored; load average %.2f on %d cores%n", total, batches,
                retried.size(), THREADS, seconds, total / seconds,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }
}
