package kz.utm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import kz.utm.sdk.testing.Eventually;
import kz.utm.sdk.testing.GatedSleeper;
import kz.utm.sdk.testing.MovableClock;
import kz.utm.sdk.testing.RecordedRequest;
import kz.utm.sdk.testing.RecordingSleeper;
import kz.utm.sdk.testing.RecordingTelemetryListener;
import kz.utm.sdk.testing.Samples;
import kz.utm.sdk.testing.ScriptedServer;
import kz.utm.sdk.testing.Step;
import kz.utm.sdk.testing.TelemetryFake;
import kz.utm.sdk.testing.TelemetryFake.Fate;
import kz.utm.sdk.testing.TelemetryFake.StoredPoint;
import kz.utm.sdk.wire.TelemetryInput;

/**
 * The streamer against a fake telemetry service on loopback: batching by size and by linger,
 * flush and close, the overflow policies while the server is unreachable, refused batches, a
 * listener that throws, an offer that never waits, and the sign-in retried through an outage.
 * Nothing sleeps: the linger runs on a clock the tests move, retries wait through sleepers that
 * return at once or hold the streamer until the test lets it go.
 */
class TelemetryStreamerTest {

    private static final int DRONE = 3;
    private static final String WORKER = "utm-telemetry-drone-" + DRONE;
    private static final Duration NEVER = Duration.ofDays(1);

    private ScriptedServer server;
    private MovableClock clock;
    private RecordingTelemetryListener listener;
    private final List<TelemetryStreamer> streamers = new ArrayList<>();

    @BeforeEach
    void start() {
        server = ScriptedServer.start();
        clock = new MovableClock(Samples.NOW);
        listener = new RecordingTelemetryListener();
    }

    @AfterEach
    void stop() {
        streamers.forEach(TelemetryStreamer::close);
        server.close();
    }

    private TelemetryStreamer streamer(Sleeper sleeper, StreamerOptions options) {
        UtmClient client = TestClients.builder(server, new RecordingSleeper(), clock).sleeper(sleeper)
                .bearerToken("token").build();
        TelemetryStreamer streamer = client.telemetry().streamer(DRONE, options);
        streamers.add(streamer);
        return streamer;
    }

    /** Batches of {@code size} that never linger: only a full batch, a flush or a close sends. */
    private static StreamerOptions batchesOf(int size) {
        return StreamerOptions.defaults().withMaxBatchSize(size).withLinger(NEVER);
    }

    private static TelemetryInput point(int number) {
        return new TelemetryInput(Samples.NOW.plusMillis(100L * number), 43.2, 76.9, number);
    }

    private static List<TelemetryInput> points(int from, int to) {
        return IntStream.range(from, to).mapToObj(TelemetryStreamerTest::point).toList();
    }

