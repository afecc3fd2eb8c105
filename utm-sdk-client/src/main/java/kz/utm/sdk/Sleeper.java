package kz.utm.sdk;

import java.time.Duration;

/**
 * How the client waits between two attempts of a call. The default sleeps the calling thread;
 * tests give one that records the waits and returns at once. Implementations must be
 * thread-safe: many calls may wait at the same time.
 */
@FunctionalInterface
public interface Sleeper {

    /** The sleeper that blocks the calling thread. */
    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

    /**
     * Waits for {@code duration}.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
