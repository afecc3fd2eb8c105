package kz.utm.examples.demo;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import kz.utm.sdk.OverflowPolicy;
import kz.utm.sdk.StreamerOptions;
import kz.utm.sdk.StreamerStats;
import kz.utm.sdk.TelemetryListener;
import kz.utm.sdk.TelemetryStreamer;
import kz.utm.sdk.UtmClient;
import kz.utm.sdk.error.UtmApiException;
import kz.utm.sdk.wire.TelemetryInput;
import kz.utm.sdk.wire.TelemetryPoint;

/**
 * The drone's telemetry link: the SDK's {@link TelemetryStreamer}, which sends the fixes in
 * batches on its own thread, each batch under its own Idempotency-Key, and tells of every
 * stored point with the conformance status the server judged it to have.
 *
 * <p><b>Pacing.</b> The demo flies in a moment what takes a drone minutes, so it keeps the
 * drone from outrunning its link: every {@value #PACE} fixes it flushes, waiting until they are
 * stored. The server's clock, which follows the drone's, then never gets more than a few
 * seconds ahead of the drone's newest stored fix, as in a real flight, and the server never
 * takes the drone for silent (it declares a signal lost after 10 s).
 *
 * <p>Not thread-safe: the demo's thread sends; the listener is called on the streamer's thread.
 */
final class TelemetryLink implements AutoCloseable {

    /** Hears of each point the server stored. */
    interface Listener {
        void stored(TelemetryInput sent, TelemetryPoint stored);
    }

    /** Fixes between two flushes: five simulated seconds. */
    static final int PACE = 5;

    private static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(10);

    private final TelemetryStreamer streamer;
    private final AtomicReference<String> trouble = new AtomicReference<>();
    private int unflushed;

    /**
     * @param pilot the client of the plan's pilot, who alone may report for a drone flying it
     * @param keyPrefix the Idempotency-Keys' prefix: each batch's key is it, a dash and the
     *     batch's number
     */
    TelemetryLink(UtmClient pilot, int droneId, String keyPrefix, Listener listener) {
        Objects.requireNonNull(listener, "listener");
        TelemetryListener hearer = new TelemetryListener() {
            @Override
            public void onStored(TelemetryInput sent, TelemetryPoint stored) {
                listener.stored(sent, stored);
            }

            @Override
            public void onDropped(TelemetryInput point, OverflowPolicy why) {
                trouble.compareAndSet(null, "a fix was dropped (" + why + "): " + point);
            }

            @Override
            public void onRejected(List<TelemetryInput> batch, UtmApiException error) {
                trouble.compareAndSet(null, "a batch of " + batch.size() + " fixes was refused: " + error);
            }

            @Override
            public void onAbandoned(List<TelemetryInput> points) {
                trouble.compareAndSet(null, points.size() + " fixes were never sent");
            }
        };
        this.streamer = pilot.telemetry().streamer(droneId, StreamerOptions.defaults()
                .withMaxBatchSize(PACE)
                // On the client's clock, the simulated one: a batch every five seconds of flight.
                .withLinger(Duration.ofSeconds(PACE))
                .withListener(hearer)
                .withFlushTimeout(FLUSH_TIMEOUT)
                .withIdempotencyKeyPrefix(keyPrefix));
    }

    /** Hands a fix to the streamer; every {@value #PACE} fixes, waits until they are stored. */
    void send(TelemetryInput fix) {
        if (!streamer.offer(Objects.requireNonNull(fix, "fix"))) {
            throw new DemoFailure("the telemetry streamer refused a fix: " + fix);
        }
        if (++unflushed >= PACE) {
            flush();
        }
    }

    /**
     * Waits until every fix handed over is stored.
     *
     * @throws DemoFailure if one was dropped or refused, or they were not all stored in time
     */
    void flush() {
        unflushed = 0;
        boolean settled = streamer.flush(FLUSH_TIMEOUT);
        check();
        if (!settled) {
            throw new DemoFailure("the telemetry was not stored within " + FLUSH_TIMEOUT.toSeconds() + " s: "
                    + streamer.stats());
        }
    }

    private void check() {
        String problem = trouble.get();
        if (problem != null) {
            throw new DemoFailure("the telemetry stream went wrong: " + problem);
        }
    }

    /** How many fixes were offered and stored, and in how many batches. */
    String stats() {
        StreamerStats stats = streamer.stats();
        return stats.offered() + " fixes offered, " + stats.sent() + " stored in " + stats.batchesSent()
                + " batches, " + (stats.dropped() + stats.failed() + stats.abandoned()) + " lost";
    }

    /**
     * Sends what is left and stops the streamer.
     *
     * @throws DemoFailure if a fix was lost
     */
    @Override
    public void close() {
        streamer.close();
        check();
    }
}
