package kz.utm.sdk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How an alert subscription reconnects and where it starts. Immutable and thread-safe; the
 * withers return copies.
 *
 * <p>Reconnection {@code n} after consecutive failures waits {@code base * 2^(n-1)}, capped at
 * {@code maxBackoff}, less a random part of up to {@code jitter} of it; {@code base} is
 * {@code initialBackoff}, or the reconnection time the server gave in a {@code retry:} field.
 * An answer's {@code Retry-After} (429, 503) is waited for instead, exactly. Neither the
 * {@code retry:} time nor a {@code Retry-After} is waited for longer than {@code maxRetryAfter}.
 * The count of failures starts again with each connection the server accepts.
 *
 * @param initialBackoff the wait before the first reconnection, when the server gave no {@code retry:}
 * @param maxBackoff the longest wait between two attempts, Retry-After aside
 * @param jitter the part of a wait taken off at random, in [0, 1]
 * @param maxRetryAfter the longest wait the server may ask for with {@code Retry-After} or {@code retry:}
 * @param resumeFrom the id of the last alert already seen: the first connection asks for the
 *     alerts after it ({@code Last-Event-ID}), as far back as the server keeps them. Empty: the
 *     stream starts with the next alert
 * @param idleTimeout how long a connection may stay silent (no alert, no keep-alive comment)
 *     before it is taken for dead and replaced; the reference server sends a keep-alive every 15 s
 */
public record AlertStreamOptions(Duration initialBackoff, Duration maxBackoff, double jitter,
        Duration maxRetryAfter, OptionalLong resumeFrom, Duration idleTimeout) {

    /**
     * Checks every component, naming all that are wrong.
     *
     * @throws NullPointerException naming a {@code null} component
     * @throws IllegalArgumentException naming every component out of range
     */
    public AlertStreamOptions {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(resumeFrom, "resumeFrom");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        List<String> problems = new ArrayList<>();
        if (initialBackoff.isNegative()) {
            problems.add("initialBackoff must not be negative, got " + initialBackoff);
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            problems.add("maxBackoff must not be below initialBackoff, got " + maxBackoff);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            problems.add("jitter must be in [0, 1], got " + jitter);
        }
        if (maxRetryAfter.isNegative()) {
            problems.add("maxRetryAfter must not be negative, got " + maxRetryAfter);
        }
        if (resumeFrom.isPresent() && resumeFrom.getAsLong() < 0) {
            problems.add("resumeFrom must not be negative, got " + resumeFrom.getAsLong());
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            problems.add("idleTimeout must be positive, got " + idleTimeout);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /**
     * Waits from 1 s doubling up to 30 s, a fifth of each at random; Retry-After and
     * {@code retry:} honoured up to 5 minutes; starting with the next alert; a connection silent
     * for 45 s (three of the reference server's keep-alives missed) is replaced.
     */
    public static AlertStreamOptions defaults() {
        return new AlertStreamOptions(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2, Duration.ofMinutes(5),
                OptionalLong.empty(), Duration.ofSeconds(45));
    }

    /** These options with other backoff waits. */
    public AlertStreamOptions withBackoff(Duration initial, Duration max) {
        return new AlertStreamOptions(initial, max, jitter, maxRetryAfter, resumeFrom, idleTimeout);
    }

    /** These options with another jitter. */
    public AlertStreamOptions withJitter(double part) {
        return new AlertStreamOptions(initialBackoff, maxBackoff, part, maxRetryAfter, resumeFrom, idleTimeout);
    }

    /** These options with another longest server-asked wait. */
    public AlertStreamOptions withMaxRetryAfter(Duration longest) {
        return new AlertStreamOptions(initialBackoff, maxBackoff, jitter, longest, resumeFrom, idleTimeout);
    }

    /** These options, starting after alert {@code lastSeenId} (0: every alert the server still keeps). */
    public AlertStreamOptions withResumeFrom(long lastSeenId) {
        return new AlertStreamOptions(initialBackoff, maxBackoff, jitter, maxRetryAfter, OptionalLong.of(lastSeenId),
                idleTimeout);
    }

    /** These options, starting with the next alert. */
    public AlertStreamOptions withoutResumeFrom() {
        return new AlertStreamOptions(initialBackoff, maxBackoff, jitter, maxRetryAfter, OptionalLong.empty(),
                idleTimeout);
    }

    /** These options with another idle timeout. */
    public AlertStreamOptions withIdleTimeout(Duration timeout) {
        return new AlertStreamOptions(initialBackoff, maxBackoff, jitter, maxRetryAfter, resumeFrom, timeout);
    }

    /**
     * The wait before reconnection {@code failures} (1 for the first after a connection ended).
     *
     * @param serverRetry the reconnection time of the server's latest {@code retry:} field, if any
     * @param random a number in [0, 1) for the jitter
     */
    Duration backoff(int failures, OptionalLong serverRetry, double random) {
        Duration base = serverRetry.isPresent() ? min(Duration.ofMillis(serverRetry.getAsLong()), maxRetryAfter)
                : initialBackoff;
        Duration cap = base.compareTo(maxBackoff) > 0 ? base : maxBackoff;
        return new RetryPolicy(1, base, cap, 2.0, jitter, maxRetryAfter).backoff(Math.max(1, failures), random);
    }

    /** The wait a Retry-After asks for, as far as this allows. */
    Duration retryAfter(Duration asked) {
        return min(asked, maxRetryAfter);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
