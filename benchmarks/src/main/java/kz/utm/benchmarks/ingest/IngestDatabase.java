package kz.utm.benchmarks.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import kz.utm.core.UtmCore;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.UserId;
import kz.utm.core.drone.RegisterDrone;
import kz.utm.core.user.Argon2PasswordHasher;
import kz.utm.core.user.RegisterSoloPilot;
import kz.utm.persistence.jpa.JpaStorage;

/**
 * The database the ingest contenders share: an embedded PostgreSQL (the real server's binaries),
 * migrated with UTM Kit's own migrations, with one solo pilot and the drones the telemetry
 * belongs to, and the baselines' id sequence.
 *
 * <p>{@code synchronous_commit} is PostgreSQL's default, {@code on}, unless asked otherwise:
 * every commit waits for its WAL to reach the disk, as on a production server (the embedded
 * server's own default is {@code off}, a test convenience).
 *
 * <p>Not thread-safe: set up, used and closed by one benchmark trial.
 */
public final class IngestDatabase implements AutoCloseable {

    /** The baselines' sequence: incremented by their allocation size, far above UTM Kit's ids. */
    public static final String BASELINE_SEQUENCE = "baseline_telemetry_logs_id_seq";

    private final EmbeddedPostgres server;
    private final HikariDataSource pool;
    private final JpaStorage storage;
    private final UtmCore utm;
    private final UserId pilot;
    private final List<DroneId> drones;

    private IngestDatabase(EmbeddedPostgres server, HikariDataSource pool, int drones) {
        this.server = server;
        this.pool = pool;
        this.storage = JpaStorage.migrateAndOpen(pool);
        execute("CREATE SEQUENCE " + BASELINE_SEQUENCE + " AS BIGINT START WITH 1000000000000 INCREMENT BY "
                + BaselineTelemetryRow.ALLOCATION);
        // Registering the pilot is set-up, not measured: a cheap hash will do.
        this.utm = UtmCore.builder().storage(storage).clock(Clock.systemUTC())
                .passwordHasher(Argon2PasswordHasher.withCost(8, 1, 1)).build();
        this.pilot = utm.users().registerSoloPilot(new RegisterSoloPilot("Ingest Benchmark", "ingest@example.kz",
                Optional.empty(), Optional.empty(), "a long enough passphrase")).id();
        List<DroneId> registered = new ArrayList<>(drones);
        for (int i = 0; i < drones; i++) {
            registered.add(utm.drones().register(pilot, new RegisterDrone("DJI", "Matrice 350",
                    String.format("SN-INGEST-%04d", i), Optional.empty())).id());
        }
        this.drones = List.copyOf(registered);
    }

    /**
     * Starts the server, migrates it and seeds {@code drones} drones.
     *
     * @param synchronousCommit PostgreSQL's {@code synchronous_commit}: {@code on} or {@code off}
     * @throws UncheckedIOException if the server does not start
     */
    public static IngestDatabase start(String synchronousCommit, int drones) {
        Objects.requireNonNull(synchronousCommit, "synchronousCommit");
        EmbeddedPostgres server;
        try {
            server = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", synchronousCommit).start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(4);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            return new IngestDatabase(server, pool, drones);
        } catch (RuntimeException e) {
            pool.close();
            closeQuietly(server, e);
            throw e;
        }
    }

    /** The pool over the server. */
    public DataSource dataSource() {
        return pool;
    }

    /** UTM Kit's storage over it. */
    public JpaStorage storage() {
        return storage;
    }

    /** UTM Kit over the storage, on the system clock, with no conformance monitor. */
    public UtmCore utm() {
        return utm;
    }

    /** The solo pilot who owns every drone. */
    public UserId pilot() {
        return pilot;
    }

    /** The drone of data set index {@code i}. */
    public DroneId drone(int i) {
        return drones.get(i);
    }

    /**
     * Empties {@code telemetry_logs}, so that the table does not grow from iteration to
     * iteration, and forgets the drones' last points. PostgreSQL truncates no table that a
     * foreign key refers to, so the key from {@code drones} is dropped and added back, the
     * same key as the migration's.
     */
    public void reset() {
        execute("UPDATE drones SET last_telemetry_id = NULL, last_seen_at = NULL",
                "ALTER TABLE drones DROP CONSTRAINT fk_drones_last_telemetry_id",
                "TRUNCATE telemetry_logs",
                "ALTER TABLE drones ADD CONSTRAINT fk_drones_last_telemetry_id"
                        + " FOREIGN KEY (last_telemetry_id) REFERENCES telemetry_logs (id)");
    }

    /** How many rows {@code telemetry_logs} holds. */
    public long rows() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
                var result = statement.executeQuery("SELECT count(*) FROM telemetry_logs")) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("counting rows failed", e);
        }
    }

    // In one transaction, so that a failure leaves the schema as it was.
    private void execute(String... statements) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the benchmark database refused: " + e.getMessage(), e);
        }
    }

    /** Closes the storage, the pool and the server. */
    @Override
    public void close() {
        try {
            storage.close();
        } finally {
            pool.close();
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not stop", e);
            }
        }
    }

    private static void closeQuietly(AutoCloseable resource, Throwable cause) {
        try {
            resource.close();
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }
}
