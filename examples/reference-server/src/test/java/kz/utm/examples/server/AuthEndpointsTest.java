package kz.utm.examples.server;

import static kz.utm.examples.server.testing.Replies.invalid;
import static kz.utm.examples.server.testing.Replies.ok;
import static kz.utm.examples.server.testing.Replies.problem;
import static kz.utm.examples.server.testing.Replies.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.utm.examples.server.testing.Http;
import kz.utm.examples.server.testing.TestServer;

/**
 * {@code POST /auth/login} and {@code POST /auth/logout}, and the bearer token every other
 * route needs: sign-in, wrong passwords, the sign-in limit (429 with Retry-After, over on the
 * test clock), sign-out, expiry, and missing or malformed credentials.
 *
 * <p>Every test signs in for itself, and each ends by moving the clock past the sign-in window,
 * so that failed attempts of one test never throttle another (all come from 127.0.0.1).
 */
class AuthEndpointsTest {

    private static final Duration LIFETIME = Duration.ofHours(1);
    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_FAILURES = 3;
    private static final String EMAIL = "aruzhan@pilots.example.kz";
    private static final String PASSWORD = "steppe-eagle-42";

    private static TestServer server;
    private static Http http;
    private static int pilotId;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of("utm.token-lifetime", LIFETIME.toString(),
                "utm.login.max-failures", String.valueOf(MAX_FAILURES), "utm.login.window", WINDOW.toString()));
        http = server.http();
        pilotId = ok(201, http.post("/api/v1/users/register", null, Map.of("fullName", "Aruzhan Serikova",
                "email", EMAIL, "password", PASSWORD))).id();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void forgetFailedSignIns() {
        server.advance(WINDOW.plusSeconds(1));
    }

    private static Http.Reply login(String email, String password) {
        return http.post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
    }

    @Test
    void signInGivesABearerTokenValidForTheConfiguredLifetime() {
        Instant now = server.clock().instant();
        Http.Reply reply = ok(200, login(EMAIL, PASSWORD));

        assertThat(reply.json().path("tokenType").asText()).isEqualTo("Bearer");
        assertThat(Instant.parse(reply.json().path("expiresAt").asText())).isEqualTo(now.plus(LIFETIME));
        assertThat(reply.json().path("user").path("id").asInt()).isEqualTo(pilotId);
        assertThat(reply.json().path("user").has("password")).isFalse();
        assertThat(reply.json().path("user").has("hashedPassword")).isFalse();
        String token = reply.json().path("token").asText();
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);

        Http.Reply me = ok(200, http.get("/api/v1/users/me", token));
        assertThat(me.json().path("email").asText()).isEqualTo(EMAIL);
    }

    @Test
    void theEmailIsMatchedWithoutRegardToCase() {
        ok(200, login(EMAIL.toUpperCase(java.util.Locale.ROOT), PASSWORD));
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailAreRefusedAlike() {
        Http.Reply wrong = unauthenticated(login(EMAIL, "not-the-password"));
        Http.Reply unknown = unauthenticated(login("nobody@pilots.example.kz", PASSWORD));

        assertThat(wrong.json().path("detail")).isEqualTo(unknown.json().path("detail"));
        assertThat(wrong.json().has("token")).isFalse();
    }

    @Test
    void aSignInBodyNamesEveryBadField() {
        invalid(http.post("/api/v1/auth/login", null, Map.of("email", 42, "remember", true)),
                "email", "password", "remember");
        problem(400, "malformed-request", http.post("/api/v1/auth/login", null, "{\"email\": "));
        problem(400, "malformed-request", http.post("/api/v1/auth/login", null, "[\"" + EMAIL + "\"]"));
    }

    @Test
    void failedSignInsAreThrottledWithRetryAfterUntilTheWindowPasses() {
        for (int i = 0; i < MAX_FAILURES; i++) {
            unauthenticated(login(EMAIL, "guess-" + i));
        }

        // Past the limit even the right password is refused, before it is checked.
        Http.Reply throttled = problem(429, "too-many-requests", login(EMAIL, PASSWORD));
        long retryAfter = Long.parseLong(throttled.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, WINDOW.toSeconds() + 1);
        assertThat(throttled.json().path("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
        // The limit is per client address too: another account from the same address waits as well.
        problem(429, "too-many-requests", login("someone-else@pilots.example.kz", "whatever-password"));

        server.advance(Duration.ofSeconds(retryAfter - 2));
        problem(429, "too-many-requests", login(EMAIL, PASSWORD));

        server.advance(Duration.ofSeconds(2));
        String token = ok(200, login(EMAIL, PASSWORD)).json().path("token").asText();
        ok(200, http.get("/api/v1/users/me", token));
    }

    @Test
    void signOutRevokesTheToken() {
        String token = server.signIn(EMAIL, PASSWORD);
        String other = server.signIn(EMAIL, PASSWORD);

        ok(204, http.post("/api/v1/auth/logout", token, null));

        unauthenticated(http.get("/api/v1/users/me", token));
        unauthenticated(http.post("/api/v1/auth/logout", token, null));
        // Only that token: the user's other session goes on.
        ok(200, http.get("/api/v1/users/me", other));
    }

    @Test
    void aTokenExpiresAfterItsLifetime() {
        String token = server.signIn(EMAIL, PASSWORD);

        server.advance(LIFETIME.minusSeconds(1));
        ok(200, http.get("/api/v1/users/me", token));

        server.advance(Duration.ofSeconds(1));
        Http.Reply expired = unauthenticated(http.get("/api/v1/users/me", token));
        assertThat(expired.json().path("detail").asText()).contains("expired");
        unauthenticated(http.get("/api/v1/drones", token));
        // Signing in again gives a new, working token.
        ok(200, http.get("/api/v1/users/me", server.signIn(EMAIL, PASSWORD)));
    }

    @Test
    void everyProtectedRouteWantsAToken() {
        List<String[]> routes = List.of(
                new String[] {"GET", "/api/v1/users/me"},
                new String[] {"GET", "/api/v1/users"},
                new String[] {"POST", "/api/v1/users"},
                new String[] {"GET", "/api/v1/organizations"},
                new String[] {"POST", "/api/v1/organizations"},
                new String[] {"GET", "/api/v1/drones"},
                new String[] {"PUT", "/api/v1/drones/1/pilots/2"},
                new String[] {"GET", "/api/v1/flight-plans"},
                new String[] {"POST", "/api/v1/flight-plans/1/approve"},
                new String[] {"POST", "/api/v1/drones/1/telemetry"},
                new String[] {"GET", "/api/v1/drones/1/telemetry"},
                new String[] {"GET", "/api/v1/zones"},
                new String[] {"DELETE", "/api/v1/zones/1"},
                new String[] {"GET", "/api/v1/alerts"},
                new String[] {"POST", "/api/v1/auth/logout"});
        for (String[] route : routes) {
            Http.Reply reply = unauthenticated(http.send(route[0], route[1], null,
                    route[0].equals("POST") || route[0].equals("PUT") ? "{}" : null, Map.of()));
            assertThat(reply.json().path("detail").asText()).as("%s", reply).contains("Bearer");
        }
    }

    @Test
    void aMalformedOrUnknownAuthorizationIsRefused() {
        String token = server.signIn(EMAIL, PASSWORD);
        List<String> headers = List.of("Basic " + java.util.Base64.getEncoder()
                .encodeToString((EMAIL + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "Bearer", "Bearer    ", token, "Token " + token, "Bearer " + token + "x", "Bearer x" + token,
                "Bearer not-a-token");
        for (String header : headers) {
            Http.Reply reply = http.send("GET", "/api/v1/users/me", null, null, Map.of("Authorization", header));
            assertThat(reply.status()).as("Authorization: %s", header).isEqualTo(401);
            unauthenticated(reply);
        }
        // The scheme's name is case-insensitive (RFC 9110).
        ok(200, http.send("GET", "/api/v1/users/me", null, null, Map.of("Authorization", "bearer " + token)));
    }

    @Test
    void aTokenIsMatchedExactlyEvenOnAConnectionThatSentItBefore() {
        String token = server.signIn(EMAIL, PASSWORD);
        // The same keep-alive connection carries these: the token's header is known to it.
        for (int i = 0; i < 3; i++) {
            ok(200, http.get("/api/v1/users/me", token));
        }
        unauthenticated(http.get("/api/v1/users/me", token.toUpperCase(java.util.Locale.ROOT)));
        unauthenticated(http.get("/api/v1/users/me", token.toLowerCase(java.util.Locale.ROOT)));
        ok(200, http.get("/api/v1/users/me", token));
    }

    @Test
    void aDeactivatedUserCannotSignIn() {
        String authority = server.authorityToken();
        int id = ok(201, http.post("/api/v1/users/register", null, Map.of("fullName", "Short Lived",
                "email", "short@pilots.example.kz", "password", PASSWORD))).id();
        String token = server.signIn("short@pilots.example.kz", PASSWORD);
        ok(200, http.post("/api/v1/users/" + id + "/deactivate", authority, null));

        unauthenticated(login("short@pilots.example.kz", PASSWORD));
        // A token from before stays a token, but the account may do nothing.
        problem(403, "access-denied", http.get("/api/v1/users/me", token));
    }
}
