package kz.utm.sdk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import kz.utm.sdk.wire.Alert;

/**
 * An alert listener that records what it is told, and the threads it is told on, for the
 * tests to await with a deadline instead of sleeping. Thread-safe.
 */
class RecordingAlertListener implements AlertListener {

    static final Duration WAIT = Duration.ofSeconds(20);

    private final List<Alert> alerts = new ArrayList<>();
    private final List<Throwable> disconnections = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private int connections;

    @Override
    public synchronized void onAlert(Alert alert) {
        alerts.add(alert);
        threads.add(Thread.currentThread());
        notifyAll();
    }

    @Override
    public synchronized void onConnected() {
        connections++;
        threads.add(Thread.currentThread());
        notifyAll();
    }

    @Override
    public synchronized void onDisconnected(Throwable cause) {
        disconnections.add(cause);
        threads.add(Thread.currentThread());
        notifyAll();
    }

    synchronized List<Alert> alerts() {
        return List.copyOf(alerts);
    }

    synchronized List<Long> alertIds() {
        return alerts.stream().map(Alert::id).toList();
    }

    synchronized List<Throwable> disconnections() {
        return List.copyOf(disconnections);
    }

    synchronized int connections() {
        return connections;
    }

    synchronized List<Thread> threads() {
        return List.copyOf(threads);
    }

    /** Waits until {@code condition} holds for this listener, failing after {@link #WAIT}. */
    synchronized void await(String what, Predicate<RecordingAlertListener> condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.test(this)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("waited " + WAIT + " for " + what + "; alerts " + alertIds() + ", connections "
                        + connections + ", disconnections " + disconnections);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    void awaitAlerts(int count) {
        await(count + " alerts", listener -> listener.alerts.size() >= count);
    }

    void awaitConnections(int count) {
        await(count + " connections", listener -> listener.connections >= count);
    }

    void awaitDisconnections(int count) {
        await(count + " disconnections", listener -> listener.disconnections.size() >= count);
    }
}
