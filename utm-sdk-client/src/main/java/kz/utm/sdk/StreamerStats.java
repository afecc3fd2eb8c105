package kz.utm.sdk;

/**
 * What a {@link TelemetryStreamer} has done so far: one consistent snapshot, taken under the
 * streamer's lock, in which every point offered while open is accounted for exactly once:
 * {@code offered == sent + dropped + failed + abandoned + buffered}. Immutable.
 *
 * @param offered points handed to {@code offer} while the streamer was open, refused ones included
 * @param sent points stored and acknowledged by the server
 * @param dropped points dropped by the overflow policy (refused or pushed out)
 * @param failed points of batches given up ({@link TelemetryListener#onRejected})
 * @param abandoned points left unsent when {@code close} ran out of time ({@link TelemetryListener#onAbandoned})
 * @param buffered points held now: waiting, or in the batch being sent
 * @param batchesSent batches acknowledged
 * @param retries attempts that failed in a way that may pass and were tried again
 * @param listenerFailures exceptions thrown by the listener, caught and counted
 */
public record StreamerStats(long offered, long sent, long dropped, long failed, long abandoned, int buffered,
        long batchesSent, long retries, long listenerFailures) {
}
