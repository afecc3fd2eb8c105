package kz.utm.sdk.error;

/**
 * 401: no bearer token, or one that is unknown, expired or revoked; or a sign-in with a wrong e-mail or password. A client signing in with credentials has already signed in again once before this reaches the caller. Unchecked; immutable after construction.
 */
public class AuthenticationException extends UtmApiException {

    /**
     * @param status the HTTP status
     * @param problem the problem document
     */
    public AuthenticationException(int status, ProblemDetail problem) {
        super(status, problem, null);
    }
}
