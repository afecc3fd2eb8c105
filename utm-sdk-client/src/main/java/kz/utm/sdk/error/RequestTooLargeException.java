package kz.utm.sdk.error;

/**
 * 413: the body, or the telemetry batch, is over the server's limit. Split it. Unchecked; immutable after construction.
 */
public class RequestTooLargeException extends UtmApiException {

    /**
     * @param status the HTTP status
     * @param problem the problem document
     */
    public RequestTooLargeException(int status, ProblemDetail problem) {
        super(status, problem, null);
    }
}
