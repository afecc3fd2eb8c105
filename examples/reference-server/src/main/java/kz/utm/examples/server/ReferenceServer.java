package kz.utm.examples.server;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.utm.core.user.Argon2PasswordHasher;
import kz.utm.examples.server.http.ApiServer;

/**
 * Starts the reference UTM server: {@code ./mvnw -q -pl examples/reference-server -am
 * -Pserver verify} or {@code java -jar}. Configuration as {@link ServerSettings} describes; none
 * is needed. Stops gracefully on SIGTERM or Ctrl-C.
 */
public final class ReferenceServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceServer.class);

    private final UtmApplication application;
    private final ApiServer api;

    private ReferenceServer(UtmApplication application, ApiServer api) {
        this.application = application;
        this.api = api;
    }

    /**
     * Opens the database, builds the geofence and serves.
     *
     * @param settings the configuration
     * @param clock the service's clock
     * @param hasher how passwords are hashed
     */
    public static ReferenceServer start(ServerSettings settings, Clock clock,
            kz.utm.core.user.PasswordHasher hasher) {
        return start(settings, clock, hasher, kz.utm.core.common.EventPublisher.none());
    }

    /**
     * As {@link #start(ServerSettings, Clock, kz.utm.core.user.PasswordHasher)}, with an
     * observer of every domain event (see {@link UtmApplication#start(ServerSettings, Clock,
     * kz.utm.core.user.PasswordHasher, kz.utm.core.common.EventPublisher)}).
     */
    public static ReferenceServer start(ServerSettings settings, Clock clock,
            kz.utm.core.user.PasswordHasher hasher, kz.utm.core.common.EventPublisher observer) {
        UtmApplication application = UtmApplication.start(settings, clock, hasher, observer);
        try {
            ApiServer api = new ApiServer(application, settings).start();
            return new ReferenceServer(application, api);
        } catch (RuntimeException e) {
            try {
                application.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** The port served on. */
    public int port() {
        return api.port();
    }

    /** The HTTP layer. */
    public ApiServer api() {
        return api;
    }

    /** The services. */
    public UtmApplication application() {
        return application;
    }

    /** Stops serving gracefully, then closes the database. */
    @Override
    public void close() {
        try {
            api.stop();
        } finally {
            application.close();
        }
    }

    /** Runs until the process is told to stop. */
    public static void main(String[] args) {
        ServerSettings settings = ServerSettings.fromEnvironment(args);
        // Microseconds: what both databases store, so an answer and a later read agree.
        Clock clock = Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1_000));
        ReferenceServer server = start(settings, clock, Argon2PasswordHasher.recommended());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping: finishing the requests in flight");
            server.close();
            LOG.info("Stopped");
        }, "utm-shutdown"));
        LOG.info("UTM Kit reference server on http://{}:{}/ (API at {}; {})", settings.host(), server.port(),
                ApiServer.BASE, settings.databaseUrl().isPresent() ? "database " + settings.databaseUrl().get()
                        : "in-memory H2: data is lost on stop");
    }
}
