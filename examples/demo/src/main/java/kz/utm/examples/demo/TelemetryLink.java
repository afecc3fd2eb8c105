package kz.utm.examples.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kz.utm.sdk.UtmClient;
import kz.utm.sdk.wire.TelemetryInput;
import kz.utm.sdk.wire.TelemetryPoint;

/**
 * The drone's telemetry link: position fixes go to the server in small batches, each under its
 * own Idempotency-Key, and every stored point, with the conformance status the server judged
 * it to have, is handed to the listener. Batches stay small (a few simulated seconds) so the
 * server always holds a recent point and never thinks the drone fell silent.
 *
 * <p>Not thread-safe: the demo's thread sends.
 */
final class TelemetryLink implements AutoCloseable {

    /** Hears of each point the server stored. */
    interface Listener {
        void stored(TelemetryInput sent, TelemetryPoint stored);
    }

    private static final int BATCH = 5;

    private final UtmClient pilot;
    private final int droneId;
    private final String keyPrefix;
    private final Listener listener;
    private final List<TelemetryInput> pending = new ArrayList<>(BATCH);
    private int batches;
    private int sent;
    private int stored;

    TelemetryLink(UtmClient pilot, int droneId, String keyPrefix, Listener listener) {
        this.pilot = Objects.requireNonNull(pilot, "pilot");
        this.droneId = droneId;
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Queues a fix; a full batch is sent at once. */
    void send(TelemetryInput fix) {
        pending.add(Objects.requireNonNull(fix, "fix"));
        sent++;
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    /** Sends what is queued and returns once it is stored. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<TelemetryInput> batch = List.copyOf(pending);
        pending.clear();
        List<TelemetryPoint> points = pilot.telemetry().report(droneId, batch, keyPrefix + "-" + (++batches));
        for (int i = 0; i < points.size(); i++) {
            stored++;
            listener.stored(batch.get(i), points.get(i));
        }
    }

    /** How many fixes were sent and stored, and in how many requests. */
    String stats() {
        return sent + " fixes sent, " + stored + " stored, in " + batches + " batches";
    }

    /** Sends what is queued. */
    @Override
    public void close() {
        flush();
    }
}
