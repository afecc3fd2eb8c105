package kz.utm.persistence.jpa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The two databases the tests run against, each started once per test JVM, migrated, and shared
 * by every test: an H2 database in memory and an embedded PostgreSQL (the real server's
 * binaries, from Maven Central). {@link #cleanStorage()} empties every table and restarts every
 * sequence, so each test starts from an empty schema in milliseconds.
 *
 * <p>Thread-safe: each database starts once, on first use. They stop when the JVM exits.
 */
enum TestDatabase {

    H2 {
        @Override
        HikariDataSource start() {
            return pool("jdbc:h2:mem:utm-kit-tests;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "sa");
        }
    },

    POSTGRESQL {
        @Override
        HikariDataSource start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                HikariDataSource pool = pool(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    pool.close();
                    try {
                        server.close();
                    } catch (IOException e) {
                        // The JVM is exiting; the server's directory is temporary anyway.
                    }
                }, "embedded-postgres-stop"));
                return pool;
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
    };

    /** Tables in an order that deletes children before parents. */
    private static final List<String> TABLES = List.of("telemetry_logs", "waypoints", "flight_plans",
            "user_drone_assignments", "restricted_zones", "drones", "users", "organizations");

    private static final List<String> SEQUENCES = List.of("organizations_id_seq", "users_id_seq", "drones_id_seq",
            "flight_plans_id_seq", "waypoints_id_seq", "telemetry_logs_id_seq", "restricted_zones_id_seq");

    private volatile HikariDataSource dataSource;
    private volatile JpaStorage storage;

    abstract HikariDataSource start();

    /** The database's pool: started and migrated on first use. */
    DataSource dataSource() {
        ensureStarted();
        return dataSource;
    }

    /** The database's JDBC URL, for the user {@link #user()}. */
    String jdbcUrl() {
        ensureStarted();
        return dataSource.getJdbcUrl();
    }

    /** The database user of {@link #jdbcUrl()}, whose password is the same word. */
    String user() {
        ensureStarted();
        return dataSource.getUsername();
    }

    /** The storage over the database, shared by every test: opened on first use. */
    JpaStorage storage() {
        ensureStarted();
        return storage;
    }

    /** The shared storage, every table emptied and every sequence restarted. */
    JpaStorage cleanStorage() {
        ensureStarted();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // drones <-> telemetry_logs and organizations <-> users refer to each other.
            statement.addBatch("UPDATE drones SET last_telemetry_id = NULL");
            statement.addBatch("UPDATE organizations SET admin_id = NULL");
            for (String table : TABLES) {
                statement.addBatch("DELETE FROM " + table);
            }
            for (String sequence : SEQUENCES) {
                statement.addBatch("ALTER SEQUENCE " + sequence + " RESTART WITH 1");
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cleaning " + this + " failed", e);
        }
        return storage;
    }

    private synchronized void ensureStarted() {
        if (storage == null) {
            HikariDataSource pool = start();
            JpaStorage opened = JpaStorage.migrateAndOpen(pool);
            dataSource = pool;
            storage = opened;
        }
    }

    static HikariDataSource pool(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        return new HikariDataSource(config);
    }
}
