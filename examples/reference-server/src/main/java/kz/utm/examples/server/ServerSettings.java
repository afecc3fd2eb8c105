package kz.utm.examples.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the reference server is told at start: where to listen, which database, who the first
 * authority admin is, and the limits it enforces. Every setting has a default, so the server
 * starts with no configuration at all (in-memory H2, port 8080 on loopback).
 *
 * <p>Settings are read from a flat map of keys such as {@code utm.port}: system properties,
 * then environment variables ({@code UTM_PORT} for {@code utm.port}), then {@code --utm.port=...}
 * arguments, later sources winning. See the module's README for the full list.
 *
 * @param host the interface to listen on
 * @param port the port; 0 picks a free one
 * @param databaseUrl a JDBC URL (H2 or PostgreSQL); empty for an in-memory H2 database
 * @param databaseUser the database user, for a URL
 * @param databasePassword the database password, for a URL
 * @param adminEmail the e-mail of the first authority admin, created when the database has none
 * @param adminPassword that admin's password; empty to generate one and print it once
 * @param tokenLifetime how long a bearer token from a sign-in stays valid
 * @param maxFailedLogins failed sign-ins allowed per e-mail (and per client address) in
 *     {@code loginWindow} before further attempts are refused with 429
 * @param loginWindow the window of the sign-in limit
 * @param maxRequestBytes the largest request body accepted; larger ones get 413
 * @param maxTelemetryBatch the most points one telemetry batch may carry
 * @param tileUrl a map tile URL template for the map page, such as
 *     {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}; empty for no tiles (no internet)
 * @param shutdownGrace how long a stop waits for requests in flight
 */
public record ServerSettings(String host, int port, Optional<String> databaseUrl, String databaseUser,
        String databasePassword, String adminEmail, Optional<String> adminPassword, Duration tokenLifetime,
        int maxFailedLogins, Duration loginWindow, long maxRequestBytes, int maxTelemetryBatch,
        Optional<String> tileUrl, Duration shutdownGrace) {

    /** Settings with every default: loopback:8080, in-memory H2, generated admin password. */
    public static ServerSettings defaults() {
        return from(Map.of());
    }

    /** @throws IllegalArgumentException naming every setting that cannot be read */
    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(databaseUrl, "databaseUrl");
        Objects.requireNonNull(databaseUser, "databaseUser");
        Objects.requireNonNull(databasePassword, "databasePassword");
        Objects.requireNonNull(adminEmail, "adminEmail");
        Objects.requireNonNull(adminPassword, "adminPassword");
        Objects.requireNonNull(tokenLifetime, "tokenLifetime");
        Objects.requireNonNull(loginWindow, "loginWindow");
        Objects.requireNonNull(tileUrl, "tileUrl");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        List<String> problems = new ArrayList<>();
        if (port < 0 || port > 65_535) {
            problems.add("utm.port must be in [0, 65535], was " + port);
        }
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            problems.add("utm.token-lifetime must be positive, was " + tokenLifetime);
        }
        if (maxFailedLogins < 1) {
            problems.add("utm.login.max-failures must be at least 1, was " + maxFailedLogins);
        }
        if (maxRequestBytes < 1024) {
            problems.add("utm.max-request-bytes must be at least 1024, was " + maxRequestBytes);
        }
        if (maxTelemetryBatch < 1 || maxTelemetryBatch > 10_000) {
            problems.add("utm.telemetry.max-batch must be in [1, 10000], was " + maxTelemetryBatch);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /**
     * Reads settings from keys such as {@code utm.port}; absent keys take their default.
     *
     * @throws IllegalArgumentException naming every value that cannot be read
     */
    public static ServerSettings from(Map<String, String> values) {
        Reader read = new Reader(values);
        ServerSettings settings;
        try {
            settings = new ServerSettings(
                    read.value("utm.host", "127.0.0.1", Function.identity()),
                    read.value("utm.port", 8080, Integer::parseInt),
                    read.optional("utm.db.url"),
                    read.value("utm.db.user", "", Function.identity()),
                    read.value("utm.db.password", "", Function.identity()),
                    read.value("utm.admin.email", "admin@utm.local", Function.identity()),
                    read.optional("utm.admin.password"),
                    read.value("utm.token-lifetime", Duration.ofHours(1), Duration::parse),
                    read.value("utm.login.max-failures", 5, Integer::parseInt),
                    read.value("utm.login.window", Duration.ofMinutes(15), Duration::parse),
                    read.value("utm.max-request-bytes", 4L * 1024 * 1024, Long::parseLong),
                    read.value("utm.telemetry.max-batch", 1_000, Integer::parseInt),
                    read.optional("utm.map.tile-url"),
                    read.value("utm.shutdown-grace", Duration.ofSeconds(10), Duration::parse));
        } catch (IllegalArgumentException outOfRange) {
            // Unreadable values took their defaults; name them along with the values out of range.
            read.problems.add(outOfRange.getMessage());
            settings = null;
        }
        read.failIfAnyProblem();
        return settings;
    }

    /**
     * The settings of this process: system properties, environment variables and
     * {@code --key=value} arguments, later ones winning.
     */
    public static ServerSettings fromEnvironment(String[] args) {
        Map<String, String> values = new java.util.HashMap<>();
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("utm."))
                .forEach(k -> values.put(k, System.getProperty(k)));
        System.getenv().forEach((k, v) -> {
            if (k.startsWith("UTM_")) {
                values.put(k.toLowerCase(java.util.Locale.ROOT).replace('_', '.'), v);
            }
        });
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("arguments are --utm.key=value, was " + arg);
            }
            values.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return from(values);
    }

    /** A copy listening on another port. */
    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, databaseUrl, databaseUser, databasePassword, adminEmail,
                adminPassword, tokenLifetime, maxFailedLogins, loginWindow, maxRequestBytes, maxTelemetryBatch,
                tileUrl, shutdownGrace);
    }

    @Override
    public String toString() {
        return "ServerSettings[" + host + ":" + port + ", db=" + databaseUrl.orElse("in-memory H2") + ", admin="
                + adminEmail + "]";
    }

    private static final class Reader {
        private final Map<String, String> values;
        private final List<String> problems = new ArrayList<>();

        Reader(Map<String, String> values) {
            this.values = values;
        }

        <T> T value(String key, T fallback, Function<String, T> parse) {
            String raw = values.get(key);
            if (raw == null || raw.isBlank()) {
                return fallback;
            }
            try {
                return parse.apply(raw.strip());
            } catch (RuntimeException e) {
                problems.add(key + " cannot be read from '" + raw + "': " + e.getMessage());
                return fallback;
            }
        }

        Optional<String> optional(String key) {
            return Optional.ofNullable(values.get(key)).map(String::strip).filter(v -> !v.isEmpty());
        }

        void failIfAnyProblem() {
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", problems));
            }
        }
    }
}
