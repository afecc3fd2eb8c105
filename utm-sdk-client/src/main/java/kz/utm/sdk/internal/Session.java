package kz.utm.sdk.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import kz.utm.sdk.wire.SignedIn;

/**
 * Where a client's bearer token comes from: none (anonymous), a fixed token, or e-mail and
 * password signed in with lazily and again when the token expires or is refused. Every
 * implementation is thread-safe.
 */
public abstract class Session {

    /** No token: only sign-in and self-registration succeed. */
    public static Session anonymous() {
        return new Fixed(Optional.empty());
    }

    /** A token the caller got elsewhere; a 401 is final. */
    public static Session token(String token) {
        return new Fixed(Optional.of(Objects.requireNonNull(token, "token")));
    }

    /** Signs in with the credentials on first use, and again when the token is refused or about to expire. */
    public static Session credentials(String email, String password, Clock clock) {
        return new Password(email, password, clock);
    }

    /** The token to send, signing in first if needed; empty when there is none. */
    abstract Optional<String> token(Transport transport);

    /**
     * The server refused {@code rejected} with 401: gets a new token if this session can.
     *
     * @return whether the request is worth sending again with {@link #token}
     */
    abstract boolean renew(String rejected, Transport transport);

    /** The token was revoked by signing out; the next call signs in again, if this session can. */
    abstract void signedOut();

    private static final class Fixed extends Session {

        private final Optional<String> token;

        Fixed(Optional<String> token) {
            this.token = token;
        }

        @Override
        Optional<String> token(Transport transport) {
            return token;
        }

        @Override
        boolean renew(String rejected, Transport transport) {
            return false;
        }

        @Override
        void signedOut() {
            // A fixed token cannot be replaced: later calls get the server's 401.
        }
    }

    private static final class Password extends Session {

        // Signing in a little before the expiry spares a request that would be refused on the way.
        private static final Duration EARLY = Duration.ofSeconds(30);

        private final String email;
        private final String password;
        private final Clock clock;
        private final Object lock = new Object();
        private volatile SignedIn current;

        Password(String email, String password, Clock clock) {
            this.email = Objects.requireNonNull(email, "email");
            this.password = Objects.requireNonNull(password, "password");
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        @Override
        Optional<String> token(Transport transport) {
            SignedIn session = current;
            if (fresh(session)) {
                return Optional.of(session.token());
            }
            // One sign-in for all the threads that found the token missing or stale.
            synchronized (lock) {
                if (!fresh(current)) {
                    current = signIn(transport);
                }
                return Optional.of(current.token());
            }
        }

        @Override
        boolean renew(String rejected, Transport transport) {
            synchronized (lock) {
                // Another thread may have signed in again since this request was sent.
                if (current == null || current.token().equals(rejected)) {
                    current = signIn(transport);
                }
                return true;
            }
        }

        @Override
        void signedOut() {
            synchronized (lock) {
                current = null;
            }
        }

        private boolean fresh(SignedIn session) {
            return session != null && clock.instant().isBefore(session.expiresAt().minus(EARLY));
        }

        private SignedIn signIn(Transport transport) {
            return transport.call(HttpCall.post("/auth/login").anonymous()
                    .body(Map.of("email", email, "password", password)), SignedIn.class);
        }
    }
}
