package kz.utm.sdk.error;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * 5xx: the server (or a proxy before it) failed. A 502, 503 or 504 reaches the caller only when
 * the retry policy gave up on it, or the request was not safe to repeat. Unchecked; immutable
 * after construction.
 */
public class ServerException extends UtmApiException {

    private final Optional<Duration> retryAfter;

    /**
     * @param status the HTTP status
     * @param problem the problem document
     * @param retryAfter how long the server asked to wait, if it said
     */
    public ServerException(int status, ProblemDetail problem, Optional<Duration> retryAfter) {
        super(status, problem, null);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** How long the server asked to wait (a 503's Retry-After), if it said. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
