package kz.utm.sdk.internal;

import java.time.Duration;
import java.util.Objects;

import kz.utm.sdk.RetryPolicy;
import kz.utm.sdk.error.UtmApiException;

/**
 * How one exchange of the {@link Transport} is retried: the {@link RetryPolicy}, whether a sign-in
 * that fails in a way that may pass (no answer, 429, 502, 503, 504) counts as a failed attempt of
 * the call instead of ending it, and who hears of each retry before its wait. Ordinary calls use
 * the client's policy and end on a failed sign-in ({@link #of}); the telemetry streamer, which
 * rides out outages, retries through failed sign-ins too. Immutable; thread-safe if its observer is.
 *
 * @param policy when and how long to wait
 * @param signInFailures whether a sign-in failure that may pass is retried like any failed attempt
 * @param observer told before each wait; may end the retries by throwing
 */
public record Retries(RetryPolicy policy, boolean signInFailures, Observer observer) {

    /** Refuses nulls. */
    public Retries {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(observer, "observer");
    }

    /** The policy alone: a failed sign-in ends the call, nobody is told of the retries. */
    public static Retries of(RetryPolicy policy) {
        return new Retries(policy, false, Observer.NONE);
    }

    /** Hears of every retry of an exchange, on the thread making the call, before it waits. */
    @FunctionalInterface
    public interface Observer {

        /** Hears nothing. */
        Observer NONE = (attempt, failure, wait) -> {
        };

        /**
         * Attempt {@code attempt} failed with {@code failure}, which may pass: the transport waits
         * {@code wait} and tries again. Whatever this throws ends the exchange, reaching its caller.
         *
         * @param attempt the attempt that failed, 1 for the first
         * @param failure why it failed
         * @param wait how long the transport waits before the next attempt
         */
        void beforeRetry(int attempt, UtmApiException failure, Duration wait);
    }
}
