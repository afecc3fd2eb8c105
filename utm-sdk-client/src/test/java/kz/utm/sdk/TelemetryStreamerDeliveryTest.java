package kz.utm.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import kz.utm.sdk.testing.MovableClock;
import kz.utm.sdk.testing.RecordedRequest;
import kz.utm.sdk.testing.RecordingSleeper;
import kz.utm.sdk.testing.RecordingTelemetryListener;
import kz.utm.sdk.testing.Samples;
import kz.utm.sdk.testing.ScriptedServer;
import kz.utm.sdk.testing.TelemetryFake;
import kz.utm.sdk.testing.TelemetryFake.Fate;
import kz.utm.sdk.testing.TelemetryFake.StoredPoint;
import kz.utm.sdk.wire.ConformanceStatus;
import kz.utm.sdk.wire.TelemetryInput;

/**
 * The streamer's promise under faults: 10,000 points offered while the fake service drops
 * connections before and after storing a batch, answers 503 and 429 with Retry-After and 409
 * request-in-progress, are all stored, each once, in order, and each heard of once by the
 * listener with its conformance status. The faults, the batch size and the moments the linger
 * expires come from a seed printed on failure ({@code -Dutm.test.seed=} replays its faults).
 */
class TelemetryStreamerDeliveryTest {

    private static final int POINTS = 10_000;
    private static final int DRONE = 3;

    @Test
    void tenThousandPointsThroughDroppedConnections503sAnd429sAreStoredOnceEachInOrder() {
        long seed = seed();
        try {
            deliverUnderFaults(new SplittableRandom(seed));
        } catch (AssertionError e) {
            throw new AssertionError("seed " + seed + " (replay with -Dutm.test.seed=" + seed + "): " + e.getMessage(),
                    e);
        }
    }

