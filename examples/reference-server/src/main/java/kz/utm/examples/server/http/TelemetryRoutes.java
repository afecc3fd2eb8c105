package kz.utm.examples.server.http;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.FieldError;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ValidationException;
import kz.utm.core.telemetry.ReportTelemetry;
import kz.utm.core.telemetry.TelemetryInput;
import kz.utm.core.telemetry.TelemetryService;
import kz.utm.examples.server.ServerSettings;
import kz.utm.examples.server.UtmApplication;
import kz.utm.examples.server.api.TelemetryView;

/**
 * Telemetry: a batch of a drone's points in, each point's conformance status out; and a
 * drone's history. A batch carrying an {@code Idempotency-Key} header is stored once however
 * often it is retried ({@link IdempotentRequests}). A batch is stored before it is answered:
 * a 201 means every point is in the database.
 */
final class TelemetryRoutes {

    private static final String TELEMETRY = ApiServer.BASE + "/drones/{id}/telemetry";

    private final UtmApplication application;
    private final ServerSettings settings;
    private final IdempotentRequests idempotency;
    private final TelemetryService telemetry;

    TelemetryRoutes(UtmApplication application, ServerSettings settings, IdempotentRequests idempotency) {
        this.application = application;
        this.settings = settings;
        this.idempotency = idempotency;
        this.telemetry = application.core().telemetry();
    }

    void register(RoutesConfig routes) {
        routes.post(TELEMETRY, this::report);
        routes.get(TELEMETRY, this::history);
    }

    private void report(Context ctx) {
        UserId actor = Requests.actor(ctx);
        DroneId drone = Requests.pathId(ctx, "id", "drone", DroneId::of);
        byte[] bytes = ctx.bodyAsBytes();
        String key = ctx.header("Idempotency-Key");
        IdempotentRequests.StoredResponse response = key == null
                ? store(actor, drone, bytes)
                : idempotency.run("telemetry " + actor.value() + " " + drone.value(), key, bytes,
                        () -> store(actor, drone, bytes));
        ctx.status(response.status()).contentType("application/json").result(response.bytes());
    }

    private IdempotentRequests.StoredResponse store(UserId actor, DroneId drone, byte[] bytes) {
        JsonBody body = JsonBody.parse(bytes);
        int size = body.arraySize("points");
        if (size > settings.maxTelemetryBatch()) {
            throw ApiProblem.tooLarge("a batch carries at most " + settings.maxTelemetryBatch() + " points, this one "
                    + size);
        }
        List<JsonBody> items = body.objects("points");
        List<TelemetryInput> points = null;
        // A body with wrongly typed members never reaches the service, whose check of future
        // timestamps would then not run: checked here too, they are named with the type errors.
        Instant latest = application.clock().instant().plus(TelemetryService.MAX_CLOCK_AHEAD);
        if (items != null) {
            points = new ArrayList<>(items.size());
            for (JsonBody item : items) {
                Instant timestamp = item == null ? null : item.instant("timestamp");
                if (timestamp != null && timestamp.isAfter(latest)) {
                    item.error("timestamp", "must not be more than " + TelemetryService.MAX_CLOCK_AHEAD.toSeconds()
                            + " s ahead of the service's clock");
                }
                points.add(item == null ? null : new TelemetryInput(timestamp,
                        item.number("latitude"), item.number("longitude"), item.number("altitudeM"),
                        item.optionalNumber("speedMps"), item.optionalNumber("headingDegrees"),
                        item.optionalText("statusMessage")));
            }
        }
        ReportTelemetry command = body.finish(new ReportTelemetry(drone, points), application.validator());
        List<TelemetryView> stored = telemetry.report(actor, command).stream().map(TelemetryView::of).toList();
        return IdempotentRequests.StoredResponse.json(201, new Stored(stored));
    }

    private void history(Context ctx) {
        DroneId drone = Requests.pathId(ctx, "id", "drone", DroneId::of);
        List<FieldError> errors = new ArrayList<>();
        Instant from = instant(ctx, "from", errors).orElse(Instant.EPOCH);
        Optional<Instant> to = instant(ctx, "to", errors);
        int limit = 1_000;
        try {
            limit = Requests.queryInt(ctx, "limit", 1_000, 1, TelemetryService.MAX_HISTORY);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Instant end = to.orElseGet(() -> application.clock().instant().plus(TelemetryService.MAX_CLOCK_AHEAD));
        Json.respond(ctx, 200, new Stored(telemetry.history(Requests.actor(ctx), drone, from, end, limit).stream()
                .map(TelemetryView::of).toList()));
    }

    private static Optional<Instant> instant(Context ctx, String name, List<FieldError> errors) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(raw.strip()));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be an ISO-8601 instant in UTC, such as 2026-06-01T10:00:00Z"));
            return Optional.empty();
        }
    }

    /** Stored points, in the order given (a report) or oldest first (a history). */
    record Stored(List<TelemetryView> points) {
    }
}
