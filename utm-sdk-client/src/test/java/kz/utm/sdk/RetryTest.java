package kz.utm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kz.utm.sdk.error.ConflictException;
import kz.utm.sdk.error.ConnectionException;
import kz.utm.sdk.error.NotFoundException;
import kz.utm.sdk.error.RateLimitedException;
import kz.utm.sdk.error.ServerException;
import kz.utm.sdk.error.UtmApiException;
import kz.utm.sdk.testing.MovableClock;
import kz.utm.sdk.testing.RecordingSleeper;
import kz.utm.sdk.testing.Samples;
import kz.utm.sdk.testing.ScriptedServer;
import kz.utm.sdk.testing.Step;
import kz.utm.sdk.wire.RegisterDrone;
import kz.utm.sdk.wire.TelemetryInput;
import kz.utm.sdk.wire.UpdateDrone;
import kz.utm.sdk.wire.DroneStatus;

/** Which calls are retried, how often, and how long the client waits in between; nothing here sleeps. */
class RetryTest {

    private ScriptedServer server;
    private RecordingSleeper sleeper;
    private UtmClient client;

    @BeforeEach
    void start() {
        server = ScriptedServer.start();
        sleeper = new RecordingSleeper();
        client = TestClients.withToken(server, sleeper);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static List<TelemetryInput> batch() {
        return List.of(new TelemetryInput(Samples.NOW, 43.2, 76.9, 50));
    }

    @Test
    void retriesOn503HonouringRetryAfter() {
        server.enqueue(Step.reply(503).header("Retry-After", "3"), Step.json(200, Samples.drone(3)));

        assertThat(client.drones().get(3).id()).isEqualTo(3);
        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void retriesOn429HonouringRetryAfterAsAnHttpDate() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(Samples.NOW.plusSeconds(20).atOffset(ZoneOffset.UTC));
        server.enqueue(Step.problem(429, "too-many-requests", "").header("Retry-After", date),
                Step.json(200, Samples.drone(3)));

        client.drones().get(3);

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(20));
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 502, 503, 504})
    void retriesTheTransientStatusesWithGrowingBackoff(int status) {
        server.enqueue(Step.reply(status), Step.reply(status), Step.reply(status), Step.json(200, Samples.drone(3)));

        client.drones().get(3);

        // Defaults without jitter: 200 ms doubling.
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400),
                Duration.ofMillis(800));
        assertThat(server.requestCount()).isEqualTo(4);
    }

    @Test
    void attemptsAreBoundedAndTheLastFailureReachesTheCaller() {
        server.otherwise(request -> Step.reply(503).header("Retry-After", "1"));

        ServerException error = catchThrowableOfType(ServerException.class, () -> client.drones().get(3));

        assertThat(error.status()).isEqualTo(503);
        assertThat(server.requestCount()).isEqualTo(4);
        assertThat(sleeper.waits()).hasSize(3);
    }

    @Test
    void backoffStopsGrowingAtItsCap() {
        UtmClient capped = TestClients.builder(server, sleeper, new MovableClock(Samples.NOW)).bearerToken("t")
                .retryPolicy(new RetryPolicy(6, Duration.ofMillis(100), Duration.ofMillis(500), 3.0, 0.0,
                        Duration.ofMinutes(1)))
                .build();
        server.otherwise(request -> Step.reply(502));

        catchThrowableOfType(ServerException.class, () -> capped.drones().get(3));

        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(300),
                Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofMillis(500));
    }

    @Test
    void jitterTakesThePartItIsGivenOffTheWait() {
        UtmClient jittery = TestClients.builder(server, sleeper, new MovableClock(Samples.NOW)).bearerToken("t")
                .retryPolicy(RetryPolicy.defaults().withJitter(0.5)).jitterSource(() -> 0.5).build();
        server.enqueue(Step.reply(503), Step.json(200, Samples.drone(3)));

        jittery.drones().get(3);

        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(150));
    }

    @Test
    void aRetryAfterLongerThanThePolicyAllowsIsNotWaitedFor() {
        server.enqueue(Step.problem(429, "too-many-requests", "\"retryAfterSeconds\":900")
                .header("Retry-After", "900"));

        RateLimitedException error = catchThrowableOfType(RateLimitedException.class, () -> client.drones().get(3));

        assertThat(error.retryAfter()).contains(Duration.ofSeconds(900));
        assertThat(sleeper.waits()).isEmpty();
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 422, 500, 501})
    void otherFailuresAreNotRetried(int status) {
        server.enqueue(Step.reply(status), Step.json(200, Samples.drone(3)));

        catchThrowableOfType(UtmApiException.class, () -> client.drones().get(3));

        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void aPostWithoutIdempotencyKeyIsNotRetried() {
        server.enqueue(Step.reply(503), Step.json(201, Samples.drone(3)));

        catchThrowableOfType(ServerException.class,
                () -> client.drones().register(RegisterDrone.own("DJI", "Mini", "SN-1")));

        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aDroppedPostWithoutKeyIsNotRetried() {
        server.enqueue(Step.drop(), Step.json(201, Samples.points("ON_SCHEDULE")));

        catchThrowableOfType(ConnectionException.class, () -> client.telemetry().report(3, batch()));

        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aTelemetryBatchWithIdempotencyKeyIsRetriedWithTheSameKeyAndBody() {
        server.enqueue(Step.drop(), Step.reply(503), Step.json(201, Samples.points("ON_SCHEDULE")));

        assertThat(client.telemetry().report(3, batch(), "batch-0001")).hasSize(1);

        assertThat(server.requests()).hasSize(3).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/api/v1/drones/3/telemetry");
            assertThat(request.header("Idempotency-Key")).contains("batch-0001");
            assertThat(request.bodyText()).isEqualTo(server.request(0).bodyText());
        });
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void aBatchClosedBeforeItsBodyWasReadIsRetried() {
        server.enqueue(Step.dropUnread(), Step.json(201, Samples.points("ON_SCHEDULE")));

        assertThat(client.telemetry().report(3, batch(), "batch-0002")).hasSize(1);
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(server.connectionCount()).isEqualTo(2);
    }

    @Test
    void aRequestStillInProgressIsRetried() {
        server.enqueue(Step.problem(409, "request-in-progress", ""), Step.json(201, Samples.points("NFZ_ALERT")));

        assertThat(client.telemetry().report(3, batch(), "batch-0003").get(0).conformance())
                .map(Enum::name).contains("NFZ_ALERT");
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void anOrdinaryConflictOfAKeyedPostIsNotRetried() {
        server.enqueue(Step.problem(409, "conflict", "\"kind\":\"STATE\""));

        catchThrowableOfType(ConflictException.class, () -> client.telemetry().report(3, batch(), "batch-0004"));

        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void putAndDeleteAreRetried() {
        server.enqueue(Step.reply(504), Step.json(200, Samples.drone(3)), Step.reply(502),
                Step.json(200, Samples.drone(3)));

        client.drones().update(3, new UpdateDrone("DJI", "Mini", DroneStatus.MAINTENANCE));
        client.drones().delete(3);

        assertThat(server.requests()).extracting(request -> request.method())
                .containsExactly("PUT", "PUT", "DELETE", "DELETE");
    }

    @Test
    void aDroppedGetIsRetriedUntilAnswered() {
        // The JDK's client repeats a dropped GET once by itself: two drops are one failed attempt.
        server.enqueue(Step.drop(), Step.drop(), Step.json(200, Samples.drone(3)));

        assertThat(client.drones().get(3).id()).isEqualTo(3);
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(200));
    }

    @Test
    void aRetryPolicyOfOneAttemptNeverRetries() {
        UtmClient once = TestClients.builder(server, sleeper, new MovableClock(Samples.NOW)).bearerToken("t")
                .retryPolicy(RetryPolicy.none()).build();
        server.enqueue(Step.reply(503), Step.json(200, Samples.drone(3)));

        catchThrowableOfType(ServerException.class, () -> once.drones().get(3));

        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void anInterruptWhileWaitingEndsTheCallAndKeepsTheFlag() {
        UtmClient interrupted = TestClients.builder(server, sleeper, new MovableClock(Samples.NOW)).bearerToken("t")
                .sleeper(duration -> {
                    throw new InterruptedException("stop");
                })
                .build();
        server.enqueue(Step.reply(503), Step.json(200, Samples.drone(3)));

        try {
            ConnectionException error = catchThrowableOfType(ConnectionException.class,
                    () -> interrupted.drones().get(3));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(error.detail()).contains("interrupted");
            assertThat(error.getSuppressed()).singleElement().isInstanceOf(ServerException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void a404AfterARetryIsTheAnswer() {
        server.enqueue(Step.reply(503), Step.problem(404, "not-found", ""));

        catchThrowableOfType(NotFoundException.class, () -> client.drones().get(3));

        assertThat(server.requestCount()).isEqualTo(2);
    }
}
