package kz.utm.sdk.error;

/**
 * No answer: the connection was refused or dropped, the request timed out, or the calling
 * thread was interrupted while waiting (its interrupt flag is set again). {@link #status()} is
 * {@link #NO_STATUS} (0); the problem is made up ({@code about:blank}) with the cause's message
 * as detail, and {@link #getCause()} is the I/O error. The request may or may not have reached
 * the server. Unchecked; immutable after construction.
 */
public class ConnectionException extends UtmApiException {

    /**
     * @param detail what went wrong
     * @param cause the I/O error, or {@code null}
     */
    public ConnectionException(String detail, Throwable cause) {
        super(NO_STATUS, ProblemDetail.blank(NO_STATUS, "No answer", detail), cause);
    }
}
