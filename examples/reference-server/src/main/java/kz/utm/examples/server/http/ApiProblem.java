package kz.utm.examples.server.http;

import java.util.Map;
import java.util.Objects;

/**
 * A refusal decided by the HTTP layer itself rather than by the domain: a missing or expired
 * token (401), a malformed body (400), an oversized one (413), too many attempts (429). Becomes
 * a problem+json response with its status, type and detail.
 */
public final class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final Map<String, Object> extensions;

    /**
     * @param status the HTTP status
     * @param type the last segment of the problem type, such as {@code unauthenticated}
     * @param title a short, fixed summary of the problem type
     * @param detail what happened in this request
     * @param extensions extra members of the problem document
     */
    public ApiProblem(int status, String type, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.type = Objects.requireNonNull(type, "type");
        this.title = Objects.requireNonNull(title, "title");
        this.extensions = Map.copyOf(extensions);
    }

    /** 401: no valid bearer token. */
    public static ApiProblem unauthenticated(String detail) {
        return new ApiProblem(401, "unauthenticated", "Authentication required", detail, Map.of());
    }

    /** 400: a body that is not JSON, or not the JSON object expected. */
    public static ApiProblem malformed(String detail) {
        return new ApiProblem(400, "malformed-request", "Malformed request", detail, Map.of());
    }

    /** 413: a body or batch over the server's limit. */
    public static ApiProblem tooLarge(String detail) {
        return new ApiProblem(413, "payload-too-large", "Payload too large", detail, Map.of());
    }

    /** 429: too many attempts; retry after the given number of seconds. */
    public static ApiProblem tooManyAttempts(String detail, long retryAfterSeconds) {
        return new ApiProblem(429, "too-many-requests", "Too many requests", detail,
                Map.of("retryAfterSeconds", retryAfterSeconds));
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The last segment of the problem type. */
    public String type() {
        return type;
    }

    /** The problem type's fixed title. */
    public String title() {
        return title;
    }

    /** Extra members of the problem document. */
    public Map<String, Object> extensions() {
        return extensions;
    }
}
