package kz.utm.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.utm.sdk.error.AuthenticationException;
import kz.utm.sdk.error.ConnectionException;
import kz.utm.sdk.error.PermissionDeniedException;
import kz.utm.sdk.error.RateLimitedException;
import kz.utm.sdk.error.ServerException;
import kz.utm.sdk.error.UtmApiException;
import kz.utm.sdk.testing.MovableClock;
import kz.utm.sdk.testing.RecordedRequest;
import kz.utm.sdk.testing.RecordingSleeper;
import kz.utm.sdk.testing.Samples;
import kz.utm.sdk.testing.ScriptedServer;
import kz.utm.sdk.testing.Step;
import kz.utm.sdk.wire.Alert;
import kz.utm.sdk.wire.ConformanceStatus;

/**
 * The alert stream against a scripted server: delivery, reconnection with Last-Event-ID and
 * without repeats, the server's waits, sign-in renewal, final refusals, the idle timeout, and
 * closing. The waits between attempts are recorded, not slept.
 */
class AlertStreamTest {

    private ScriptedServer server;
    private RecordingSleeper sleeper;
    private RecordingAlertListener listener;
    private AlertSubscription subscription;

    @BeforeEach
    void start() {
        server = ScriptedServer.start();
        // Past the script, a stream that stays open and silent: no test spins through reconnections.
        server.otherwise(request -> Step.stream(": held\n\n").thenHold());
        sleeper = new RecordingSleeper();
        listener = new RecordingAlertListener();
    }

    @AfterEach
    void stop() {
        if (subscription != null) {
            subscription.close();
        }
        server.close();
    }

    static String alertJson(long id) {
        return "{\"id\":" + id + ",\"droneId\":3,\"flightPlanId\":2,\"from\":\"ON_SCHEDULE\",\"to\":\"NFZ_ALERT\","
                + "\"zoneIds\":[1],\"occurredAt\":\"2026-06-01T07:00:30Z\"}";
    }

    static String alert(long id) {
        return "event: conformance\nid: " + id + "\ndata: " + alertJson(id) + "\n\n";
    }

    private AlertSubscription subscribe(AlertStreamOptions options) {
        subscription = TestClients.withToken(server, sleeper).alerts().subscribe(listener, options);
        return subscription;
    }

    private AlertSubscription subscribe() {
        return subscribe(AlertStreamOptions.defaults());
    }

    private List<RecordedRequest> streamRequests() {
        return server.requests().stream().filter(request -> request.path().equals("/api/v1/alerts")).toList();
    }

