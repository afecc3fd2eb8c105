package kz.utm.examples.server.http;

import java.time.Instant;
import java.util.Optional;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import kz.utm.core.user.User;
import kz.utm.examples.server.UtmApplication;
import kz.utm.examples.server.api.UserView;

/** Sign-in and sign-out: {@code POST /auth/login}, {@code POST /auth/logout}. */
final class AuthRoutes {

    private final UtmApplication application;
    private final Sessions sessions;
    private final LoginThrottle throttle;

    AuthRoutes(UtmApplication application, Sessions sessions, LoginThrottle throttle) {
        this.application = application;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    void register(RoutesConfig routes) {
        routes.post(ApiServer.BASE + "/auth/login", this::login);
        routes.post(ApiServer.BASE + "/auth/logout", this::logout);
    }

    private void login(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.bodyAsBytes());
        String email = body.text("email");
        String password = body.text("password");
        body.finish();
        throttle.check(email, ctx.ip());
        Optional<User> user = application.core().users().authenticate(email, password);
        if (user.isEmpty()) {
            throttle.failed(email, ctx.ip());
            throw ApiProblem.unauthenticated("the e-mail or password is wrong, or the account may not sign in");
        }
        throttle.succeeded(email);
        Sessions.Session session = sessions.open(user.get().id());
        Json.respond(ctx, 200, new SignedIn(session.token(), "Bearer", session.expiresAt(), UserView.of(user.get())));
    }

    private void logout(Context ctx) {
        sessions.revoke(ctx.attribute(Requests.TOKEN));
        ctx.status(204);
    }

    /** The answer to a sign-in. */
    record SignedIn(String token, String tokenType, Instant expiresAt, UserView user) {
    }
}
