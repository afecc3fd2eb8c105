package kz.utm.sdk;

import java.util.Map;

import kz.utm.sdk.internal.HttpCall;
import kz.utm.sdk.internal.Transport;
import kz.utm.sdk.wire.SignedIn;

/**
 * Signing in and out ({@code /auth}). A client built with credentials signs in by itself; these
 * calls are for clients that manage tokens themselves. Thread-safe. Errors as
 * {@link kz.utm.sdk.error} says; {@code null} arguments are refused with a
 * {@link NullPointerException} naming the parameter.
 */
public final class Auth {

    private final Transport transport;

    Auth(Transport transport) {
        this.transport = transport;
    }

    /**
     * Signs in and returns the token; the client's own session is not changed.
     *
     * @throws kz.utm.sdk.error.AuthenticationException if the e-mail or password is wrong, or the account may not sign in
     * @throws kz.utm.sdk.error.RateLimitedException after too many failed attempts, with how long to wait
     */
    public SignedIn signIn(String email, String password) {
        Checks.present(email, "email");
        Checks.present(password, "password");
        return transport.call(HttpCall.post("/auth/login").anonymous()
                .body(Map.of("email", email, "password", password)), SignedIn.class);
    }

    /**
     * Revokes the client's token. A client with credentials signs in again on its next call; one
     * with a fixed token gets 401 from then on.
     */
    public void signOut() {
        transport.callWithoutAnswer(HttpCall.post("/auth/logout"));
        transport.signedOut();
    }
}
