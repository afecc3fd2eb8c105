package kz.utm.sdk;

/**
 * What a {@link TelemetryStreamer} does with a point offered while its buffer is full (the
 * server unreachable, or slower than the drone): one point is dropped either way, and reported
 * through {@link TelemetryListener#onDropped}. Points of the batch being sent are never dropped:
 * the batch keeps its Idempotency-Key across retries, so its points must stay as they are.
 */
public enum OverflowPolicy {

    /**
     * The oldest point waiting to be sent makes room for the new one, which is accepted: after
     * an outage the server gets where the drone is now rather than where it was when the link
     * went down, which is what a ground station and the conformance monitor care about. The
     * default. Should every point held be in the batch being sent (a buffer no bigger than a
     * batch), nothing can make room and the new point is refused instead.
     */
    DROP_OLDEST,

    /**
     * The new point is refused ({@link TelemetryStreamer#offer} returns {@code false}) and the
     * points already held are kept: the server gets an unbroken track up to the moment the buffer
     * filled, and nothing after until room is made. For a flight log that is replayed from the
     * start.
     */
    DROP_NEWEST
}
