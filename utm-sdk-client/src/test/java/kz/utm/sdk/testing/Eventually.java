package kz.utm.sdk.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a condition that another thread makes true, up to a deadline: no test sleeps for timing. */
public final class Eventually {

    /** Long enough for a busy machine, short enough to fail a hung test soon. */
    public static final Duration DEADLINE = Duration.ofSeconds(20);

    private Eventually() {
    }

    /**
     * Returns once {@code condition} holds.
     *
     * @throws AssertionError naming {@code what} if it does not hold within {@link #DEADLINE}
     */
    public static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within " + DEADLINE + ": " + what);
            }
            LockSupport.parkNanos(1_000_000);
        }
    }
}
