package kz.utm.sdk.error;

/**
 * 404: no such resource, or one the caller may not read (the server does not tell which). Unchecked; immutable after construction.
 */
public class NotFoundException extends UtmApiException {

    /**
     * @param status the HTTP status
     * @param problem the problem document
     */
    public NotFoundException(int status, ProblemDetail problem) {
        super(status, problem, null);
    }
}
