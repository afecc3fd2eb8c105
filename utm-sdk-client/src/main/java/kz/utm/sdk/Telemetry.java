package kz.utm.sdk;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.utm.sdk.internal.HttpCall;
import kz.utm.sdk.internal.Retries;
import kz.utm.sdk.internal.Transport;
import kz.utm.sdk.wire.TelemetryInput;
import kz.utm.sdk.wire.TelemetryPoint;

/**
 * A drone's telemetry ({@code /drones/{id}/telemetry}): one batch reported in one request,
 * a {@linkplain #streamer(int) streamer} that batches points in the background, and the stored
 * history. Thread-safe. A {@code null} argument is refused with a
 * {@link NullPointerException}, an empty batch, a bad key, an id below 1 or a limit below 1 with
 * an {@link IllegalArgumentException}, both naming the parameter, before anything is sent.
 */
public final class Telemetry {

    /** The longest Idempotency-Key the server takes. */
    public static final int MAX_KEY_LENGTH = 255;

    private final Transport transport;

    Telemetry(Transport transport) {
        this.transport = transport;
    }

    /**
     * Reports one batch of the drone's positions in one POST and returns each point as stored,
     * in the order given, with its conformance status. The batch is stored whole or not at all.
     * Without a key the request is not retried (it could be stored twice).
     *
     * @throws kz.utm.sdk.error.RequestTooLargeException when the batch is over the server's limit (1,000 by default)
     */
    public List<TelemetryPoint> report(int droneId, List<TelemetryInput> points) {
        return report(droneId, points, Optional.empty());
    }

    /**
     * As {@link #report(int, List)}, with an Idempotency-Key: the server stores the batch once
     * however often it is sent with the key, so the client retries it as its retry policy
     * allows. Use one key per batch, and the same key only with the same points.
     *
     * @param idempotencyKey 1 to 255 visible ASCII characters
     * @throws kz.utm.sdk.error.ValidationException also when the key was used before with other points
     */
    public List<TelemetryPoint> report(int droneId, List<TelemetryInput> points, String idempotencyKey) {
        return report(droneId, points, Optional.of(Checks.present(idempotencyKey, "idempotencyKey")));
    }

    /** As the two other forms, with the key optional. */
    public List<TelemetryPoint> report(int droneId, List<TelemetryInput> points, Optional<String> idempotencyKey) {
        Checks.present(points, "points");
        Checks.present(idempotencyKey, "idempotencyKey");
        if (points.isEmpty()) {
            throw new IllegalArgumentException("points must not be empty");
        }
        for (int i = 0; i < points.size(); i++) {
            Checks.present(points.get(i), "points[" + i + "]");
        }
        idempotencyKey.ifPresent(Telemetry::checkKey);
        return transport.call(reportCall(droneId, points, idempotencyKey), Stored.class).points();
    }

    /**
     * A streamer of the drone's positions with {@link StreamerOptions#defaults()}: points offered
     * from any thread without blocking, sent in batches in the background. Close it when done.
     *
     * @throws IllegalArgumentException if {@code droneId} is below 1
     */
    public TelemetryStreamer streamer(int droneId) {
        return streamer(droneId, StreamerOptions.defaults());
    }

    /**
     * A streamer of the drone's positions with these options; see {@link TelemetryStreamer}.
     *
     * @throws NullPointerException if {@code options} is null
     * @throws IllegalArgumentException if {@code droneId} is below 1
     */
    public TelemetryStreamer streamer(int droneId, StreamerOptions options) {
        Checks.id(droneId, "droneId");
        Checks.present(options, "options");
        return TelemetryStreamer.start(this, transport.clock(), droneId, options);
    }

    /** Reports one batch under its key, retried as {@code retries} says: the streamer's way. */
    List<TelemetryPoint> send(int droneId, List<TelemetryInput> points, String idempotencyKey, Retries retries) {
        return transport.call(reportCall(droneId, points, Optional.of(idempotencyKey)), Stored.class, retries)
                .points();
    }

    private static HttpCall reportCall(int droneId, List<TelemetryInput> points, Optional<String> idempotencyKey) {
        HttpCall call = HttpCall.post(path(droneId)).body(Map.of("points", List.copyOf(points)));
        if (idempotencyKey.isPresent()) {
            call = call.header(HttpCall.IDEMPOTENCY_KEY, idempotencyKey.get());
        }
        return call;
    }

    /** The drone's stored positions, oldest first, as many as the server gives by default (1,000). */
    public List<TelemetryPoint> history(int droneId) {
        return transport.call(HttpCall.get(path(droneId)), Stored.class).points();
    }

    /**
     * The drone's stored positions in {@code [from, to)}, oldest first, at most {@code limit}.
     *
     * @param limit 1 to the server's largest (10,000)
     */
    public List<TelemetryPoint> history(int droneId, Instant from, Instant to, int limit) {
        Checks.present(from, "from");
        Checks.present(to, "to");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        return transport.call(HttpCall.get(path(droneId)).query("from", from).query("to", to).query("limit", limit),
                Stored.class).points();
    }

    private static String path(int droneId) {
        return "/drones/" + Checks.id(droneId, "droneId") + "/telemetry";
    }

    private static void checkKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("idempotencyKey must have 1 to " + MAX_KEY_LENGTH
                    + " characters, got " + key.length());
        }
        // A header value: anything else would be refused by the HTTP client, or mangled.
        if (!key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("idempotencyKey must be visible ASCII characters only");
        }
    }

    /** The points of a report's or a history's answer. */
    record Stored(List<TelemetryPoint> points) {

        Stored {
            points = points == null ? List.of() : List.copyOf(points);
        }
    }
}
