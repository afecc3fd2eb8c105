package kz.utm.sdk.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import kz.utm.core.user.Argon2PasswordHasher;
import kz.utm.examples.server.ReferenceServer;
import kz.utm.examples.server.ServerSettings;
import kz.utm.sdk.UtmClient;

/**
 * The real reference server for an end-to-end test class: in-process, on loopback and a free
 * port, in-memory H2, a clock the test moves, cheap password hashing, and the first authority
 * admin from its configuration. Close it after.
 */
public final class ReferenceServerHarness implements AutoCloseable {

    /** The first authority admin's e-mail, which the server creates from its configuration. */
    public static final String ADMIN_EMAIL = "authority@caa.example.kz";

    /** That admin's password. */
    public static final String ADMIN_PASSWORD = "authority-password";

    /** Where the server's clock starts. */
    public static final Instant START = Instant.parse("2026-06-01T06:00:00Z");

    private final MovableClock clock;
    private final ReferenceServer server;

    private ReferenceServerHarness(MovableClock clock, ReferenceServer server) {
        this.clock = clock;
        this.server = server;
    }

    /** Starts a server with the test settings. */
    public static ReferenceServerHarness start() {
        Map<String, String> values = new HashMap<>();
        values.put("utm.port", "0");
        values.put("utm.admin.email", ADMIN_EMAIL);
        values.put("utm.admin.password", ADMIN_PASSWORD);
        values.put("utm.shutdown-grace", "PT5S");
        values.put("utm.token-lifetime", "PT12H");
        MovableClock clock = new MovableClock(START);
        ReferenceServer server = ReferenceServer.start(ServerSettings.from(values), clock,
                Argon2PasswordHasher.withCost(8, 1, 1));
        return new ReferenceServerHarness(clock, server);
    }

    /** The server's clock. */
    public MovableClock clock() {
        return clock;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** A client signing in with these credentials, reading token expiry on the server's clock. */
    public UtmClient client(String email, String password) {
        return client(email, password, clock);
    }

    /** A client signing in with these credentials, reading token expiry on {@code clientClock}. */
    public UtmClient client(String email, String password, Clock clientClock) {
        return UtmClient.builder().baseUrl(baseUrl()).credentials(email, password).clock(clientClock).build();
    }

    /** A client of the first authority admin. */
    public UtmClient authority() {
        return client(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** Ends every open alert stream, as the server does before it stops; clients see their streams end. */
    public void dropAlertStreams() {
        server.application().alerts().disconnectAll();
    }

    @Override
    public void close() {
        server.close();
    }
}
