package kz.utm.sdk.error;

/**
 * 403: the access policy refuses the action on a resource the caller may read; {@link #detail()} is the policy's reason. Unchecked; immutable after construction.
 */
public class PermissionDeniedException extends UtmApiException {

    /**
     * @param status the HTTP status
     * @param problem the problem document
     */
    public PermissionDeniedException(int status, ProblemDetail problem) {
        super(status, problem, null);
    }
}
