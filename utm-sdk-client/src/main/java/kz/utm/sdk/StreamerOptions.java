package kz.utm.sdk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link TelemetryStreamer} batches, buffers, retries and reports. Immutable and
 * thread-safe; start from {@link #defaults()} and change what you need with the withers, which
 * return copies.
 *
 * @param maxBatchSize the most points in one request, 1 to {@value #MAX_BATCH} (the server's limit by default):
 *     a batch this size is sent at once
 * @param linger how long a partial batch waits for more points, counted from its first point, before it is
 *     sent anyway; zero sends whatever is waiting as soon as the previous batch is answered
 * @param bufferCapacity the most points held, waiting and in the batch being sent together; at least
 *     {@code maxBatchSize}. About 50 bytes a point on the wire, a few hundred in memory
 * @param overflow what a full buffer does with the next point
 * @param listener hears what becomes of each point
 * @param flushTimeout how long {@link TelemetryStreamer#flush()} waits at most
 * @param closeTimeout how long {@link TelemetryStreamer#close()} waits for the buffer to be sent before it gives
 *     up the rest
 * @param retryPolicy how failed batches are retried; its {@code maxAttempts} bounds the attempts of one batch
 * @param idempotencyKeyPrefix the start of every batch's Idempotency-Key, {@code <prefix>-<batch number>}; empty
 *     for a random one per streamer. A prefix of your own must not repeat for the drone while the server
 *     remembers keys (a day, for the reference server), or batches of another run would be taken for retries
 */
public record StreamerOptions(int maxBatchSize, Duration linger, int bufferCapacity, OverflowPolicy overflow,
        TelemetryListener listener, Duration flushTimeout, Duration closeTimeout, RetryPolicy retryPolicy,
        Optional<String> idempotencyKeyPrefix) {

    /** The most points a batch may carry: the server's default limit. */
    public static final int MAX_BATCH = 1_000;

    /** The longest key prefix: the key adds a dash and up to 19 digits, within the server's 255 characters. */
    public static final int MAX_KEY_PREFIX_LENGTH = 200;

    /**
     * Checks every component, naming all that are wrong.
     *
     * @throws NullPointerException naming a {@code null} component
     * @throws IllegalArgumentException naming every component out of range
     */
    public StreamerOptions {
        Objects.requireNonNull(linger, "linger");
        Objects.requireNonNull(overflow, "overflow");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(flushTimeout, "flushTimeout");
        Objects.requireNonNull(closeTimeout, "closeTimeout");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(idempotencyKeyPrefix, "idempotencyKeyPrefix");
        List<String> problems = new ArrayList<>();
        if (maxBatchSize < 1 || maxBatchSize > MAX_BATCH) {
            problems.add("maxBatchSize must be 1 to " + MAX_BATCH + ", got " + maxBatchSize);
        }
        if (linger.isNegative()) {
            problems.add("linger must not be negative, got " + linger);
        }
        if (bufferCapacity < maxBatchSize) {
            problems.add("bufferCapacity must be at least maxBatchSize (" + maxBatchSize + "), got " + bufferCapacity);
        }
        if (flushTimeout.isNegative()) {
            problems.add("flushTimeout must not be negative, got " + flushTimeout);
        }
        if (closeTimeout.isNegative()) {
            problems.add("closeTimeout must not be negative, got " + closeTimeout);
        }
        idempotencyKeyPrefix.ifPresent(prefix -> {
            if (prefix.isEmpty() || prefix.length() > MAX_KEY_PREFIX_LENGTH) {
                problems.add("idempotencyKeyPrefix must have 1 to " + MAX_KEY_PREFIX_LENGTH + " characters, got "
                        + prefix.length());
            } else if (!prefix.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                problems.add("idempotencyKeyPrefix must be visible ASCII characters only");
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /**
     * Batches of up to 100 points, sent 200 ms after their first point at the latest; up to
     * 10,000 points held, the oldest dropped first when full; no listener; 10 s for a flush and
     * for closing; retries without end (see {@link #retryWhileOffline()}); a random key prefix.
     */
    public static StreamerOptions defaults() {
        return new StreamerOptions(100, Duration.ofMillis(200), 10_000, OverflowPolicy.DROP_OLDEST,
                TelemetryListener.NONE, Duration.ofSeconds(10), Duration.ofSeconds(10), retryWhileOffline(),
                Optional.empty());
    }

    /**
     * The streamer's default retries: attempts without end, since a drone in flight keeps
     * reporting and the buffer bounds what waits; waits from 200 ms doubling up to 5 s, less up
     * to a fifth at random; a {@code Retry-After} honoured up to 10 minutes.
     */
    public static RetryPolicy retryWhileOffline() {
        return new RetryPolicy(Integer.MAX_VALUE, Duration.ofMillis(200), Duration.ofSeconds(5), 2.0, 0.2,
                Duration.ofMinutes(10));
    }

    /** These options with another batch size. */
    public StreamerOptions withMaxBatchSize(int size) {
        return new StreamerOptions(size, linger, bufferCapacity, overflow, listener, flushTimeout, closeTimeout,
                retryPolicy, idempotencyKeyPrefix);
    }

    /** These options with another linger. */
    public StreamerOptions withLinger(Duration wait) {
        return new StreamerOptions(maxBatchSize, wait, bufferCapacity, overflow, listener, flushTimeout, closeTimeout,
                retryPolicy, idempotencyKeyPrefix);
    }

    /** These options with another buffer capacity. */
    public StreamerOptions withBufferCapacity(int points) {
        return new StreamerOptions(maxBatchSize, linger, points, overflow, listener, flushTimeout, closeTimeout,
                retryPolicy, idempotencyKeyPrefix);
    }

    /** These options with another overflow policy. */
    public StreamerOptions withOverflow(OverflowPolicy policy) {
        return new StreamerOptions(maxBatchSize, linger, bufferCapacity, policy, listener, flushTimeout, closeTimeout,
                retryPolicy, idempotencyKeyPrefix);
    }

    /** These options with another listener. */
    public StreamerOptions withListener(TelemetryListener hearer) {
        return new StreamerOptions(maxBatchSize, linger, bufferCapacity, overflow, hearer, flushTimeout, closeTimeout,
                retryPolicy, idempotencyKeyPrefix);
    }

    /** These options with another flush timeout. */
    public StreamerOptions withFlushTimeout(Duration timeout) {
        return new StreamerOptions(maxBatchSize, linger, bufferCapacity, overflow, listener, timeout, closeTimeout,
                retryPolicy, idempotencyKeyPrefix);
    }

    /** These options with another close timeout. */
    public StreamerOptions withCloseTimeout(Duration timeout) {
        return new StreamerOptions(maxBatchSize, linger, bufferCapacity, overflow, listener, flushTimeout, timeout,
                retryPolicy, idempotencyKeyPrefix);
    }

    /** These options with another retry policy. */
    public StreamerOptions withRetryPolicy(RetryPolicy policy) {
        return new StreamerOptions(maxBatchSize, linger, bufferCapacity, overflow, listener, flushTimeout,
                closeTimeout, policy, idempotencyKeyPrefix);
    }

    /** These options with a key prefix of your own; see the record's description. */
    public StreamerOptions withIdempotencyKeyPrefix(String prefix) {
        return new StreamerOptions(maxBatchSize, linger, bufferCapacity, overflow, listener, flushTimeout,
                closeTimeout, retryPolicy, Optional.of(Objects.requireNonNull(prefix, "prefix")));
    }
}
