package kz.utm.core.access;

import java.util.Objects;

/**
 * The access policy's answer: allowed, or denied with the reason.
 *
 * <p>A denial is {@link #concealed()} when the actor may not even read the resource: the caller
 * then reports the resource as not found, revealing nothing about its existence.
 *
 * @param allowed whether the action is allowed
 * @param reason why not, in plain words; empty when allowed
 * @param concealed whether the resource is to be reported as not found
 */
public record Decision(boolean allowed, String reason, boolean concealed) {

    private static final Decision ALLOW = new Decision(true, "", false);

    /** @throws NullPointerException if {@code reason} is null */
    public Decision {
        Objects.requireNonNull(reason, "reason");
    }

    /** Allowed. */
    public static Decision allow() {
        return ALLOW;
    }

    /** Denied: the actor may see the resource but not do this to it. */
    public static Decision deny(String reason) {
        return new Decision(false, reason, false);
    }

    /** Denied, and the resource's existence is not revealed. */
    public static Decision conceal(String reason) {
        return new Decision(false, reason, true);
    }

    /** Allowed when the condition holds, denied with the reason otherwise. */
    public static Decision allowIf(boolean condition, String reason) {
        return condition ? ALLOW : deny(reason);
    }
}
