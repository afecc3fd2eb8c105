package kz.utm.examples.server.http;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import kz.utm.core.common.AccessDeniedException;
import kz.utm.core.common.ConflictException;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.ValidationException;
import kz.utm.core.flightplan.IllegalTransitionException;
import kz.utm.core.flightplan.RouteConflictException;

/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}): utm-core's typed
 * errors and the HTTP layer's own {@link ApiProblem}s, each with a stable {@code type} and the
 * members a client needs to act on it (the field errors, the conflicting zones, the illegal
 * move).
 *
 * <table>
 * <caption>Status by error</caption>
 * <tr><td>{@link ValidationException}</td><td>422, {@code errors}: every field and why</td></tr>
 * <tr><td>{@link NotFoundException}</td><td>404</td></tr>
 * <tr><td>{@link AccessDeniedException}</td><td>403, the policy's reason as {@code detail}</td></tr>
 * <tr><td>{@link ConflictException}</td><td>409, {@code kind} and the duplicate {@code field}</td></tr>
 * <tr><td>{@link IllegalTransitionException}</td><td>409, {@code from} and {@code to}</td></tr>
 * <tr><td>{@link RouteConflictException}</td><td>409, {@code conflicts}: the zones entered</td></tr>
 * </table>
 */
public final class Problems {

    /** The media type of every error response. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** The prefix of every problem type URI. */
    public static final String TYPE_PREFIX = "urn:utm-kit:problem:";

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    /** Writes the problem document for any exception a handler threw. */
    public static void write(Exception error, Context ctx) {
        if (error instanceof ApiProblem problem) {
            Map<String, Object> body = document(problem.status(), problem.type(), problem.title(),
                    problem.getMessage(), ctx);
            body.putAll(problem.extensions());
            Object retryAfter = problem.extensions().get("retryAfterSeconds");
            if (retryAfter != null) {
                ctx.header("Retry-After", String.valueOf(retryAfter));
            }
            if (problem.status() == 401) {
                // RFC 9110 15.5.2: a 401 names the scheme that would be accepted.
                ctx.header("WWW-Authenticate", "Bearer realm=\"utm-kit\"");
            }
            send(ctx, problem.status(), body);
        } else if (error instanceof ValidationException invalid) {
            Map<String, Object> body = document(422, "validation-failed", "Invalid input",
                    invalid.errors().size() + " invalid field(s): " + String.join(", ", invalid.fields()), ctx);
            body.put("errors", invalid.errors().stream()
                    .map(e -> Map.of("field", e.field(), "message", e.message())).toList());
            send(ctx, 422, body);
        } else if (error instanceof NotFoundException missing) {
            send(ctx, 404, document(404, "not-found", "Not found", missing.getMessage(), ctx));
        } else if (error instanceof AccessDeniedException denied) {
            send(ctx, 403, document(403, "access-denied", "Access denied", denied.reason(), ctx));
        } else if (error instanceof ConflictException conflict) {
            Map<String, Object> body = document(409, "conflict", "Conflict", conflict.getMessage(), ctx);
            body.put("kind", conflict.kind().name());
            conflict.field().ifPresent(field -> body.put("field", field));
            send(ctx, 409, body);
        } else if (error instanceof IllegalTransitionException illegal) {
            Map<String, Object> body = document(409, "illegal-transition", "Illegal state transition",
                    illegal.getMessage(), ctx);
            body.put("from", illegal.from().name());
            body.put("to", illegal.to().name());
            send(ctx, 409, body);
        } else if (error instanceof RouteConflictException route) {
            Map<String, Object> body = document(409, "route-conflict", "Route enters restricted zones",
                    route.getMessage(), ctx);
            body.put("conflicts", route.conflicts().stream().map(c -> {
                Map<String, Object> conflict = new LinkedHashMap<>();
                conflict.put("zoneId", c.zoneId().value());
                conflict.put("zoneName", c.zoneName());
                conflict.put("legIndex", c.legIndex());
                conflict.put("entryLatitude", c.entryPoint().latitude());
                conflict.put("entryLongitude", c.entryPoint().longitude());
                conflict.put("entryAltitudeM", c.entryAltitudeM());
                return conflict;
            }).toList());
            send(ctx, 409, body);
        } else if (error instanceof HttpResponseException http) {
            writeStatus(ctx, http.getStatus(), http.getMessage());
        } else {
            LOG.error("Unexpected failure of {} {}", ctx.method(), ctx.path(), error);
            send(ctx, 500, document(500, "internal-error", "Internal server error",
                    "the server failed to answer; the failure is logged", ctx));
        }
    }

    /** Writes a problem for a bare status the router or server decided (404 route, 413, 405). */
    public static void writeStatus(Context ctx, int status, String detail) {
        String type = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "payload-too-large";
            case 400 -> "malformed-request";
            default -> "http-" + status;
        };
        String title = switch (status) {
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Payload too large";
            case 400 -> "Malformed request";
            default -> "HTTP " + status;
        };
        send(ctx, status, document(status, type, title, detail, ctx));
    }

    private static Map<String, Object> document(int status, String type, String title, String detail, Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail == null || detail.isBlank() ? title : detail);
        body.put("instance", ctx.path());
        return body;
    }

    private static void send(Context ctx, int status, Map<String, Object> body) {
        ctx.status(status).contentType(MEDIA_TYPE).result(Json.write(body));
    }
}
