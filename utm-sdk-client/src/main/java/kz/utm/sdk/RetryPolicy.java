package kz.utm.sdk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When and how a failed call is tried again. Immutable and thread-safe.
 *
 * <p>Only requests that are safe to repeat are retried: {@code GET}, {@code PUT} and
 * {@code DELETE}, and a {@code POST} carrying an {@code Idempotency-Key}. Only failures that may
 * pass are retried: no answer (connection refused or dropped, timeout), 429, 502, 503, 504, and
 * a 409 {@code request-in-progress} (the first request with the same key still running). Every
 * other answer reaches the caller at once.
 *
 * <p>Retry {@code n} (1 for the first retry) waits what the answer's {@code Retry-After} says
 * (seconds or an HTTP date), or else {@code initialBackoff * multiplier^(n-1)}, capped at
 * {@code maxBackoff}, less a random part of up to {@code jitter} of it, so that clients which
 * failed together do not come back together. A {@code Retry-After} longer than
 * {@code maxRetryAfter} is not waited for: the error reaches the caller, carrying it.
 *
 * @param maxAttempts how many times a request is sent at most, the first included; 1 never retries
 * @param initialBackoff the wait before the first retry
 * @param maxBackoff the longest wait between two attempts, Retry-After aside
 * @param multiplier how much each wait grows, at least 1
 * @param jitter the part of a wait taken off at random, in [0, 1]
 * @param maxRetryAfter the longest Retry-After the client waits for
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double multiplier,
        double jitter, Duration maxRetryAfter) {

    /**
     * Checks every component, naming all that are wrong.
     *
     * @throws NullPointerException naming a {@code null} duration
     * @throws IllegalArgumentException naming every component out of range
     */
    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        List<String> problems = new ArrayList<>();
        if (maxAttempts < 1) {
            problems.add("maxAttempts must be at least 1, got " + maxAttempts);
        }
        if (initialBackoff.isNegative()) {
            problems.add("initialBackoff must not be negative, got " + initialBackoff);
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            problems.add("maxBackoff must not be below initialBackoff, got " + maxBackoff);
        }
        if (!(multiplier >= 1) || Double.isInfinite(multiplier)) {
            problems.add("multiplier must be a finite number of at least 1, got " + multiplier);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            problems.add("jitter must be in [0, 1], got " + jitter);
        }
        if (maxRetryAfter.isNegative()) {
            problems.add("maxRetryAfter must not be negative, got " + maxRetryAfter);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /**
     * Four attempts, waits from 200 ms doubling up to 5 s, a fifth of each wait at random, and
     * Retry-After honoured up to a minute.
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(5), 2.0, 0.2, Duration.ofMinutes(1));
    }

    /** One attempt: nothing is retried. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1.0, 0.0, Duration.ZERO);
    }

    /** This policy with another number of attempts. */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, initialBackoff, maxBackoff, multiplier, jitter, maxRetryAfter);
    }

    /** This policy with other backoff waits (no jitter change). */
    public RetryPolicy withBackoff(Duration initial, Duration max, double growth) {
        return new RetryPolicy(maxAttempts, initial, max, growth, jitter, maxRetryAfter);
    }

    /** This policy with another jitter. */
    public RetryPolicy withJitter(double part) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, multiplier, part, maxRetryAfter);
    }

    /** This policy with another longest Retry-After. */
    public RetryPolicy withMaxRetryAfter(Duration longest) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, multiplier, jitter, longest);
    }

    /**
     * The wait before retry {@code retry} when the server did not say how long.
     *
     * @param retry 1 for the first retry
     * @param random a number in [0, 1) drawn for this wait
     * @throws IllegalArgumentException if {@code retry} is below 1 or {@code random} outside [0, 1)
     */
    public Duration backoff(int retry, double random) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry must be at least 1, got " + retry);
        }
        if (!(random >= 0 && random < 1)) {
            throw new IllegalArgumentException("random must be in [0, 1), got " + random);
        }
        double cap = maxBackoff.toNanos();
        // Grown in doubles and capped before converting, so a long run of retries cannot overflow.
        double grown = Math.min(cap, initialBackoff.toNanos() * Math.pow(multiplier, retry - 1));
        return Duration.ofNanos((long) (grown * (1 - jitter * random)));
    }
}
