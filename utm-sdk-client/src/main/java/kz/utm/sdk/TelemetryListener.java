package kz.utm.sdk;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

import kz.utm.sdk.error.UtmApiException;
import kz.utm.sdk.wire.TelemetryInput;
import kz.utm.sdk.wire.TelemetryPoint;

/**
 * Hears what becomes of the points a {@link TelemetryStreamer} was offered. Every method does
 * nothing by default: implement those of interest, or build one from a lambda with
 * {@link #onEachStored}.
 *
 * <p><b>Threads.</b> {@link #onDropped} runs on the thread that called
 * {@link TelemetryStreamer#offer offer}, after the streamer's lock is released, so it may run
 * at the same time as the others; every other method runs on the streamer's own thread, one call
 * at a time, in the order of the points. A listener shared by several streamers must be
 * thread-safe. Calls on the streamer's thread hold
 * up the next batch, so keep them short (hand slow work to another thread).
 *
 * <p><b>Failures.</b> An exception thrown by a method is caught and counted
 * ({@link StreamerStats#listenerFailures()}); the streamer carries on with the next call. It does
 * not stop the stream, retry the batch or change what the other methods hear.
 */
public interface TelemetryListener {

    /** A listener that does nothing. */
    TelemetryListener NONE = new TelemetryListener() {
    };

    /**
     * One point was stored: called for every point of an acknowledged batch, in order.
     *
     * @param sent the point as offered
     * @param stored the point as stored, with its id, flight plan and the server's
     *     {@linkplain TelemetryPoint#conformance() conformance status} ({@code NFZ_ALERT} inside a
     *     restricted zone, {@code OFF_ROUTE} away from the plan, ...)
     */
    default void onStored(TelemetryInput sent, TelemetryPoint stored) {
    }

    /**
     * One point was dropped because the buffer was full: the point offered when
     * {@link OverflowPolicy#DROP_NEWEST} (or when nothing could make room), the oldest waiting
     * point when {@link OverflowPolicy#DROP_OLDEST}.
     *
     * @param point the point dropped
     * @param why the streamer's overflow policy
     */
    default void onDropped(TelemetryInput point, OverflowPolicy why) {
    }

    /**
     * A batch was given up: the server refused it for good (400, 401 even after signing in again,
     * 403, 404, 413, 422), or the retry policy allowed no more attempts (only with a finite
     * policy, or a Retry-After longer than its {@code maxRetryAfter}). Its points are not sent
     * again; later batches are sent as usual.
     *
     * @param batch the points of the batch, in order
     * @param error why
     */
    default void onRejected(List<TelemetryInput> batch, UtmApiException error) {
    }

    /**
     * Delivery stopped or resumed: {@code false} when an attempt failed in a way that may pass
     * (no answer, 429, 502, 503, 504, or the batch's earlier attempt still running) and the
     * streamer starts retrying; {@code true} when an answer came through again after that. The
     * streamer starts online; the calls alternate.
     *
     * @param online whether batches get answers
     */
    default void onConnectionChange(boolean online) {
    }

    /**
     * Points still held when {@link TelemetryStreamer#close()} ran out of time: the batch being
     * sent (which the server may or may not have stored) and every point waiting behind it. They
     * are not sent. Called at most once, from the streamer's thread as it stops.
     *
     * @param points the points, in order
     */
    default void onAbandoned(List<TelemetryInput> points) {
    }

    /**
     * A listener that hears only of stored points.
     *
     * @throws NullPointerException if {@code action} is null
     */
    static TelemetryListener onEachStored(BiConsumer<TelemetryInput, TelemetryPoint> action) {
        Objects.requireNonNull(action, "action");
        return new TelemetryListener() {
            @Override
            public void onStored(TelemetryInput sent, TelemetryPoint stored) {
                action.accept(sent, stored);
            }
        };
    }
}
