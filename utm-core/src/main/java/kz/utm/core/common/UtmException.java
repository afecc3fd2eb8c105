package kz.utm.core.common;

/**
 * Root of the typed errors UTM Kit raises at its public entry points.
 *
 * <p>Unchecked, so that callers handle the cases they care about and let the rest reach their
 * error boundary (an HTTP layer maps each subclass to one status). Every subclass states what
 * went wrong in terms of the domain; none wraps a storage or framework exception as its only
 * information. An operation that throws one of these has changed no state.
 */
public abstract class UtmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates an error with the given message. */
    protected UtmException(String message) {
        super(message);
    }

    /** Creates an error with the given message and cause. */
    protected UtmException(String message, Throwable cause) {
        super(message, cause);
    }
}
