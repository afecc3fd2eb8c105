package kz.utm.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import kz.utm.core.common.DomainEvent;
import kz.utm.core.telemetry.TelemetryReceived;
import kz.utm.examples.server.testing.Http;
import kz.utm.examples.server.testing.TestServer;
import kz.utm.examples.server.testing.World;

/**
 * A stop lets the requests in flight finish: a telemetry batch that is being answered when the
 * stop begins still gets its 201, new requests are turned away meanwhile, and after a restart
 * on the same database the batch is there.
 */
class GracefulShutdownTest {

    @Test
    void aBatchInFlightWhenTheServerStopsIsAnsweredAndStored() throws Exception {
        Path directory = Files.createTempDirectory("utm-server-stop");
        Map<String, String> database = Map.of("utm.db.url", "jdbc:h2:file:" + directory.resolve("utm")
                + ";LOCK_TIMEOUT=10000", "utm.db.user", "sa", "utm.db.password", "",
                // Long enough that the stop never gives up on the held request while the test looks.
                "utm.shutdown-grace", "PT60S");
        AtomicBoolean holdTelemetry = new AtomicBoolean();
        CountDownLatch inFlight = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Holds the request after its batch is stored and before it is answered.
        kz.utm.core.common.EventPublisher observer = (DomainEvent event) -> {
            if (event instanceof TelemetryReceived && holdTelemetry.get()) {
                inFlight.countDown();
                await(release);
            }
        };
        TestServer server = TestServer.start(database, observer);
        World world = World.build(server);
        Instant now = server.clock().instant();
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            points.add(Map.of("timestamp", now.minusMillis(500 - i).toString(), "latitude", 43.0 + i * 1e-4,
                    "longitude", 76.5, "altitudeM", 40));
        }

        holdTelemetry.set(true);
        CompletableFuture<Http.Reply> batch = CompletableFuture.supplyAsync(() -> server.http().post(
                "/api/v1/drones/" + world.soloDrone() + "/telemetry", world.solo(), Map.of("points", points)));
        assertThat(inFlight.await(30, TimeUnit.SECONDS)).as("the batch reached the service").isTrue();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);

        // Wait until the server turns new requests away, with the batch still held.
        Http fresh = new Http(server.http().base());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        boolean refusing = false;
        while (!refusing && System.nanoTime() < deadline) {
            try {
                int status = fresh.get("/api/v1/openapi.json", null).status();
                refusing = status == 503;
            } catch (RuntimeException refused) {
                refusing = true;
            }
            Thread.onSpinWait();
        }
        assertThat(refusing).as("new requests refused while stopping").isTrue();
        assertThat(batch).as("the batch in flight is still waiting").isNotDone();
        assertThat(stopping).as("the stop waits for it").isNotDone();

        release.countDown();
        Http.Reply answered = batch.get(30, TimeUnit.SECONDS);
        stopping.get(30, TimeUnit.SECONDS);
        assertThat(answered.status()).isEqualTo(201);
        assertThat(answered.json().path("points")).hasSize(500);

        try (TestServer again = TestServer.start(database)) {
            Http.Reply history = again.http().get("/api/v1/drones/" + world.soloDrone() + "/telemetry?limit=10000",
                    again.signIn("solo@pilots.example.kz", "password-123"));
            assertThat(history.json().path("points")).hasSize(500);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the request");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
