package kz.utm.sdk.error;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * 429: too many requests, such as too many failed sign-ins. {@link #retryAfter()} says how long
 * to wait, from the {@code Retry-After} header (seconds or an HTTP date) or the problem's
 * {@code retryAfterSeconds}. Reaches the caller when the retry policy's attempts ran out or the
 * wait was longer than it allows. Unchecked; immutable after construction.
 */
public class RateLimitedException extends UtmApiException {

    private final Optional<Duration> retryAfter;

    /**
     * @param status the HTTP status
     * @param problem the problem document
     * @param retryAfter how long the server asked to wait, if it said
     */
    public RateLimitedException(int status, ProblemDetail problem, Optional<Duration> retryAfter) {
        super(status, problem, null);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** How long the server asked to wait, if it said. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
