package kz.utm.sdk;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import kz.utm.sdk.error.ConnectionException;
import kz.utm.sdk.error.ProblemDetail;
import kz.utm.sdk.error.UtmApiException;
import kz.utm.sdk.internal.Retries;
import kz.utm.sdk.wire.TelemetryInput;
import kz.utm.sdk.wire.TelemetryPoint;

/**
 * Streams one drone's positions to the server: the vendor's thread {@linkplain #offer offers}
 * points without ever waiting for the network, and the streamer's own thread sends them in
 * batches, retries through outages, and reports each point's fate to a
 * {@link TelemetryListener}. Get one from {@link Telemetry#streamer(int, StreamerOptions)}.
 *
 * <pre>{@code
 * try (TelemetryStreamer stream = utm.telemetry().streamer(droneId, StreamerOptions.defaults()
 *         .withListener(TelemetryListener.onEachStored((sent, stored) -> show(stored.conformance()))))) {
 *     while (flying) {
 *         stream.offer(new TelemetryInput(gnss.time(), gnss.lat(), gnss.lon(), baro.altitude()));
 *     }
 * }   // close() sends what is left
 * }</pre>
 *
 * <p><b>Batches.</b> Points are sent in the order offered, one batch at a time: a batch goes
 * once it has {@link StreamerOptions#maxBatchSize()} points, or {@link StreamerOptions#linger()}
 * after its first point (on the client's clock), or at once on {@link #flush()} and
 * {@link #close()}. The next batch is not sent before the previous one is answered, so the
 * server receives the track in order.
 *
 * <p><b>Retries and idempotency.</b> Each batch gets one Idempotency-Key,
 * {@code <prefix>-<batch number>}, and keeps it, with the same body, across all of its attempts:
 * a batch whose answer was lost (the connection dropped after the server stored it) is answered
 * from the server's memory of the key when retried, and stored once. Attempts that fail in a way
 * that may pass (no answer, 429, 502, 503, 504, a 409 for the key's first attempt still running,
 * and the same failures of a sign-in) are retried with exponential backoff and jitter, honouring
 * {@code Retry-After}, as {@link StreamerOptions#retryPolicy()} says: by default without end. A
 * 401 signs in again once (with credentials). Other answers give the batch up
 * ({@link TelemetryListener#onRejected}) and the stream goes on with the next one. While a batch
 * is retried, points keep arriving in the buffer.
 *
 * <p><b>Buffer.</b> At most {@link StreamerOptions#bufferCapacity()} points are held, those
 * waiting and those of the batch being sent together; when full, the
 * {@link StreamerOptions#overflow() overflow policy} drops one point per point offered
 * ({@link OverflowPolicy#DROP_OLDEST} by default), reported through
 * {@link TelemetryListener#onDropped}.
 *
 * <p><b>Threads.</b> Each streamer has a daemon thread of its own,
 * {@code utm-telemetry-drone-<id>}, started with it and stopped by {@link #close()}; it sleeps
 * while there is nothing to send, and waits between attempts through the client's
 * {@link Sleeper}. A streamer that is not closed keeps its thread (and its points) until the JVM
 * exits, and a JVM that exits loses what was buffered: close it, in a try-with-resources or a
 * shutdown hook. The listener is called as {@link TelemetryListener} describes.
 *
 * <p><b>Thread-safety.</b> Thread-safe: any thread may offer, flush, read the stats and close.
 * {@link #offer} takes one short lock, shared with the streamer's thread, which holds it only to
 * move a few references (never while sending or calling the listener): it never waits for the
 * network, for the buffer to drain or for a batch. A {@code null} point is refused with a
 * {@link NullPointerException}.
 */
public final class TelemetryStreamer implements AutoCloseable {

    // The worker polls the clock this often while a partial batch lingers, as the clock may be
    // one whose time moves without waking anybody (a test's).
    private static final long LINGER_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    // How long close() waits for the thread to stop once it gave up the buffer.
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private enum State { OPEN, CLOSING, CLOSED }

    /** A point waiting to be sent: its place in the stream and when it was offered (client clock, ms). */
    private record Pending(long sequence, long offeredAt, TelemetryInput point) {
    }

    /** The points of one request under one key. */
    private record Batch(long number, long firstSequence, List<TelemetryInput> points) {
    }

