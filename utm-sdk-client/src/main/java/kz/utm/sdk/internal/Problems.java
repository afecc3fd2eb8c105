package kz.utm.sdk.internal;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.utm.sdk.error.AuthenticationException;
import kz.utm.sdk.error.ConflictException;
import kz.utm.sdk.error.FieldError;
import kz.utm.sdk.error.NotFoundException;
import kz.utm.sdk.error.PermissionDeniedException;
import kz.utm.sdk.error.ProblemDetail;
import kz.utm.sdk.error.RateLimitedException;
import kz.utm.sdk.error.RequestTooLargeException;
import kz.utm.sdk.error.RouteConflict;
import kz.utm.sdk.error.ServerException;
import kz.utm.sdk.error.UtmApiException;
import kz.utm.sdk.error.ValidationException;
import kz.utm.sdk.wire.ConflictKind;
import kz.utm.sdk.wire.FlightPlanStatus;

/**
 * Turns an error answer into the SDK's exception: by the server's problem {@code type} when it
 * names one the SDK knows, else by the HTTP status. A body that is not a JSON object (an HTML
 * page from a proxy, plain text, nothing) still gives the right exception, with a made-up
 * {@code about:blank} problem whose detail is the start of the body. Members of the wrong JSON
 * type are ignored rather than failing the mapping: an error must never hide behind another.
 * Stateless and thread-safe.
 */
public final class Problems {

    private static final Set<String> STANDARD_MEMBERS = Set.of("type", "title", "status", "detail", "instance");
    private static final int DETAIL_LENGTH = 200;

    private final ObjectMapper mapper;

    /** Problems read with this mapper. */
    public Problems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The exception for an answer with status {@code status} (not 2xx).
     *
     * @param now the client's clock, for a Retry-After given as a date
     */
    public UtmApiException toException(int status, HttpHeaders headers, byte[] body, Instant now) {
        ProblemDetail problem = read(status, body);
        Optional<Duration> retryAfter = RetryAfter.parse(headers.firstValue("Retry-After").orElse(null), now)
                .or(() -> problem.number("retryAfterSeconds").map(seconds -> Duration.ofSeconds(seconds.longValue())));
        String kind = problem.typeName().map(Problems::kindOfType).filter(known -> !known.equals("unknown-type"))
                .orElseGet(() -> kindOfStatus(status));
        return switch (kind) {
            case "validation" -> new ValidationException(status, problem, fieldErrors(problem));
            case "authentication" -> new AuthenticationException(status, problem);
            case "permission" -> new PermissionDeniedException(status, problem);
            case "not-found" -> new NotFoundException(status, problem);
            case "conflict" -> conflict(status, problem);
            case "too-large" -> new RequestTooLargeException(status, problem);
            case "rate-limited" -> new RateLimitedException(status, problem, retryAfter);
            case "server" -> new ServerException(status, problem, retryAfter);
            default -> new UtmApiException(status, problem, null);
        };
    }

    private static String kindOfType(String type) {
        return switch (type) {
            case "validation-failed", "malformed-request", "idempotency-key-reused" -> "validation";
            case "unauthenticated" -> "authentication";
            case "access-denied" -> "permission";
            case "not-found" -> "not-found";
            case "conflict", "illegal-transition", "route-conflict", "request-in-progress" -> "conflict";
            case "payload-too-large" -> "too-large";
            case "too-many-requests" -> "rate-limited";
            case "internal-error" -> "server";
            default -> "unknown-type";
        };
    }

    private static String kindOfStatus(int status) {
        return switch (status) {
            case 400, 422 -> "validation";
            case 401 -> "authentication";
            case 403 -> "permission";
            case 404 -> "not-found";
            case 409 -> "conflict";
            case 413 -> "too-large";
            case 429 -> "rate-limited";
            default -> status >= 500 && status <= 599 ? "server" : "other";
        };
    }

    private ProblemDetail read(int status, byte[] body) {
        JsonNode node = null;
        if (body.length > 0) {
            try {
                node = mapper.readTree(body);
            } catch (java.io.IOException e) {
                // Not JSON: described from the text below.
            }
        }
        String reason = reason(status);
        if (node == null || !node.isObject()) {
            String text = new String(body, StandardCharsets.UTF_8).strip();
            String detail = text.isEmpty() ? "the answer had no body"
                    : text.length() > DETAIL_LENGTH ? text.substring(0, DETAIL_LENGTH) + "..." : text;
            return ProblemDetail.blank(status, reason, detail);
        }
        String type = text(node, "type").orElse(ProblemDetail.BLANK_TYPE);
        String title = text(node, "title").orElse(reason);
        String detail = text(node, "detail").orElse(title);
        Map<String, Object> extensions = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext();) {
            Map.Entry<String, JsonNode> member = members.next();
            if (!STANDARD_MEMBERS.contains(member.getKey())) {
                extensions.put(member.getKey(), mapper.convertValue(member.getValue(), new TypeReference<Object>() {
                }));
            }
        }
        return new ProblemDetail(type, title, status, detail, text(node, "instance"), extensions);
    }

    private static Optional<String> text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static List<FieldError> fieldErrors(ProblemDetail problem) {
        List<FieldError> errors = new ArrayList<>();
        for (Object item : problem.list("errors")) {
            if (item instanceof Map<?, ?> error && error.get("field") instanceof String field) {
                Object message = error.get("message");
                errors.add(new FieldError(field, message instanceof String text ? text : ""));
            }
        }
        return errors;
    }

    private static ConflictException conflict(int status, ProblemDetail problem) {
        List<RouteConflict> conflicts = new ArrayList<>();
        for (Object item : problem.list("conflicts")) {
            if (item instanceof Map<?, ?> conflict && conflict.get("zoneId") instanceof Number zoneId) {
                conflicts.add(new RouteConflict(zoneId.intValue(),
                        conflict.get("zoneName") instanceof String name ? name : "",
                        conflict.get("legIndex") instanceof Number leg ? leg.intValue() : 0,
                        number(conflict.get("entryLatitude")), number(conflict.get("entryLongitude")),
                        number(conflict.get("entryAltitudeM"))));
            }
        }
        return new ConflictException(status, problem, constant(ConflictKind.class, problem.text("kind")),
                problem.text("field"), constant(FlightPlanStatus.class, problem.text("from")),
                constant(FlightPlanStatus.class, problem.text("to")), conflicts);
    }

    private static double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : Double.NaN;
    }

    // A name this SDK does not know (a newer server's) is left empty rather than failing.
    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, Optional<String> name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, name.get()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A short reason phrase for a status, as the title of a made-up problem. */
    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "HTTP " + status;
        };
    }
}
