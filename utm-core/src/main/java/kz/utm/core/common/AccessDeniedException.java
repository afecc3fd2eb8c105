package kz.utm.core.common;

import java.util.Objects;

/**
 * The actor may see the resource but may not do this to it; {@link #reason()} says why, in the
 * access policy's words.
 */
public final class AccessDeniedException extends UtmException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    /** @param reason why the policy said no */
    public AccessDeniedException(String reason) {
        super("access denied: " + Objects.requireNonNull(reason, "reason"));
        this.reason = reason;
    }

    /** Why the policy said no. */
    public String reason() {
        return reason;
    }
}