    /** Ends a batch's retries when close() gave up waiting. */
    private static final class Abandoned extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Abandoned() {
            super("the streamer was closed before the batch was acknowledged", null, false, false);
        }
    }

    private final Telemetry telemetry;
    private final Clock clock;
    private final int droneId;
    private final StreamerOptions options;
    private final TelemetryListener listener;
    private final String keyPrefix;
    private final Retries retries;
    private final long lingerMillis;
    private final Thread worker;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when the worker may have something to do: points, a flush, closing. */
    private final Condition work = lock.newCondition();
    /** Signalled when points leave the streamer: stored, refused, abandoned; and when it stops. */
    private final Condition settled = lock.newCondition();

    // Guarded by lock.
    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    private State state = State.OPEN;
    private int inFlight;
    private long inFlightFirstSequence;
    private long nextSequence;
    private long flushThrough = -1;
    private long offered;
    private long sent;
    private long dropped;
    private long failed;
    private long abandoned;
    private long batchesSent;
    private long retried;
    private long listenerFailures;

    private volatile boolean abandon;

    // The worker's own.
    private long nextBatch = 1;
    private Batch current;
    private boolean online = true;

    private TelemetryStreamer(Telemetry telemetry, Clock clock, int droneId, StreamerOptions options) {
        this.telemetry = telemetry;
        this.clock = clock;
        this.droneId = droneId;
        this.options = options;
        this.listener = options.listener();
        this.keyPrefix = options.idempotencyKeyPrefix().orElseGet(() -> "telemetry-" + UUID.randomUUID());
        this.retries = new Retries(options.retryPolicy(), true, this::beforeRetry);
        this.lingerMillis = saturatedMillis(options.linger());
        this.worker = new Thread(this::run, "utm-telemetry-drone-" + droneId);
        worker.setDaemon(true);
    }

    static TelemetryStreamer start(Telemetry telemetry, Clock clock, int droneId, StreamerOptions options) {
        TelemetryStreamer streamer = new TelemetryStreamer(Objects.requireNonNull(telemetry, "telemetry"),
                Objects.requireNonNull(clock, "clock"), droneId, Objects.requireNonNull(options, "options"));
        streamer.worker.start();
        return streamer;
    }

    /** The drone whose positions this streamer sends. */
    public int droneId() {
        return droneId;
    }

    /** The options it was started with. */
    public StreamerOptions options() {
        return options;
    }

    /** The start of its batches' Idempotency-Keys, {@code <prefix>-<batch number>}. */
    public String idempotencyKeyPrefix() {
        return keyPrefix;
    }

    /** Whether it still takes points: not yet {@linkplain #close() closed}. */
    public boolean isOpen() {
        lock.lock();
        try {
            return state == State.OPEN;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Hands a point to the streamer, to be sent in the background; never waits for the network.
     * When the buffer is full, the overflow policy drops one point: the oldest waiting
     * ({@link OverflowPolicy#DROP_OLDEST}, and this point is accepted) or this one
     * ({@link OverflowPolicy#DROP_NEWEST}); the listener's {@link TelemetryListener#onDropped}
     * hears of it on this thread before this method returns.
     *
     * @return whether the point was accepted: {@code false} if the overflow policy refused it, or
     *     the streamer is closed (such a point is not counted in the stats nor reported)
     * @throws NullPointerException if {@code point} is null
     */
    public boolean offer(TelemetryInput point) {
        Objects.requireNonNull(point, "point");
        long now = clock.millis();
        Pending pushedOut = null;
        boolean accepted = true;
        lock.lock();
        try {
            if (state != State.OPEN) {
                return false;
            }
            offered++;
            if (waiting.size() + inFlight >= options.bufferCapacity()) {
                dropped++;
                if (options.overflow() == OverflowPolicy.DROP_OLDEST && !waiting.isEmpty()) {
                    pushedOut = waiting.pollFirst();
                } else {
                    accepted = false;
                }
            }
            if (accepted) {
                waiting.addLast(new Pending(nextSequence++, now, point));
                int size = waiting.size();
                // The first point starts the linger; a full batch goes now. Otherwise the worker is busy or waiting anyway.
                if (size == 1 || size >= options.maxBatchSize()) {
                    work.signal();
                }
            }
        } finally {
            lock.unlock();
        }
        if (pushedOut != null) {
            TelemetryInput old = pushedOut.point();
            tell(hearer -> hearer.onDropped(old, OverflowPolicy.DROP_OLDEST));
        } else if (!accepted) {
            tell(hearer -> hearer.onDropped(point, options.overflow()));
        }
        return accepted;
    }

    /**
     * Sends every point offered before this call now, without waiting for the batch to fill or
     * linger, and waits up to {@link StreamerOptions#flushTimeout()} until each has been stored
     * or given up (refused, dropped); the listener has heard of those by then. Points offered
     * meanwhile are sent too but not waited for. Returns early if the thread is interrupted
     * (its interrupt flag set again); what is still buffered then stays buffered and is retried.
     * Called from the listener (on the streamer's own thread), it asks for the flush and returns
     * at once.
     */
    public void flush() {
        flush(options.flushTimeout());
    }

    /**
     * As {@link #flush()}, waiting at most {@code timeout}.
     *
     * @return whether every point offered before the call has left the streamer: stored, refused,
     *     dropped or abandoned; {@code false} if some are still buffered when the time is up
     * @throws NullPointerException if {@code timeout} is null
     */
    public boolean flush(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        lock.lock();
        try {
            long through = nextSequence - 1;
            if (!holdsAnyThrough(through)) {
                return true;
            }
            flushThrough = Math.max(flushThrough, through);
            work.signal();
            if (Thread.currentThread() == worker) {
                return false;
            }
            long nanos = saturatedNanos(timeout);
            while (holdsAnyThrough(through)) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = settled.awaitNanos(nanos);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops taking points, sends everything buffered, and stops the streamer's thread. Waits up
     * to {@link StreamerOptions#closeTimeout()} for the buffer to be sent (through retries, if
     * the server is unreachable); when the time is up it gives up what is left, which the
     * listener hears of through {@link TelemetryListener#onAbandoned}, interrupts the attempt in
     * progress and waits a few seconds more for the thread to stop. Once this returns, the
     * listener is called no more (unless it hangs). Idempotent: later calls wait for the same
     * end. Called from the listener, it closes the streamer and returns at once, the thread
     * finishing the buffer by itself. If the calling thread is interrupted, the buffer is given
     * up at once and the interrupt flag set again.
     */
    @Override
    public void close() {
        lock.lock();
        try {
            if (state == State.OPEN) {
                state = State.CLOSING;
                work.signal();
            }
        } finally {
            lock.unlock();
        }
        if (Thread.currentThread() == worker) {
            return;
        }
        try {
            if (!stopped.await(saturatedNanos(options.closeTimeout()), TimeUnit.NANOSECONDS)) {
                giveUp();
                stopped.await(STOP_GRACE.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            giveUp();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A snapshot of the counts, consistent with itself.
     */
    public StreamerStats stats() {
        lock.lock();
        try {
            return new StreamerStats(offered, sent, dropped, failed, abandoned, waiting.size() + inFlight, batchesSent,
                    retried, listenerFailures);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "TelemetryStreamer[drone " + droneId + ", " + stats() + "]";
    }

    // Whether a point with a sequence number up to `through` is still held. Points are held in
    // order, the batch in flight first, so the oldest held decides. Under the lock.
    private boolean holdsAnyThrough(long through) {
        if (inFlight > 0) {
            return inFlightFirstSequence <= through;
        }
        return !waiting.isEmpty() && waiting.peekFirst().sequence() <= through;
    }

    // Durations beyond what a long holds (centuries) mean "never": no overflow, no exception.
    private static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static long saturatedMillis(Duration duration) {
        try {
            return duration.toMillis();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private void giveUp() {
        abandon = true;
        lock.lock();
        try {
            work.signal();
        } finally {
            lock.unlock();
        }
        worker.interrupt();
    }

    private void run() {
        try {
            Batch batch;
            while ((batch = take()) != null) {
                current = batch;
                if (!send(batch)) {
                    break;
                }
                current = null;
            }
        } finally {
            stop();
        }
    }

    // The next batch to send, waiting until one is due; null when the streamer is to stop.
    private Batch take() {
        lock.lock();
        try {
            while (true) {
                if (abandon) {
                    return null;
                }
                Pending first = waiting.peekFirst();
                if (first == null) {
                    if (state != State.OPEN) {
                        return null;
                    }
                    work.await();
                    continue;
                }
                long now = clock.millis();
                long dueAt = first.offeredAt() > Long.MAX_VALUE - lingerMillis ? Long.MAX_VALUE
                        : first.offeredAt() + lingerMillis;
                boolean due = waiting.size() >= options.maxBatchSize() || state != State.OPEN
                        || flushThrough >= first.sequence() || now >= dueAt;
                if (due) {
                    int size = Math.min(waiting.size(), options.maxBatchSize());
                    List<TelemetryInput> points = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        points.add(waiting.pollFirst().point());
                    }
                    inFlight = size;
                    inFlightFirstSequence = first.sequence();
                    return new Batch(nextBatch++, first.sequence(), List.copyOf(points));
                }
                work.awaitNanos(Math.min(TimeUnit.MILLISECONDS.toNanos(dueAt - now), LINGER_POLL_NANOS));
            }
        } catch (InterruptedException e) {
            // Only close() interrupts, having set abandon, which the caller's next take() sees.
            return null;
        } finally {
            lock.unlock();
        }
    }

    // Sends one batch through all its attempts; false when the streamer gave it up at close.
    private boolean send(Batch batch) {
        List<TelemetryInput> points = batch.points();
        String key = keyPrefix + "-" + batch.number();
        while (true) {
            List<TelemetryPoint> stored;
            try {
                stored = telemetry.send(droneId, points, key, retries);
                if (stored.size() != points.size()) {
                    throw new UtmApiException(201, ProblemDetail.blank(201, "Unexpected answer", "the server answered "
                            + stored.size() + " points to a batch of " + points.size()), null);
                }
            } catch (Abandoned e) {
                return false;
            } catch (UtmApiException e) {
                if (abandon) {
                    return false;
                }
                if (e instanceof ConnectionException && e.getCause() instanceof InterruptedException) {
                    // Interrupted by someone other than close(): nothing is wrong with the batch; send it again.
                    Thread.interrupted();
                    continue;
                }
                reject(points, e);
                return true;
            } catch (RuntimeException e) {
                if (abandon) {
                    return false;
                }
                reject(points, new UtmApiException(UtmApiException.NO_STATUS, ProblemDetail.blank(
                        UtmApiException.NO_STATUS, "Not sent", "the batch could not be sent: " + e), e));
                return true;
            }
            connected(true);
            for (int i = 0; i < points.size(); i++) {
                TelemetryInput input = points.get(i);
                TelemetryPoint point = stored.get(i);
                tell(hearer -> hearer.onStored(input, point));
            }
            lock.lock();
            try {
                sent += points.size();
                batchesSent++;
                inFlight = 0;
                settled.signalAll();
            } finally {
                lock.unlock();
            }
            return true;
        }
    }

    private void reject(List<TelemetryInput> points, UtmApiException error) {
        if (error.hasStatus()) {
            connected(true);
        }
        tell(hearer -> hearer.onRejected(points, error));
        lock.lock();
        try {
            failed += points.size();
            inFlight = 0;
            settled.signalAll();
        } finally {
            lock.unlock();
        }
    }

    // Called by the transport on this thread before each wait between attempts.
    private void beforeRetry(int attempt, UtmApiException failure, Duration wait) {
        if (abandon) {
            throw new Abandoned();
        }
        lock.lock();
        try {
            retried++;
        } finally {
            lock.unlock();
        }
        connected(false);
    }

    private void connected(boolean now) {
        if (online != now) {
            online = now;
            tell(hearer -> hearer.onConnectionChange(now));
        }
    }

    // The worker's last act: whatever is still held is abandoned, and everybody waiting is told.
    private void stop() {
        List<TelemetryInput> left = new ArrayList<>();
        lock.lock();
        try {
            if (current != null && inFlight > 0) {
                left.addAll(current.points());
            }
            for (Pending pending : waiting) {
                left.add(pending.point());
            }
            waiting.clear();
            inFlight = 0;
            abandoned += left.size();
            state = State.CLOSED;
            settled.signalAll();
        } finally {
            lock.unlock();
        }
        // The interrupt that stopped the thread is spent: the listener should not inherit it.
        Thread.interrupted();
        if (!left.isEmpty()) {
            List<TelemetryInput> points = List.copyOf(left);
            tell(hearer -> hearer.onAbandoned(points));
        }
        stopped.countDown();
    }

    private void tell(Consumer<TelemetryListener> call) {
        try {
            call.accept(listener);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            // A listener's failure is its own: the stream goes on. Counted, so it can be noticed.
            lock.lock();
            try {
                listenerFailures++;
            } finally {
                lock.unlock();
            }
        }
    }
}
