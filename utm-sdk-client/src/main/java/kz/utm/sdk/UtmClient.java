package kz.utm.sdk;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

import kz.utm.sdk.internal.Json;
import kz.utm.sdk.internal.Session;
import kz.utm.sdk.internal.Transport;

/**
 * The client of a UTM Kit service's API ({@code /api/v1}), in resource groups:
 * {@link #auth()}, {@link #users()}, {@link #organizations()}, {@link #drones()},
 * {@link #flightPlans()}, {@link #telemetry()}, {@link #zones()}, {@link #map()} and {@link #alerts()}.
 *
 * <pre>{@code
 * UtmClient utm = UtmClient.builder()
 *         .baseUrl("https://utm.example.kz")
 *         .credentials("pilot@example.kz", password)
 *         .build();
 * Drone drone = utm.drones().register(RegisterDrone.own("DJI", "Mini 4 Pro", "SN-000123"));
 * }</pre>
 *
 * <p><b>Thread-safety.</b> Immutable and thread-safe: build one client and share it; every
 * call may be made from any thread at once. All calls go through one {@link HttpClient}, so
 * connections are pooled. With credentials the client signs in on its first call, again shortly
 * before its token expires, and once more when the server refuses a token with 401; threads that
 * need a token at the same time wait for one sign-in.
 *
 * <p><b>Errors.</b> Calls block until answered and throw the unchecked exceptions of
 * {@link kz.utm.sdk.error} for anything but a 2xx answer; retries happen inside a call, as the
 * {@link RetryPolicy} says. Arguments are checked before anything is sent.
 *
 * <p><b>Resources.</b> The client holds no resources of its own beyond its {@link HttpClient}:
 * the JDK's client (Java 17) has no {@code close}, and releases its threads and connections once
 * unreachable, so this class is not {@link AutoCloseable}. Give the builder your own
 * {@link HttpClient} or {@link Executor} to manage their lifetime yourself.
 */
public final class UtmClient {

    /** The path of the API under the service's base URL. */
    public static final String API_PATH = "/api/v1";

    private final URI baseUrl;
    private final Transport transport;
    private final Auth auth;
    private final Users users;
    private final Organizations organizations;
    private final Drones drones;
    private final FlightPlans flightPlans;
    private final Telemetry telemetry;
    private final Zones zones;
    private final LiveMap map;
    private final Alerts alerts;

    private UtmClient(URI baseUrl, Transport transport) {
        this.baseUrl = baseUrl;
        this.transport = transport;
        this.auth = new Auth(transport);
        this.users = new Users(transport);
        this.organizations = new Organizations(transport);
        this.drones = new Drones(transport);
        this.flightPlans = new FlightPlans(transport);
        this.telemetry = new Telemetry(transport);
        this.zones = new Zones(transport);
        this.map = new LiveMap(transport);
        this.alerts = new Alerts(transport);
    }

    /** A builder with the defaults: no credentials, 10 s to connect, 30 s per request, {@link RetryPolicy#defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The service's base URL, as given to the builder (without a trailing slash). */
    public URI baseUrl() {
        return baseUrl;
    }

    /** Signing in and out. */
    public Auth auth() {
        return auth;
    }

    /** Users. */
    public Users users() {
        return users;
    }

    /** Organizations. */
    public Organizations organizations() {
        return organizations;
    }

    /** Drones and their pilots. */
    public Drones drones() {
        return drones;
    }

    /** Flight plans through the approval workflow. */
    public FlightPlans flightPlans() {
        return flightPlans;
    }

    /** Telemetry batches and history. */
    public Telemetry telemetry() {
        return telemetry;
    }

    /** Restricted zones. */
    public Zones zones() {
        return zones;
    }

    /** The live map's data. */
    public LiveMap map() {
        return map;
    }

    /** The live alert stream. */
    public Alerts alerts() {
        return alerts;
    }

    /**
     * The transport every call goes through, for the SDK's own higher-level parts (the
     * telemetry streamer, the alert stream). Not part of the API: its type may change.
     */
    public Transport transport() {
        return transport;
    }

    /**
     * Collects a client's settings; {@link #build()} checks them all and names every problem at
     * once. Not thread-safe: build on one thread. Setters refuse {@code null} with a
     * {@link NullPointerException} naming the parameter.
     */
    public static final class Builder {

        private String baseUrl;
        private String email;
        private String password;
        private String token;
        private Duration connectTimeout;
        private Duration requestTimeout = Duration.ofSeconds(30);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Executor executor;
        private HttpClient httpClient;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.THREAD;
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

        private Builder() {
        }