    private static List<Integer> numbers(List<StoredPoint> stored) {
        return stored.stream().map(point -> (int) point.altitudeM()).toList();
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    private static int batchSize(RecordedRequest request) {
        return request.bodyText().split("\"timestamp\"", -1).length - 1;
    }

    @Test
    void aFullBatchGoesAtOnceAndThePartialRestWaitsForItsLinger() {
        TelemetryFake fake = TelemetryFake.storingAll();
        server.otherwise(fake);
        TelemetryStreamer streamer = streamer(new RecordingSleeper(),
                batchesOf(100).withLinger(Duration.ofSeconds(10)).withListener(listener));

        points(0, 250).forEach(streamer::offer);
        Eventually.until("two full batches acknowledged", () -> streamer.stats().sent() == 200);

        assertThat(server.requests()).extracting(TelemetryStreamerTest::batchSize).containsExactly(100, 100);
        assertThat(streamer.stats().buffered()).isEqualTo(50);
        assertThat(streamer.stats().batchesSent()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(10));
        Eventually.until("the lingering batch acknowledged", () -> streamer.stats().sent() == 250);
        assertThat(server.requests()).extracting(TelemetryStreamerTest::batchSize).containsExactly(100, 100, 50);
        assertThat(numbers(fake.stored())).isEqualTo(range(0, 250));
    }

    @Test
    void aPartialBatchGoesWhenItsFirstPointHasLingeredNotItsLast() {
        TelemetryFake fake = TelemetryFake.storingAll();
        server.otherwise(fake);
        TelemetryStreamer streamer = streamer(new RecordingSleeper(),
                batchesOf(100).withLinger(Duration.ofSeconds(10)));

        points(0, 3).forEach(streamer::offer);
        clock.advance(Duration.ofSeconds(6));
        points(3, 5).forEach(streamer::offer);
        clock.advance(Duration.ofSeconds(4));

        Eventually.until("the batch acknowledged", () -> streamer.stats().sent() == 5);
        assertThat(server.requests()).extracting(TelemetryStreamerTest::batchSize).containsExactly(5);
    }

    @Test
    void flushSendsAPartialBatchAtOnceAndReturnsOnceItIsHeardOf() {
        TelemetryFake fake = TelemetryFake.storingAll();
        server.otherwise(fake);
        TelemetryStreamer streamer = streamer(new RecordingSleeper(),
                batchesOf(100).withListener(listener).withIdempotencyKeyPrefix("flight-42"));

        points(0, 5).forEach(streamer::offer);
        streamer.flush();

        assertThat(listener.stored()).extracting(heard -> heard.sent()).isEqualTo(points(0, 5));
        assertThat(streamer.stats().sent()).isEqualTo(5);

        points(5, 8).forEach(streamer::offer);
        assertThat(streamer.flush(ChronoUnit.FOREVER.getDuration())).isTrue();

        assertThat(numbers(fake.stored())).isEqualTo(range(0, 8));
        assertThat(server.requests()).extracting(TelemetryStreamerTest::batchSize).containsExactly(5, 3);
        assertThat(server.requests()).extracting(request -> request.header("Idempotency-Key").orElseThrow())
                .containsExactly("flight-42-1", "flight-42-2");
        assertThat(streamer.flush(Duration.ZERO)).as("nothing left to flush").isTrue();
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void closeSendsWhatIsLeftAndRefusesLaterPoints() {
        TelemetryFake fake = TelemetryFake.storingAll();
        server.otherwise(fake);
        TelemetryStreamer streamer = streamer(new RecordingSleeper(),
                batchesOf(100).withLinger(ChronoUnit.FOREVER.getDuration()).withListener(listener));
        points(0, 7).forEach(streamer::offer);

        streamer.close();

        assertThat(numbers(fake.stored())).isEqualTo(range(0, 7));
        assertThat(listener.stored()).hasSize(7);
        assertThat(streamer.isOpen()).isFalse();
        assertThat(streamer.offer(point(7))).isFalse();
        assertThat(streamer.stats()).isEqualTo(new StreamerStats(7, 7, 0, 0, 0, 0, 1, 0, 0));

        streamer.close();
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(listener.dropped()).as("a point offered after close is refused, not dropped").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(OverflowPolicy.class)
    void aFullBufferDropsByItsPolicyWhileTheServerIsUnreachable(OverflowPolicy policy) {
        AtomicBoolean reachable = new AtomicBoolean(false);
        TelemetryFake fake = new TelemetryFake(
                request -> reachable.get() ? Fate.STORE : Fate.DROP_BEFORE_STORING, point -> "ON_SCHEDULE");
        server.otherwise(fake);
        GatedSleeper sleeper = new GatedSleeper();
        sleeper.shut();
        TelemetryStreamer streamer = streamer(sleeper, batchesOf(10).withBufferCapacity(100).withOverflow(policy)
                .withListener(listener));

        // The first batch goes, its connection drops, and the streamer waits to retry it.
        points(0, 10).forEach(streamer::offer);
        Eventually.until("the first batch failed once", () -> streamer.stats().retries() == 1);
        List<Boolean> accepted = points(10, 250).stream().map(streamer::offer).toList();

        List<TelemetryInput> droppedPoints = policy == OverflowPolicy.DROP_OLDEST ? points(10, 160) : points(100, 250);
        assertThat(listener.dropped()).extracting(RecordingTelemetryListener.Dropped::point).isEqualTo(droppedPoints);
        assertThat(listener.dropped()).allSatisfy(dropped -> {
            assertThat(dropped.why()).isEqualTo(policy);
            assertThat(dropped.thread()).isEqualTo(Thread.currentThread().getName());
        });
        assertThat(accepted.stream().filter(Boolean::booleanValue).count())
                .isEqualTo(policy == OverflowPolicy.DROP_OLDEST ? 240 : 90);
        assertThat(streamer.stats()).isEqualTo(new StreamerStats(250, 0, 150, 0, 0, 100, 0, 1, 0));
        assertThat(listener.connection()).containsExactly(false);

        reachable.set(true);
        sleeper.open();
        streamer.close();

        List<Integer> kept = policy == OverflowPolicy.DROP_OLDEST
                ? IntStream.concat(IntStream.range(0, 10), IntStream.range(160, 250)).boxed().toList()
                : range(0, 100);
        assertThat(numbers(fake.stored())).isEqualTo(kept);
        assertThat(listener.connection()).containsExactly(false, true);
        assertThat(streamer.stats()).isEqualTo(new StreamerStats(250, 100, 150, 0, 0, 0, 10, 1, 0));
        // The dropped first attempt and its retry carried the same key and body.
        assertThat(server.request(0).header("Idempotency-Key")).isEqualTo(server.request(1).header("Idempotency-Key"));
        assertThat(server.request(0).bodyText()).isEqualTo(server.request(1).bodyText());
    }

    @ParameterizedTest
    @CsvSource({"400, malformed-request", "401, unauthenticated", "403, access-denied", "404, not-found",
            "413, payload-too-large", "422, validation-failed"})
    void aBatchRefusedForGoodIsReportedNotRetriedAndTheStreamGoesOn(int status, String problem) {
        TelemetryFake fake = TelemetryFake.storingAll();
        server.enqueue(Step.problem(status, problem, "")).otherwise(fake);
        RecordingSleeper sleeper = new RecordingSleeper();
        TelemetryStreamer streamer = streamer(sleeper, batchesOf(5).withListener(listener));

        points(0, 10).forEach(streamer::offer);
        streamer.close();

        assertThat(listener.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.batch()).isEqualTo(points(0, 5));
            assertThat(rejected.error().status()).isEqualTo(status);
            assertThat(rejected.error().type()).isEqualTo("urn:utm-kit:problem:" + problem);
            assertThat(rejected.thread()).isEqualTo(WORKER);
        });
        assertThat(numbers(fake.stored())).isEqualTo(range(5, 10));
        assertThat(server.requests()).extracting(request -> request.header("Idempotency-Key").orElseThrow())
                .as("each batch sent once").doesNotHaveDuplicates().hasSize(2);
        assertThat(sleeper.waits()).isEmpty();
        assertThat(streamer.stats()).isEqualTo(new StreamerStats(10, 5, 0, 5, 0, 0, 1, 0, 0));
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheStream() {
        TelemetryFake fake = TelemetryFake.storingAll();
        server.otherwise(fake);
        AtomicInteger calls = new AtomicInteger();
        TelemetryListener throwing = new TelemetryListener() {
            @Override
            public void onStored(TelemetryInput sent, kz.utm.sdk.wire.TelemetryPoint stored) {
                // Errors too, such as a failed assertion: the stream outlives its listener's mistakes.
                if (calls.incrementAndGet() % 2 == 0) {
                    throw new IllegalStateException("the ground station's map is not ready");
                }
                throw new AssertionError("a listener's own check failed");
            }
        };
        TelemetryStreamer streamer = streamer(new RecordingSleeper(), batchesOf(50).withListener(throwing));

        points(0, 300).forEach(streamer::offer);
        streamer.close();

        assertThat(numbers(fake.stored())).isEqualTo(range(0, 300));
        assertThat(calls).hasValue(300);
        assertThat(streamer.stats()).isEqualTo(new StreamerStats(300, 300, 0, 0, 0, 0, 6, 0, 300));
    }

    @Test
    void offerNeverWaitsForAServerThatHangs() throws Exception {
        TelemetryFake fake = TelemetryFake.storingAll();
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        server.otherwise(request -> {
            if (first.getAndSet(false)) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return fake.apply(request);
        });
        TelemetryStreamer streamer = streamer(new RecordingSleeper(),
                batchesOf(100).withBufferCapacity(20_000).withCloseTimeout(Duration.ofSeconds(60)));
        points(0, 100).forEach(streamer::offer);
        Eventually.until("the first batch reached the server", () -> server.requestCount() == 1);

        long accepted = points(100, 10_100).stream().filter(streamer::offer).count();

        // Every point was taken while the streamer's thread still waited for the first answer.
        assertThat(accepted).isEqualTo(10_000);
        StreamerStats waiting = streamer.stats();
        assertThat(waiting.buffered()).isEqualTo(10_100);
        assertThat(waiting.sent()).isZero();
        assertThat(waiting.batchesSent()).isZero();
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(fake.stored()).isEmpty();

        release.countDown();
        streamer.close();
        assertThat(numbers(fake.stored())).isEqualTo(range(0, 10_100));
    }

    @Test
    void closeGivesUpWhatTheServerDidNotTakeInTime() {
        TelemetryFake fake = new TelemetryFake(request -> Fate.DROP_BEFORE_STORING, point -> "ON_SCHEDULE");
        server.otherwise(fake);
        GatedSleeper sleeper = new GatedSleeper();
        sleeper.shut();
        TelemetryStreamer streamer = streamer(sleeper,
                batchesOf(10).withCloseTimeout(Duration.ofMillis(200)).withListener(listener));
        points(0, 15).forEach(streamer::offer);
        Eventually.until("the first batch failed once", () -> streamer.stats().retries() == 1);

        streamer.close();

        assertThat(listener.abandoned()).containsExactly(points(0, 15));
        assertThat(streamer.stats()).isEqualTo(new StreamerStats(15, 0, 0, 0, 15, 0, 0, 1, 0));
        assertThat(streamer.offer(point(15))).isFalse();
        assertThat(fake.stored()).isEmpty();
    }

    @Test
    void aFlushWhileOfflineReturnsFalseWhenItsTimeIsUpAndTheRetriesGoOn() {
        AtomicBoolean reachable = new AtomicBoolean(false);
        TelemetryFake fake = new TelemetryFake(
                request -> reachable.get() ? Fate.STORE : Fate.DROP_BEFORE_STORING, point -> "ON_SCHEDULE");
        server.otherwise(fake);
        GatedSleeper sleeper = new GatedSleeper();
        sleeper.shut();
        TelemetryStreamer streamer = streamer(sleeper, batchesOf(10));
        points(0, 3).forEach(streamer::offer);

        assertThat(streamer.flush(Duration.ofMillis(100))).isFalse();
        assertThat(streamer.stats().buffered()).isEqualTo(3);

        reachable.set(true);
        sleeper.open();
        assertThat(streamer.flush(Duration.ofSeconds(20))).isTrue();
        assertThat(numbers(fake.stored())).isEqualTo(range(0, 3));
    }

    @Test
    void aSignInThatFailsWhileOfflineIsRetriedLikeTheBatch() {
        TelemetryFake fake = TelemetryFake.storingAll();
        server.enqueue(Step.drop(), Step.reply(503).header("Retry-After", "1"),
                Step.json(200, Samples.signedIn("token-1", Samples.NOW.plusSeconds(3600)))).otherwise(fake);
        RecordingSleeper sleeper = new RecordingSleeper();
        UtmClient client = TestClients.builder(server, sleeper, clock).credentials("asel@example.kz", "secret").build();
        TelemetryStreamer streamer = client.telemetry().streamer(DRONE, batchesOf(10));
        streamers.add(streamer);

        points(0, 4).forEach(streamer::offer);
        streamer.close();

        assertThat(numbers(fake.stored())).isEqualTo(range(0, 4));
        assertThat(server.requests()).extracting(RecordedRequest::path).containsExactly("/api/v1/auth/login",
                "/api/v1/auth/login", "/api/v1/auth/login", "/api/v1/drones/3/telemetry");
        assertThat(server.request(3).header("Authorization")).contains("Bearer token-1");
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(200), Duration.ofSeconds(1));
        assertThat(streamer.stats().retries()).isEqualTo(2);
    }

    @Test
    void aFiniteRetryPolicyGivesTheBatchUpWhenItRunsOut() {
        TelemetryFake fake = new TelemetryFake(request -> Fate.UNAVAILABLE, point -> "ON_SCHEDULE");
        server.otherwise(fake);
        TelemetryStreamer streamer = streamer(new RecordingSleeper(),
                batchesOf(5).withRetryPolicy(RetryPolicy.defaults()).withListener(listener));

        points(0, 5).forEach(streamer::offer);
        streamer.close();

        assertThat(server.requestCount()).isEqualTo(4);
        assertThat(listener.rejected()).singleElement()
                .satisfies(rejected -> assertThat(rejected.error().status()).isEqualTo(503));
        assertThat(listener.connection()).containsExactly(false, true);
        assertThat(streamer.stats()).isEqualTo(new StreamerStats(5, 0, 0, 5, 0, 0, 0, 3, 0));
    }

    @Test
    void theDoorRefusesBadArguments() {
        UtmClient client = TestClients.withToken(server, new RecordingSleeper());

        assertThatThrownBy(() -> client.telemetry().streamer(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("droneId");
        assertThatThrownBy(() -> client.telemetry().streamer(DRONE, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("options");
        try (TelemetryStreamer streamer = client.telemetry().streamer(DRONE);
                TelemetryStreamer another = client.telemetry().streamer(DRONE)) {
            assertThatThrownBy(() -> streamer.offer(null)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("point");
            assertThat(streamer.droneId()).isEqualTo(DRONE);
            assertThat(streamer.options()).isEqualTo(StreamerOptions.defaults());
            assertThat(streamer.idempotencyKeyPrefix()).startsWith("telemetry-");
            assertThat(another.idempotencyKeyPrefix()).as("a random prefix per streamer")
                    .isNotEqualTo(streamer.idempotencyKeyPrefix());
        }
        assertThat(server.requestCount()).isZero();
    }
}
