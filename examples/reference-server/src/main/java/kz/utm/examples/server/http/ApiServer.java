package kz.utm.examples.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jetty.server.handler.GracefulHandler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import kz.utm.examples.server.ServerSettings;
import kz.utm.examples.server.UtmApplication;

/**
 * The HTTP face of a {@link UtmApplication}: the REST API under {@code /api/v1} (described by
 * {@code openapi.yaml}, served as JSON at {@code /api/v1/openapi.json}), the alert stream, and
 * the map page at {@code /}. Runs on Javalin (Jetty 12).
 *
 * <p>Every API route but sign-in, self-registration and the API description needs a bearer
 * token; every request then goes through utm-core's services, which apply the access policy.
 * Errors are problem+json ({@link Problems}). {@link #stop()} is graceful: new requests are
 * refused, those in flight (telemetry batches being stored included) finish within the
 * configured grace.
 */
public final class ApiServer {

    /** The API's path prefix. */
    public static final String BASE = "/api/v1";

    private static final Set<String> PUBLIC_ROUTES = Set.of(
            "POST " + BASE + "/auth/login",
            "POST " + BASE + "/users/register",
            "GET " + BASE + "/openapi.json");

    private final UtmApplication application;
    private final ServerSettings settings;
    private final Sessions sessions;
    private final Javalin javalin;

    /**
     * Configures the server; {@link #start()} opens the port.
     *
     * @param application the services
     * @param settings the port, limits and token lifetime
     */
    public ApiServer(UtmApplication application, ServerSettings settings) {
        this.application = Objects.requireNonNull(application, "application");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sessions = new Sessions(application.clock(), settings.tokenLifetime());
        LoginThrottle throttle = new LoginThrottle(application.clock(), settings.maxFailedLogins(),
                settings.loginWindow());
        IdempotentRequests idempotency = new IdempotentRequests(application.clock(), Duration.ofHours(24), 100_000);
        String openApi = openApiJson();
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.http.maxRequestSize = settings.maxRequestBytes();
            // Jetty reuses header fields seen earlier on a connection, by default matching their
            // values without regard to case: a bearer token differing only in case would pass.
            config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(settings.shutdownGrace().toMillis());
                server.insertHandler(new GracefulHandler());
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/public";
                files.location = io.javalin.http.staticfiles.Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();

            config.routes.before(BASE + "/*", this::authenticate);
            config.routes.get(BASE + "/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            new AuthRoutes(application, sessions, throttle).register(config.routes);
            new UserRoutes(application).register(config.routes);
            new OrganizationRoutes(application).register(config.routes);
            new DroneRoutes(application).register(config.routes);
            new FlightPlanRoutes(application).register(config.routes);
            new TelemetryRoutes(application, settings, idempotency).register(config.routes);
            new ZoneRoutes(application).register(config.routes);
            new AlertRoutes(application).register(config.routes);
            new MapRoutes(application, settings).register(config.routes);

            config.routes.exception(Exception.class, Problems::write);
            // Javalin answers its own HttpResponseExceptions (a body over maxRequestSize: 413) in
            // plain text unless a handler names the type itself.
            config.routes.exception(io.javalin.http.HttpResponseException.class, Problems::write);
            config.routes.error(404, ctx -> {
                // The domain's 404s are problem documents already; the router's is plain text.
                if (!Problems.MEDIA_TYPE.equals(ctx.res().getContentType())) {
                    Problems.writeStatus(ctx, 404, "no such route: " + ctx.method() + " " + ctx.path());
                }
            });
            config.routes.error(405, ctx -> Problems.writeStatus(ctx, 405, "method not allowed: " + ctx.method()));
        });
    }

    private void authenticate(Context ctx) {
        if (ctx.method() == HandlerType.OPTIONS
                || PUBLIC_ROUTES.contains(ctx.method().name() + " " + ctx.path())) {
            return;
        }
        String token = bearerToken(ctx)
                .orElseThrow(() -> ApiProblem.unauthenticated("an Authorization: Bearer token is required"));
        Sessions.Session session = sessions.find(token)
                .orElseThrow(() -> ApiProblem.unauthenticated("the token is unknown, expired or revoked"));
        ctx.attribute(Requests.ACTOR, session.user());
        ctx.attribute(Requests.TOKEN, token);
    }

    // Browsers' EventSource cannot set headers: the alert stream also takes the token as a
    // query parameter.
    private static Optional<String> bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(header.substring(7).strip()).filter(t -> !t.isEmpty());
        }
        if (ctx.path().equals(BASE + "/alerts")) {
            return Optional.ofNullable(ctx.queryParam("access_token")).filter(t -> !t.isBlank());
        }
        return Optional.empty();
    }

    private static String openApiJson() {
        try (InputStream in = ApiServer.class.getResourceAsStream("/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is missing from the classpath");
            }
            JsonNode document = new YAMLMapper().readTree(in);
            return Json.write(document);
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.yaml cannot be read", e);
        }
    }

    /** Opens the port and serves. */
    public ApiServer start() {
        javalin.start();
        return this;
    }

    /** The port served on (the chosen one when the settings said 0). */
    public int port() {
        return javalin.port();
    }

    /**
     * The routes as registered, one {@code "METHOD /path/{param}"} each, sorted: what the OpenAPI
     * document must describe (tests compare the two).
     */
    public List<String> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .distinct()
                .sorted()
                .toList();
    }

    /** The sessions, so that tests and tools can see tokens expire. */
    public Sessions sessions() {
        return sessions;
    }

    /** The settings served with. */
    public ServerSettings settings() {
        return settings;
    }

    /** The services behind the API. */
    public UtmApplication application() {
        return application;
    }

    /**
     * Stops gracefully: refuses new requests, lets those in flight finish within the grace,
     * closes the alert streams. The application stays open; close it after.
     */
    public void stop() {
        application.alerts().disconnectAll();
        javalin.stop();
    }
}