        /** The service's base URL, such as {@code https://utm.example.kz}; the client adds {@code /api/v1}. */
        public Builder baseUrl(String url) {
            this.baseUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /** As {@link #baseUrl(String)}. */
        public Builder baseUrl(URI url) {
            return baseUrl(Objects.requireNonNull(url, "url").toString());
        }

        /** Signs in with these, lazily and again when the token expires or is refused. Excludes {@link #bearerToken}. */
        public Builder credentials(String email, String password) {
            this.email = Objects.requireNonNull(email, "email");
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /** Sends this token on every call; a 401 is final. Excludes {@link #credentials}. */
        public Builder bearerToken(String token) {
            this.token = Objects.requireNonNull(token, "token");
            return this;
        }

        /** How long connecting may take: 10 s by default. Not with {@link #httpClient}. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** How long one attempt may wait for its answer: 30 s by default. */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** When to retry: {@link RetryPolicy#defaults()} by default, {@link RetryPolicy#none()} never. */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** The executor of the HTTP client's asynchronous work. Not with {@link #httpClient}. */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * An HTTP client of your own (proxy, TLS, authenticator); the client then uses its
         * connect timeout and executor. The default speaks HTTP/1.1 and follows no redirects.
         */
        public Builder httpClient(HttpClient client) {
            this.httpClient = Objects.requireNonNull(client, "client");
            return this;
        }

        /** The clock that token expiry and Retry-After dates are read against: the system's by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How to wait between attempts: the calling thread sleeps by default. Tests record the waits instead. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** Numbers in [0, 1) for the backoff's jitter, called from any thread: uniform random by default. */
        public Builder jitterSource(DoubleSupplier random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * The client.
         *
         * @throws IllegalStateException naming every problem with the settings at once
         */
        public UtmClient build() {
            List<String> problems = new ArrayList<>();
            Optional<URI> base = checkBaseUrl(problems);
            if (email != null && token != null) {
                problems.add("credentials and bearerToken exclude each other: give one");
            }
            if (token != null && (token.isBlank() || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f))) {
                problems.add("bearerToken must be visible ASCII characters, not blank");
            }
            if (email != null && email.isBlank()) {
                problems.add("credentials need an e-mail address, not blank");
            }
            if (connectTimeout != null && (connectTimeout.isNegative() || connectTimeout.isZero())) {
                problems.add("connectTimeout must be positive, got " + connectTimeout);
            }
            if (requestTimeout.isNegative() || requestTimeout.isZero()) {
                problems.add("requestTimeout must be positive, got " + requestTimeout);
            }
            if (httpClient != null && connectTimeout != null) {
                problems.add("connectTimeout is the given httpClient's own: set it there");
            }
            if (httpClient != null && executor != null) {
                problems.add("executor is the given httpClient's own: set it there");
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the client cannot be built: " + String.join("; ", problems));
            }
            Session session = token != null ? Session.token(token)
                    : email != null ? Session.credentials(email, password, clock) : Session.anonymous();
            URI root = URI.create(base.orElseThrow() + API_PATH);
            Transport transport = new Transport(root, httpClient != null ? httpClient : defaultHttpClient(),
                    Json.mapper(), retryPolicy, sleeper, clock, random, requestTimeout, session);
            return new UtmClient(base.orElseThrow(), transport);
        }

        private Optional<URI> checkBaseUrl(List<String> problems) {
            if (baseUrl == null) {
                problems.add("baseUrl is required");
                return Optional.empty();
            }
            URI uri;
            try {
                uri = new URI(baseUrl.strip());
            } catch (java.net.URISyntaxException e) {
                problems.add("baseUrl is not a URL: " + e.getMessage());
                return Optional.empty();
            }
            int before = problems.size();
            if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http")
                    || uri.getScheme().equalsIgnoreCase("https"))) {
                problems.add("baseUrl must be an http or https URL, got " + baseUrl);
            }
            if (uri.getHost() == null) {
                problems.add("baseUrl must name a host, got " + baseUrl);
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                problems.add("baseUrl must have no query or fragment, got " + baseUrl);
            }
            if (uri.getRawUserInfo() != null) {
                problems.add("baseUrl must carry no user info: use credentials(), got " + baseUrl);
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            String text = uri.toString();
            while (text.endsWith("/")) {
                text = text.substring(0, text.length() - 1);
            }
            return Optional.of(URI.create(text));
        }

        private HttpClient defaultHttpClient() {
            HttpClient.Builder client = HttpClient.newBuilder()
                    // HTTP/1.1: a cleartext HTTP/2 upgrade attempt gains nothing against a plain service.
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(connectTimeout != null ? connectTimeout : Duration.ofSeconds(10));
            if (executor != null) {
                client.executor(executor);
            }
            return client.build();
        }
    }
}
