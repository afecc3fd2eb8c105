package kz.utm.examples.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import kz.utm.core.testing.MutableClock;

/** Idempotency keys: one run per key and body, the same answer to every retry. */
class IdempotentRequestsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T00:00:00Z"));
    private final IdempotentRequests requests = new IdempotentRequests(clock, Duration.ofHours(24), 1_000);
    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void aRetryGetsTheFirstAnswerWithoutRunningAgain() {
        IdempotentRequests.StoredResponse first = requests.run("user 1", "key-1", body("a"), this::store);
        IdempotentRequests.StoredResponse retry = requests.run("user 1", "key-1", body("a"), this::store);

        assertThat(retry).isEqualTo(first);
        assertThat(runs).hasValue(1);
    }

    @Test
    void theSameKeyInAnotherScopeIsAnotherRequest() {
        requests.run("user 1", "key-1", body("a"), this::store);
        requests.run("user 2", "key-1", body("a"), this::store);

        assertThat(runs).hasValue(2);
    }

    @Test
    void reusingAKeyForAnotherBodyIsRefused() {
        requests.run("user 1", "key-1", body("a"), this::store);

        ApiProblem refused = catchThrowableOfType(ApiProblem.class,
                () -> requests.run("user 1", "key-1", body("b"), this::store));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.type()).isEqualTo("idempotency-key-reused");
        assertThat(runs).hasValue(1);
    }

    @Test
    void aFailedOrServerErrorRunIsNotKeptSoTheRetryRunsAgain() {
        catchThrowableOfType(IllegalStateException.class, () -> requests.run("user 1", "key-1", body("a"), () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("database down");
        }));
        requests.run("user 1", "key-2", body("a"), () -> {
            runs.incrementAndGet();
            return new IdempotentRequests.StoredResponse(503, "{}");
        });

        requests.run("user 1", "key-1", body("a"), this::store);
        requests.run("user 1", "key-2", body("a"), this::store);

        assertThat(runs).hasValue(4);
    }

    @Test
    void aRetryArrivingDuringTheFirstRunWaitsForItsAnswer() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<IdempotentRequests.StoredResponse> first = CompletableFuture.supplyAsync(() ->
                requests.run("user 1", "key-1", body("a"), () -> {
                    running.countDown();
                    await(finish);
                    return store();
                }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<IdempotentRequests.StoredResponse> retry = CompletableFuture.supplyAsync(() ->
                requests.run("user 1", "key-1", body("a"), this::store));

        assertThat(retry).isNotDone();
        finish.countDown();

        assertThat(retry.get(10, TimeUnit.SECONDS)).isEqualTo(first.get(10, TimeUnit.SECONDS));
        assertThat(runs).hasValue(1);
    }

    @Test
    void keysOutsideOneTo255CharactersAreRefused() {
        ApiProblem blank = catchThrowableOfType(ApiProblem.class,
                () -> requests.run("user 1", " ", body("a"), this::store));
        ApiProblem tooLong = catchThrowableOfType(ApiProblem.class,
                () -> requests.run("user 1", "k".repeat(256), body("a"), this::store));

        assertThat(blank.status()).isEqualTo(422);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(runs).hasValue(0);
    }

    @Test
    void pastCapacityTheOldestKeysAreForgotten() {
        IdempotentRequests small = new IdempotentRequests(clock, Duration.ofHours(24), 10);
        for (int i = 0; i < 2_048; i++) {
            small.run("user 1", "key-" + i, body("a"), this::store);
            clock.advance(Duration.ofMillis(1));
        }
        int before = runs.get();

        small.run("user 1", "key-2047", body("a"), this::store);
        small.run("user 1", "key-0", body("a"), this::store);

        assertThat(runs.get() - before).as("the newest key is kept, the oldest forgotten").isEqualTo(1);
    }

    private IdempotentRequests.StoredResponse store() {
        return new IdempotentRequests.StoredResponse(201, "{\"run\":" + runs.incrementAndGet() + "}");
    }

    private static byte[] body(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
