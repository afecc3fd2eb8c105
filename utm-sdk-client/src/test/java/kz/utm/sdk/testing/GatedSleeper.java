package kz.utm.sdk.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import kz.utm.sdk.Sleeper;

/**
 * A sleeper that records every wait and returns at once while open, but holds every waiting
 * thread while shut, until opened (or interrupted): a client stuck retrying against a server
 * that is down, without spinning. Starts open. Thread-safe.
 */
public final class GatedSleeper implements Sleeper {

    private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    private volatile CountDownLatch gate = new CountDownLatch(0);

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        waits.add(duration);
        gate.await();
    }

    /** Holds the threads that wait from now on. */
    public void shut() {
        gate = new CountDownLatch(1);
    }

    /** Lets every held thread go, and those that wait later. */
    public void open() {
        gate.countDown();
    }

    /** The waits asked for, in order. */
    public List<Duration> waits() {
        synchronized (waits) {
            return List.copyOf(waits);
        }
    }
}