    private static void deliverUnderFaults(SplittableRandom random) {
        SplittableRandom faults = random.split();
        // The first requests meet every fault once whatever the seed: the first batch is stored but its
        // answer lost, then its retries are dropped unread, refused with 503, 429 and 409 before being
        // answered from the key. Later a third of the requests fail.
        List<Fate> opening = List.of(Fate.DROP_AFTER_STORING, Fate.DROP_BEFORE_STORING, Fate.UNAVAILABLE,
                Fate.THROTTLED, Fate.IN_PROGRESS, Fate.STORE);
        AtomicInteger requests = new AtomicInteger();
        TelemetryFake fake = new TelemetryFake(request -> {
            int index = requests.getAndIncrement();
            if (index < opening.size()) {
                return opening.get(index);
            }
            double draw = faults.nextDouble();
            return draw < 0.10 ? Fate.DROP_BEFORE_STORING : draw < 0.20 ? Fate.DROP_AFTER_STORING
                    : draw < 0.25 ? Fate.UNAVAILABLE : draw < 0.30 ? Fate.THROTTLED
                    : draw < 0.33 ? Fate.IN_PROGRESS : Fate.STORE;
        }, point -> judge(point.path("altitudeM").asInt()).name());
        int batchSize = 25 + random.nextInt(376);
        RecordingSleeper sleeper = new RecordingSleeper();
        MovableClock clock = new MovableClock(Samples.NOW);
        RecordingTelemetryListener listener = new RecordingTelemetryListener();
        List<TelemetryInput> offered = new ArrayList<>(POINTS);
        int flushAt = random.nextInt(POINTS);

        try (ScriptedServer server = ScriptedServer.start()) {
            server.otherwise(fake);
            UtmClient client = TestClients.builder(server, sleeper, clock).bearerToken("token").build();
            TelemetryStreamer streamer = client.telemetry().streamer(DRONE, StreamerOptions.defaults()
                    .withMaxBatchSize(batchSize).withListener(listener).withCloseTimeout(Duration.ofMinutes(2))
                    .withFlushTimeout(Duration.ofMinutes(2)));
            int flushedHeard = -1;
            for (int i = 0; i < POINTS; i++) {
                TelemetryInput point = point(i);
                offered.add(point);
                assertThat(streamer.offer(point)).as("offer of point %d", i).isTrue();
                if (random.nextInt(400) == 0) {
                    // The partial batch's linger is up: the streamer sends it without waiting to fill it.
                    clock.advance(Duration.ofMillis(200));
                }
                if (i == flushAt) {
                    assertThat(streamer.flush(Duration.ofMinutes(2))).isTrue();
                    flushedHeard = listener.stored().size();
                }
            }
            streamer.close();

            List<StoredPoint> stored = fake.stored();
            assertThat(stored).extracting(p -> (int) p.altitudeM())
                    .as("every point stored once, in the order offered")
                    .isEqualTo(IntStream.range(0, POINTS).boxed().toList());
            assertThat(flushedHeard).as("points heard of when the flush returned").isGreaterThan(flushAt);

            StreamerStats stats = streamer.stats();
            int failedAttempts = server.requestCount() - fake.count(Fate.STORE);
            assertThat(stats).isEqualTo(new StreamerStats(POINTS, POINTS, 0, 0, 0, 0, fake.count(Fate.STORE),
                    failedAttempts, 0));
            assertThat(fake.keys()).as("one key per batch, each stored once").isEqualTo(fake.count(Fate.STORE));
            assertThat(fake.reusedKeys()).as("a key is never sent with another body").isZero();
            assertThat(fake.replays()).as("lost answers given again from the key").isPositive();
            assertThat(fake.fates().keySet()).containsExactlyInAnyOrder(Fate.values());

            assertThat(listener.stored()).hasSize(POINTS);
            for (int i = 0; i < POINTS; i++) {
                RecordingTelemetryListener.Stored heard = listener.stored().get(i);
                assertThat(heard.sent()).isSameAs(offered.get(i));
                assertThat(heard.stored().id()).isEqualTo(stored.get(i).id());
                assertThat(heard.stored().timestamp()).isEqualTo(offered.get(i).timestamp());
                assertThat(heard.stored().conformance()).contains(judge(i));
                assertThat(heard.thread()).isEqualTo("utm-telemetry-drone-" + DRONE);
            }
            assertThat(listener.rejected()).isEmpty();
            assertThat(listener.dropped()).isEmpty();
            List<Boolean> connection = listener.connection();
            assertThat(connection).isNotEmpty().startsWith(false).endsWith(true);
            for (int i = 1; i < connection.size(); i++) {
                assertThat(connection.get(i)).as("connection changes alternate").isNotEqualTo(connection.get(i - 1));
            }

            // One batch at a time: a retry keeps its key, and the next batch takes the next number.
            String prefix = streamer.idempotencyKeyPrefix() + "-";
            long previous = 1;
            for (RecordedRequest request : server.requests()) {
                String key = request.header("Idempotency-Key").orElseThrow();
                assertThat(key).startsWith(prefix);
                long number = Long.parseLong(key.substring(prefix.length()));
                assertThat(number).as("batch number of %s", request).isBetween(previous, previous + 1);
                previous = number;
            }
            assertThat(previous).isEqualTo(stats.batchesSent());

            // Every failed attempt waited: Retry-After for 503 (1 s) and 429 (2 s), backoff for the rest.
            List<Duration> waits = sleeper.waits();
            assertThat(waits).hasSize(failedAttempts);
            assertThat(waits.stream().filter(Duration.ofSeconds(1)::equals).count())
                    .isEqualTo(fake.count(Fate.UNAVAILABLE));
            assertThat(waits.stream().filter(Duration.ofSeconds(2)::equals).count())
                    .isEqualTo(fake.count(Fate.THROTTLED));
        }
    }

    // Conformance by the point's number, so the listener's statuses can be checked point by point.
    private static ConformanceStatus judge(int number) {
        return switch (number % 7) {
            case 0 -> ConformanceStatus.NFZ_ALERT;
            case 1 -> ConformanceStatus.NFZ_WARNING;
            case 2 -> ConformanceStatus.OFF_ROUTE;
            default -> ConformanceStatus.ON_SCHEDULE;
        };
    }

    private static TelemetryInput point(int number) {
        return new TelemetryInput(Samples.NOW.plusMillis(100L * number), 43.2 + number * 1e-6, 76.9, number);
    }

    private static long seed() {
        Long fixed = Long.getLong("utm.test.seed");
        return fixed != null ? fixed : new SplittableRandom().nextLong();
    }
}
