package kz.utm.examples.server.testing;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import kz.utm.core.testing.MutableClock;
import kz.utm.core.user.Argon2PasswordHasher;
import kz.utm.examples.server.ReferenceServer;
import kz.utm.examples.server.ServerSettings;

/**
 * A reference server for one test class: in-memory H2, a free port on loopback, a clock the
 * test moves, cheap password hashing, and the first authority admin. Close it after.
 */
public final class TestServer implements AutoCloseable {

    /** The first authority admin's e-mail. */
    public static final String ADMIN_EMAIL = "authority@caa.example.kz";

    /** The first authority admin's password. */
    public static final String ADMIN_PASSWORD = "authority-password";

    /** Where the OpenAPI coverage of every test run so far in this JVM is written. */
    public static final Path COVERAGE_REPORT = Path.of("target", "openapi-coverage.txt");

    /** Where the test clock starts. */
    public static final Instant START = Instant.parse("2026-06-01T06:00:00Z");

    private final MutableClock clock;
    private final ReferenceServer server;
    private final Http http;

    private TestServer(MutableClock clock, ReferenceServer server) {
        this.clock = clock;
        this.server = server;
        this.http = new Http(URI.create("http://127.0.0.1:" + server.port()))
                .checkingEveryResponse(OpenApiConformance.shared());
    }

    /** Starts a server with the test defaults. */
    public static TestServer start() {
        return start(Map.of());
    }

    /** Starts a server with the test defaults overridden by {@code settings} (keys such as {@code utm.port}). */
    public static TestServer start(Map<String, String> settings) {
        return start(settings, kz.utm.core.common.EventPublisher.none());
    }

    /** As {@link #start(Map)}, with an observer of every domain event, called mid-request. */
    public static TestServer start(Map<String, String> settings, kz.utm.core.common.EventPublisher observer) {
        Map<String, String> values = new HashMap<>();
        values.put("utm.port", "0");
        values.put("utm.admin.email", ADMIN_EMAIL);
        values.put("utm.admin.password", ADMIN_PASSWORD);
        values.put("utm.max-request-bytes", String.valueOf(512 * 1024));
        values.put("utm.shutdown-grace", "PT5S");
        // Long enough that moving the clock through a flight keeps the tokens; expiry tests set their own.
        values.put("utm.token-lifetime", "PT12H");
        values.putAll(settings);
        MutableClock clock = new MutableClock(START);
        ReferenceServer server = ReferenceServer.start(ServerSettings.from(values), clock,
                Argon2PasswordHasher.withCost(8, 1, 1), observer);
        return new TestServer(clock, server);
    }

    /**
     * The HTTP client of this server. Every reply it receives is checked against the OpenAPI
     * document ({@link OpenApiConformance}): an undocumented status or a body that does not match
     * its schema fails the test.
     */
    public Http http() {
        return http;
    }

    /** The server's clock. */
    public MutableClock clock() {
        return clock;
    }

    /** Moves the server's clock on. */
    public Instant advance(Duration step) {
        return clock.advance(step);
    }

    /** The running server. */
    public ReferenceServer server() {
        return server;
    }

    /** Signs in and returns the bearer token; fails the test if sign-in is refused. */
    public String signIn(String email, String password) {
        Http.Reply reply = http.post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
        if (reply.status() != 200) {
            throw new AssertionError("sign-in of " + email + " refused: " + reply);
        }
        return reply.json().path("token").asText();
    }

    /** A token of the first authority admin. */
    public String authorityToken() {
        return signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** Stops the server, and brings the OpenAPI coverage report under {@code target/} up to date. */
    @Override
    public void close() {
        try {
            server.close();
        } finally {
            OpenApiConformance.shared().writeCoverageReport(COVERAGE_REPORT);
        }
    }
}
