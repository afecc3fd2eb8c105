package kz.utm.examples.server.http;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.sse.SseClient;

import kz.utm.core.common.UserId;
import kz.utm.examples.server.UtmApplication;

/**
 * The alert stream, {@code GET /alerts}: Server-Sent Events carrying each conformance change
 * (event {@code conformance}) of the drones the signed-in user may read, numbered by their
 * {@code id}. A client that reconnects with {@code Last-Event-ID} (or {@code lastEventId=}) gets
 * the alerts it missed first, as far back as the hub retains them; a new stream, without one,
 * starts with the next alert (a map page opening would otherwise be sent the whole backlog). A
 * request that does not accept {@code text/event-stream} is refused with 406.
 */
final class AlertRoutes {

    private static final String ALERTS = ApiServer.BASE + "/alerts";
    private static final String EVENT_STREAM = "text/event-stream";

    private final UtmApplication application;

    AlertRoutes(UtmApplication application) {
        this.application = application;
    }

    void register(RoutesConfig routes) {
        // Javalin streams only to a client that accepts text/event-stream, and answers any
        // other an empty 200: say instead what the client must ask for.
        routes.before(ALERTS, ctx -> {
            String accept = ctx.header("Accept");
            if (ctx.method() == HandlerType.GET && (accept == null || !accept.contains(EVENT_STREAM))) {
                throw new ApiProblem(406, "not-acceptable", "Not acceptable", "the alert stream is " + EVENT_STREAM
                        + ": send Accept: " + EVENT_STREAM, Map.of());
            }
        });
        routes.sse(ALERTS, this::stream);
    }

    private void stream(SseClient client) {
        UserId user = Requests.actor(client.ctx());
        long lastSeen = lastEventId(client);
        client.keepAlive();
        AlertHub.Subscription subscription = application.alerts().subscribe(user, lastSeen, new AlertHub.AlertSink() {
            @Override
            public void send(AlertHub.Alert alert) {
                if (client.terminated()) {
                    throw new IllegalStateException("the client has gone");
                }
                client.sendEvent("conformance", Json.write(AlertView.of(alert)), Long.toString(alert.id()));
            }

            @Override
            public void heartbeat() {
                if (client.terminated()) {
                    throw new IllegalStateException("the client has gone");
                }
                client.sendComment("keep-alive");
            }

            @Override
            public void close() {
                if (!client.terminated()) {
                    try {
                        client.close();
                    } catch (RuntimeException alreadyGone) {
                        // The connection ended under us: nothing left to close.
                    }
                }
            }
        });
        client.onClose(subscription::cancel);
        client.sendComment("subscribed");
    }

    // Without an id the client saw nothing yet: it starts now, and every id is "seen".
    private static long lastEventId(SseClient client) {
        String raw = Optional.ofNullable(client.ctx().header("Last-Event-ID"))
                .orElse(client.ctx().queryParam("lastEventId"));
        if (raw == null || raw.isBlank()) {
            return Long.MAX_VALUE;
        }
        try {
            return Math.max(0, Long.parseLong(raw.strip()));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** One alert as it travels on the stream. */
    record AlertView(long id, int droneId, Optional<Integer> flightPlanId, String from, String to, List<Integer> zoneIds,
            Instant occurredAt) {

        static AlertView of(AlertHub.Alert alert) {
            var change = alert.change();
            return new AlertView(alert.id(), change.droneId().value(), change.flightPlanId().map(p -> p.value()),
                    change.from().name(), change.to().name(), change.zones().stream().map(z -> z.value()).toList(),
                    change.occurredAt());
        }
    }
}