    @Test
    void alertsArriveInOrderOnTheSubscriptionsOwnThread() {
        server.enqueue(Step.stream(": subscribed\n\n", alert(1), "event: other\ndata: {}\n\n", alert(2),
                ": keep-alive\n\n", "data: a plain message\n\n", alert(3)).thenHold());

        subscribe();
        listener.awaitAlerts(3);

        assertThat(listener.alertIds()).containsExactly(1L, 2L, 3L);
        Alert first = listener.alerts().get(0);
        assertThat(first.droneId()).isEqualTo(3);
        assertThat(first.flightPlanId()).contains(2);
        assertThat(first.to()).isEqualTo(ConformanceStatus.NFZ_ALERT);
        assertThat(first.zoneIds()).containsExactly(1);
        assertThat(listener.threads()).allSatisfy(thread -> {
            assertThat(thread.getName()).startsWith("utm-alert-stream-");
            assertThat(thread.isDaemon()).isTrue();
        });
        assertThat(listener.connections()).isEqualTo(1);
        assertThat(subscription.isConnected()).isTrue();
        assertThat(subscription.lastEventId()).isEqualTo(3);

        RecordedRequest request = server.request(0);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.target()).isEqualTo("/api/v1/alerts");
        assertThat(request.header("Accept")).contains("text/event-stream");
        assertThat(request.header("Authorization")).contains("Bearer fixed-token");
        // A new stream starts with the next alert: it names none it has seen.
        assertThat(request.header("Last-Event-ID")).isEmpty();
        assertThat(server.connectionCount()).isEqualTo(1);
    }

    @Test
    void aDropMidStreamResumesAfterTheLastAlertAndDeliversNoneTwice() {
        server.enqueue(Step.stream(alert(1), alert(2)), Step.stream(alert(2), alert(3)).thenHold());

        subscribe();
        listener.awaitAlerts(3);
        listener.awaitConnections(2);

        assertThat(listener.alertIds()).containsExactly(1L, 2L, 3L);
        assertThat(streamRequests()).hasSize(2);
        assertThat(streamRequests().get(1).header("Last-Event-ID")).contains("2");
        assertThat(listener.disconnections()).singleElement().isInstanceOf(ConnectionException.class);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
        assertThat(subscription.lastEventId()).isEqualTo(3);
    }

    @Test
    void theServersRetryFieldSetsTheWaitBeforeReconnecting() {
        server.enqueue(Step.stream("retry: 2500\n\n", alert(1)), Step.stream(alert(2)),
                Step.stream(alert(3)).thenHold());

        subscribe();
        listener.awaitAlerts(3);

        // Each connection was accepted, so each reconnection is a first one: the server's time, unchanged.
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(2500), Duration.ofMillis(2500));
    }

    @Test
    void consecutiveFailuresBackOffFromTheRetryTime() {
        server.enqueue(Step.stream("retry: 300\n\n", alert(1)), Step.drop(), Step.drop(), Step.drop(), Step.drop(),
                Step.stream(alert(2)).thenHold());

        subscribe();
        listener.awaitAlerts(2);

        // The JDK client sends a GET dropped before any answer once more by itself: two drops per failure.
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(300), Duration.ofMillis(600),
                Duration.ofMillis(1200));
    }

    @ParameterizedTest
    @CsvSource({"503, internal-error", "429, too-many-requests"})
    void anAnswerThatMayPassIsRetriedAfterItsRetryAfter(int status, String problem) {
        server.enqueue(Step.problem(status, problem, "").header("Retry-After", "7"), Step.stream(alert(1)).thenHold());

        subscribe();
        listener.awaitAlerts(1);

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
        Throwable cause = listener.disconnections().get(0);
        assertThat(cause).isInstanceOf(status == 503 ? ServerException.class : RateLimitedException.class);
        assertThat(((UtmApiException) cause).status()).isEqualTo(status);
        assertThat(listener.connections()).isEqualTo(1);
    }

    @Test
    void aRetryAfterBeyondTheLimitIsCutToIt() {
        server.enqueue(Step.problem(503, "internal-error", "").header("Retry-After", "86400"),
                Step.stream(alert(1)).thenHold());

        subscribe(AlertStreamOptions.defaults().withMaxRetryAfter(Duration.ofSeconds(90)));
        listener.awaitAlerts(1);

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(90));
    }

    @Test
    void aRefusedTokenIsRenewedBySigningInOnceMore() {
        AtomicInteger logins = new AtomicInteger();
        server.otherwise(request -> {
            if (request.path().equals("/api/v1/auth/login")) {
                return Step.json(200, Samples.signedIn("token-" + logins.incrementAndGet(),
                        Samples.NOW.plus(Duration.ofHours(1))));
            }
            return request.header("Authorization").orElse("").equals("Bearer token-2")
                    ? Step.stream(alert(1)).thenHold() : Step.problem(401, "unauthenticated", "");
        });
        subscription = TestClients.builder(server, sleeper, new MovableClock(Samples.NOW))
                .credentials("pilot@example.kz", "a long passphrase").build().alerts().subscribe(listener);

        listener.awaitAlerts(1);

        assertThat(logins).hasValue(2);
        assertThat(streamRequests()).extracting(request -> request.header("Authorization").orElseThrow())
                .containsExactly("Bearer token-1", "Bearer token-2");
        // Renewing is no failure: nothing was waited for, and the listener heard of none.
        assertThat(sleeper.waits()).isEmpty();
        assertThat(listener.disconnections()).isEmpty();
    }

    @Test
    void aTokenRefusedAgainAfterSigningInEndsTheSubscription() throws InterruptedException {
        AtomicInteger logins = new AtomicInteger();
        server.otherwise(request -> request.path().equals("/api/v1/auth/login")
                ? Step.json(200, Samples.signedIn("token-" + logins.incrementAndGet(),
                        Samples.NOW.plus(Duration.ofHours(1))))
                : Step.problem(401, "unauthenticated", ""));
        subscription = TestClients.builder(server, sleeper, new MovableClock(Samples.NOW))
                .credentials("pilot@example.kz", "a long passphrase").build().alerts().subscribe(listener);

        listener.awaitDisconnections(1);

        assertThat(subscription.awaitTermination(RecordingAlertListener.WAIT)).isTrue();
        assertThat(listener.disconnections()).singleElement().isInstanceOf(AuthenticationException.class);
        assertThat(subscription.isClosed()).isTrue();
        assertThat(subscription.failure()).containsSame(listener.disconnections().get(0));
        assertThat(logins).hasValue(2);
        assertThat(streamRequests()).hasSize(2);
        assertThat(sleeper.waits()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"403, access-denied", "406, not-acceptable", "404, not-found"})
    void aRefusalThatWaitingCannotMendEndsTheSubscription(int status, String problem) throws InterruptedException {
        server.enqueue(Step.problem(status, problem, ""));

        subscribe();
        listener.awaitDisconnections(1);

        assertThat(subscription.awaitTermination(RecordingAlertListener.WAIT)).isTrue();
        Throwable cause = listener.disconnections().get(0);
        assertThat(cause).isInstanceOf(UtmApiException.class);
        assertThat(((UtmApiException) cause).status()).isEqualTo(status);
        if (status == 403) {
            assertThat(cause).isInstanceOf(PermissionDeniedException.class);
        }
        assertThat(subscription.isClosed()).isTrue();
        assertThat(subscription.isConnected()).isFalse();
        assertThat(listener.connections()).isZero();
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void anAnswerThatIsNoEventStreamEndsTheSubscription() throws InterruptedException {
        server.enqueue(Step.json(200, "{\"not\":\"a stream\"}"));

        subscribe();
        listener.awaitDisconnections(1);

        assertThat(subscription.awaitTermination(RecordingAlertListener.WAIT)).isTrue();
        assertThat(listener.disconnections().get(0)).isInstanceOf(UtmApiException.class)
                .hasMessageContaining("application/json");
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aSilentConnectionIsReplacedAfterTheIdleTimeout() {
        server.enqueue(Step.stream(alert(1)).thenHold(), Step.stream(alert(2)).thenHold());

        subscribe(AlertStreamOptions.defaults().withIdleTimeout(Duration.ofMillis(300)));
        listener.awaitAlerts(2);

        assertThat(listener.alertIds()).containsExactly(1L, 2L);
        assertThat(listener.disconnections()).singleElement().isInstanceOf(ConnectionException.class)
                .extracting(Throwable::getMessage).asString().contains("silent");
        assertThat(streamRequests().get(1).header("Last-Event-ID")).contains("1");
        assertThat(server.connectionCount()).isEqualTo(2);
    }

    @Test
    void resumeFromAsksForTheAlertsAfterItAndSkipsOlderOnes() {
        server.enqueue(Step.stream(alert(4), alert(5), alert(6)).thenHold());

        subscribe(AlertStreamOptions.defaults().withResumeFrom(5));
        listener.awaitAlerts(1);

        assertThat(server.request(0).header("Last-Event-ID")).contains("5");
        assertThat(listener.alertIds()).containsExactly(6L);
        assertThat(subscription.lastEventId()).isEqualTo(6);
    }

    @Test
    void closeEndsTheConnectionAndTheThread() throws InterruptedException {
        server.enqueue(Step.stream(alert(1)).thenHold());
        subscribe();
        listener.awaitAlerts(1);
        Thread thread = listener.threads().get(0);

        subscription.close();

        assertThat(thread.isAlive()).isFalse();
        assertThat(subscription.awaitTermination(Duration.ZERO)).isTrue();
        assertThat(subscription.isClosed()).isTrue();
        assertThat(subscription.isConnected()).isFalse();
        assertThat(subscription.failure()).isEmpty();
        // Closed by its owner: no disconnection to report, no reconnection.
        assertThat(listener.disconnections()).isEmpty();
        assertThat(server.requestCount()).isEqualTo(1);
        subscription.close();
        assertThat(subscription.isClosed()).isTrue();
    }

    @Test
    void closeWhileWaitingToReconnectEndsTheThread() throws InterruptedException {
        server.enqueue(Step.problem(503, "internal-error", ""));
        subscription = TestClients.builder(server, sleeper, new MovableClock(Samples.NOW)).bearerToken("t")
                .sleeper(Sleeper.THREAD).build().alerts()
                .subscribe(listener, AlertStreamOptions.defaults().withBackoff(Duration.ofHours(1), Duration.ofHours(1)));
        listener.awaitDisconnections(1);

        subscription.close();

        assertThat(subscription.awaitTermination(Duration.ZERO)).isTrue();
        assertThat(listener.threads().get(0).isAlive()).isFalse();
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aListenerMayCloseItsSubscriptionFromACallback() throws InterruptedException {
        AtomicReference<AlertSubscription> self = new AtomicReference<>();
        List<Long> seen = new ArrayList<>();
        server.enqueue(Step.stream(alert(1), alert(2), alert(3)).thenHold());
        self.set(TestClients.withToken(server, sleeper).alerts().subscribe(alert -> {
            synchronized (seen) {
                seen.add(alert.id());
            }
            if (alert.id() == 1) {
                while (self.get() == null) {
                    Thread.onSpinWait();
                }
                self.get().close();
            }
        }));
        subscription = self.get();

        assertThat(subscription.awaitTermination(RecordingAlertListener.WAIT)).isTrue();
        synchronized (seen) {
            assertThat(seen).containsExactly(1L);
        }
    }

    @Test
    void aThrowingListenerDoesNotEndTheStream() {
        server.enqueue(Step.stream(alert(1), alert(2)).thenHold());
        Thread.UncaughtExceptionHandler quiet = (thread, e) -> { };
        List<Long> seen = new ArrayList<>();
        subscription = TestClients.withToken(server, sleeper).alerts().subscribe(new AlertListener() {
            @Override
            public void onAlert(Alert alert) {
                Thread.currentThread().setUncaughtExceptionHandler(quiet);
                listener.onAlert(alert);
                if (alert.id() == 1) {
                    throw new IllegalStateException("the listener failed on purpose");
                }
            }
        });

        listener.awaitAlerts(2);

        assertThat(listener.alertIds()).containsExactly(1L, 2L);
        assertThat(server.connectionCount()).isEqualTo(1);
        assertThat(subscription.isConnected()).isTrue();
    }

    @Test
    void randomDropsRepeatsAndRefusalsNeitherLoseNorRepeatAnAlert() {
        long seed = System.nanoTime();
        System.out.println("AlertStreamTest seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        int total = 60;
        server.otherwise(request -> {
            synchronized (random) {
                if (random.nextInt(6) == 0) {
                    return Step.problem(503, "internal-error", "");
                }
                long after = request.header("Last-Event-ID").map(Long::parseLong).orElse(0L);
                // A careless server: it may send again up to two alerts the client had.
                long from = Math.max(1, after + 1 - random.nextInt(3));
                long to = Math.min(total, after + random.nextInt(0, 6));
                List<String> parts = new ArrayList<>();
                for (long id = from; id <= to; id++) {
                    if (random.nextInt(4) == 0) {
                        parts.add(": keep-alive\n\n");
                    }
                    parts.add(alert(id));
                }
                Step.Streaming stream = Step.stream(parts.toArray(String[]::new));
                return to == total ? stream.thenHold() : stream;
            }
        });

        subscribe();
        listener.awaitAlerts(total);

        assertThat(listener.alertIds()).as("seed %d", seed)
                .isEqualTo(LongStream.rangeClosed(1, total).boxed().toList());
        assertThat(subscription.lastEventId()).isEqualTo(total);
    }
}
