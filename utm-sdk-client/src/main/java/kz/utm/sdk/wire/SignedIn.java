package kz.utm.sdk.wire;

import java.time.Instant;
import java.util.Objects;

/**
 * The answer to a sign-in: a bearer token, when it expires, and who signed in. Immutable and
 * thread-safe. {@link #toString()} leaves the token out, so it never reaches a log by accident.
 *
 * @param token the bearer token
 * @param tokenType always {@code Bearer}
 * @param expiresAt when the token stops being accepted
 * @param user the signed-in user
 */
public record SignedIn(String token, String tokenType, Instant expiresAt, User user) {

    /** Refuses a missing token or expiry: a sign-in without them is no sign-in. */
    public SignedIn {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "SignedIn[token=(hidden), tokenType=" + tokenType + ", expiresAt=" + expiresAt + ", user=" + user + "]";
    }
}
