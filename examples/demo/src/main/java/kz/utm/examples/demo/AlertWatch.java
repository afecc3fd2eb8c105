package kz.utm.examples.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

import kz.utm.sdk.AlertListener;
import kz.utm.sdk.AlertStreamOptions;
import kz.utm.sdk.AlertSubscription;
import kz.utm.sdk.UtmClient;
import kz.utm.sdk.wire.Alert;

/**
 * A user's alert stream, through the SDK's {@link AlertSubscription}: every alert is handed to
 * the listener as it arrives and kept, so the demo can wait for the one it expects, with a
 * deadline.
 *
 * <p>Thread-safe: alerts arrive on the subscription's thread while the demo's thread waits.
 */
final class AlertWatch implements AutoCloseable {

    private final List<Alert> received = new ArrayList<>();
    private final CountDownLatch connected = new CountDownLatch(1);
    private final Consumer<Alert> listener;
    private volatile Throwable lastDisconnection;
    private AlertSubscription subscription;

    private AlertWatch(Consumer<Alert> listener) {
        this.listener = listener;
    }

    /**
     * Subscribes as {@code user} and returns once the stream is connected. The stream starts
     * from the server's first alert ({@code resumeFrom} 0): on the demo's fresh server that
     * misses nothing, however the connection races the flight.
     *
     * @throws DemoFailure if the stream does not connect within {@code timeout}
     */
    static AlertWatch open(UtmClient user, Consumer<Alert> listener, Duration timeout) {
        AlertWatch watch = new AlertWatch(Objects.requireNonNull(listener, "listener"));
        watch.subscription = user.alerts().subscribe(new AlertListener() {
            @Override
            public void onAlert(Alert alert) {
                watch.deliver(alert);
            }

            @Override
            public void onConnected() {
                watch.connected.countDown();
            }

            @Override
            public void onDisconnected(Throwable cause) {
                watch.lastDisconnection = cause;
            }
        }, AlertStreamOptions.defaults().withResumeFrom(0));
        watch.awaitConnected(timeout);
        return watch;
    }

    private void deliver(Alert alert) {
        // The listener first: a waiter woken by this alert acts after the listener has shown it.
        listener.accept(alert);
        synchronized (received) {
            received.add(alert);
            received.notifyAll();
        }
    }

    private void awaitConnected(Duration timeout) {
        boolean up;
        try {
            up = connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            up = false;
        }
        if (!up) {
            Throwable why = subscription.failure().orElse(lastDisconnection);
            close();
            throw new DemoFailure("the alert stream did not connect within " + timeout.toSeconds() + " s"
                    + (why == null ? "" : ": " + why), why);
        }
    }

    /**
     * The first alert received that matches, waiting for it until the deadline.
     *
     * @return empty if none came in time
     */
    Optional<Alert> await(Predicate<Alert> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (received) {
            while (true) {
                Optional<Alert> found = received.stream().filter(wanted).findFirst();
                long left = deadline - System.nanoTime();
                if (found.isPresent() || left <= 0) {
                    return found;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(received, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        }
    }

    /** Every alert received so far. */
    List<Alert> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Why the stream last dropped, if it did: for a failure's message. */
    Optional<Throwable> lastDisconnection() {
        return Optional.ofNullable(lastDisconnection);
    }

    /** Closes the subscription: its connection and its thread. */
    @Override
    public void close() {
        subscription.close();
    }
}
