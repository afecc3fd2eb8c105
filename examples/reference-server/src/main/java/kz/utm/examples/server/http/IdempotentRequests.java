package kz.utm.examples.server.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Idempotency keys: the first request with a key runs, and its response is kept for
 * {@code retention}; a retry with the same key (from the same user, to the same endpoint) gets
 * that response again without running anything, so a retried telemetry batch is stored once.
 * A retry that arrives while the first is still running waits for it. A response with a 5xx
 * status is not kept: the request did not complete, so a retry runs again. Reusing a key with a
 * different body is refused with 422.
 *
 * <p>Keys live in memory (at most {@code capacity}, the oldest dropped first), which covers the
 * retries of a client riding out a network failure or a server overload; a restart forgets them.
 * Thread-safe.
 */
public final class IdempotentRequests {

    /** The longest accepted key. */
    public static final int MAX_KEY_LENGTH = 255;

    private final Clock clock;
    private final Duration retention;
    private final int capacity;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * @param clock the service's clock
     * @param retention how long a response is kept for retries
     * @param capacity how many keys are kept at most
     */
    public IdempotentRequests(Clock clock, Duration retention, int capacity) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.capacity = capacity;
    }

    /**
     * Runs the request once per key.
     *
     * @param scope who and where: the user and the endpoint
     * @param key the client's idempotency key
     * @param body the request body, to detect a key reused for another request
     * @param request runs the request and gives its response
     * @return the response of the first run with this key
     * @throws ApiProblem 422 if the key is reused with another body or is too long
     */
    public StoredResponse run(String scope, String key, byte[] body, Supplier<StoredResponse> request) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new ApiProblem(422, "validation-failed", "Invalid input", "the Idempotency-Key header must have "
                    + "1 to " + MAX_KEY_LENGTH + " characters", Map.of("errors", java.util.List.of(Map.of(
                            "field", "Idempotency-Key", "message", "must have 1 to " + MAX_KEY_LENGTH + " characters"))));
        }
        String id = scope + "\n" + key;
        byte[] fingerprint = sha256(body);
        Entry mine = new Entry(fingerprint, clock.instant(), new CompletableFuture<>());
        Entry existing = entries.putIfAbsent(id, mine);
        if (existing != null) {
            if (!Arrays.equals(existing.fingerprint, fingerprint)) {
                throw new ApiProblem(422, "idempotency-key-reused", "Idempotency key reused",
                        "this Idempotency-Key was used for a different request body", Map.of());
            }
            return await(existing.response);
        }
        evictIfFull();
        StoredResponse response;
        try {
            response = request.get();
        } catch (RuntimeException e) {
            entries.remove(id, mine);
            mine.response.completeExceptionally(e);
            throw e;
        }
        if (response.status() >= 500) {
            entries.remove(id, mine);
        }
        mine.response.complete(response);
        return response;
    }

    private StoredResponse await(CompletableFuture<StoredResponse> response) {
        try {
            return response.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new ApiProblem(409, "request-in-progress", "Request in progress",
                    "a request with this Idempotency-Key is still running; retry later", Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the first request with this key", e);
        }
    }

    // Amortized: expired keys go every 1,024 insertions; past capacity the oldest finished ones go.
    private void evictIfFull() {
        int size = entries.size();
        if (size % 1024 != 0 && size <= capacity) {
            return;
        }
        Instant oldest = clock.instant().minus(retention);
        entries.values().removeIf(entry -> entry.storedAt.isBefore(oldest) && entry.response.isDone());
        int excess = entries.size() - capacity;
        if (excess > 0) {
            entries.entrySet().stream()
                    .filter(e -> e.getValue().response.isDone())
                    .sorted(java.util.Comparator.comparing(e -> e.getValue().storedAt))
                    .limit(excess)
                    .toList()
                    .forEach(e -> entries.remove(e.getKey(), e.getValue()));
        }
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The response kept for a key: status and JSON body. */
    public record StoredResponse(int status, String body) {

        /** A response whose body is {@code value} as JSON. */
        public static StoredResponse json(int status, Object value) {
            return new StoredResponse(status, Json.write(value));
        }

        /** The body's bytes. */
        public byte[] bytes() {
            return body.getBytes(StandardCharsets.UTF_8);
        }
    }

    private record Entry(byte[] fingerprint, Instant storedAt, CompletableFuture<StoredResponse> response) {
    }
}
