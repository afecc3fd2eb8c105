package kz.utm.persistence.jpa;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;

import kz.utm.core.UtmStorage;
import kz.utm.core.common.Transactions;
import kz.utm.core.drone.DroneAssignments;
import kz.utm.core.drone.Drones;
import kz.utm.core.flightplan.FlightPlans;
import kz.utm.core.organization.Organizations;
import kz.utm.core.telemetry.TelemetryLog;
import kz.utm.core.user.Users;
import kz.utm.core.zone.RestrictedZones;
import kz.utm.persistence.jpa.entity.AuditColumns;
import kz.utm.persistence.jpa.entity.DroneAssignmentEntity;
import kz.utm.persistence.jpa.entity.DroneEntity;
import kz.utm.persistence.jpa.entity.FlightPlanEntity;
import kz.utm.persistence.jpa.entity.OrganizationEntity;
import kz.utm.persistence.jpa.entity.RestrictedZoneEntity;
import kz.utm.persistence.jpa.entity.TelemetryLogEntity;
import kz.utm.persistence.jpa.entity.UserEntity;
import kz.utm.persistence.jpa.entity.WaypointEntity;

/**
 * UTM Kit's storage in a relational database through the Jakarta Persistence API: every
 * repository port of utm-core over the schema that this module's Flyway migrations create, on
 * H2 (the embedded default) or PostgreSQL.
 *
 * <pre>{@code
 * try (JpaStorage storage = JpaStorage.migrateAndOpen(dataSource)) {  // or inMemoryH2(), h2File(path)
 *     UtmCore utm = UtmCore.builder().storage(storage).build();
 *     ...
 * }
 * }</pre>
 *
 * <p><b>Units of work.</b> {@link #transactions()} runs a service command in one
 * {@code EntityManager} and one database transaction, bound to the calling thread; the
 * repositories use it, so that the command's reads and writes commit together or not at all. A
 * repository called outside a unit of work runs in a transaction of its own.
 *
 * <p><b>Errors.</b> The ports' errors as utm-core defines them: a taken unique value is a
 * {@link kz.utm.core.common.ConflictException} naming the domain field ({@code email},
 * {@code serialNumber}, ...), recognized by the name of the violated constraint; a stale version,
 * or a row lock that could not be had, a {@code CONCURRENT_UPDATE} conflict. A row the schema
 * refuses for any other reason (a foreign key to a missing row, a value out of a column's range:
 * a caller's bug, since the services check first) fails with the provider's
 * {@link PersistenceException}, and so does a database that cannot be reached. After any of
 * these inside a unit of work, the unit of work rolls back when the exception leaves it.
 *
 * <p><b>Provider.</b> The code uses the Jakarta Persistence API only and creates its
 * {@code EntityManagerFactory} without {@code persistence.xml}, from a
 * {@link PersistenceConfiguration}; Hibernate ORM is the provider it is tested with and the one
 * this module brings at run time. The properties it sets for Hibernate (JDBC batching) are
 * ignored by others.
 *
 * <p><b>Thread-safety.</b> Thread-safe: share one storage. {@link #close()} must not race with
 * calls in flight.
 */
public final class JpaStorage implements UtmStorage, AutoCloseable {

    /** How many inserted rows go to the database in one JDBC batch: telemetry points, mostly. */
    public static final int JDBC_BATCH_SIZE = 100;

    private final EntityManagerFactory factory;
    private final JpaTransactions transactions;
    private final AutoCloseable owned;
    private final Users users;
    private final Organizations organizations;
    private final Drones drones;
    private final DroneAssignments assignments;
    private final FlightPlans flightPlans;
    private final RestrictedZones zones;
    private final TelemetryLog telemetry;

    private JpaStorage(DataSource dataSource, Database database, AutoCloseable owned) {
        this.factory = entityManagerFactory(dataSource);
        this.transactions = new JpaTransactions(factory);
        this.owned = owned;
        this.users = new JpaUsers(transactions, database);
        this.organizations = new JpaOrganizations(transactions, database);
        this.drones = new JpaDrones(transactions, database);
        this.assignments = new JpaDroneAssignments(transactions, database);
        this.flightPlans = new JpaFlightPlans(transactions, database);
        this.zones = new JpaRestrictedZones(transactions, database);
        this.telemetry = new JpaTelemetryLog(transactions, database);
    }

    /**
     * Brings the database's schema up to date: applies, in order, the migrations it has not had
     * yet, recorded in Flyway's {@code flyway_schema_history} table. Safe to call on every
     * start, and from several processes at once.
     *
     * @param dataSource an H2 or PostgreSQL database whose schema is empty or was created by
     *     these migrations
     * @return how many migrations were applied
     * @throws NullPointerException if {@code dataSource} is null
     * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
     * @throws RuntimeException Flyway's exception if a migration fails (PostgreSQL rolls it back;
     *     H2 commits DDL as it goes), if an applied migration has changed since, or if the schema
     *     holds tables but no history
     */
    public static int migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return SchemaMigrations.migrate(dataSource, Database.of(dataSource));
    }

    /**
     * Opens the storage over a database whose schema is up to date (see {@link #migrate}). The
     * storage does not close the data source: its owner does, after {@link #close()}.
     *
     * @throws NullPointerException if {@code dataSource} is null
     * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
     * @throws IllegalStateException if the schema lacks a migration of this module
     * @throws PersistenceException if the database cannot be reached or no persistence provider
     *     is on the class path
     */
    public static JpaStorage open(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        Database database = Database.of(dataSource);
        SchemaMigrations.requireUpToDate(dataSource, database);
        return new JpaStorage(dataSource, database, () -> { });
    }

    /**
     * Migrates the database ({@link #migrate}) and opens the storage over it ({@link #open}). The
     * storage does not close the data source.
     *
     * @throws NullPointerException if {@code dataSource} is null
     * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
     * @throws RuntimeException as {@link #migrate} and {@link #open} do
     */
    public static JpaStorage migrateAndOpen(DataSource dataSource) {
        migrate(dataSource);
        return open(dataSource);
    }

    /**
     * Migrates and opens the database at a JDBC URL, through a connection pool (HikariCP) that
     * the storage owns and closes. PostgreSQL needs its driver ({@code org.postgresql:postgresql})
     * on the class path; H2's comes with this module.
     *
     * @param jdbcUrl {@code jdbc:postgresql://host/db} or {@code jdbc:h2:...}
     * @param user the database user
     * @param password the user's password
     * @throws NullPointerException if an argument is null
     * @throws RuntimeException as {@link #migrateAndOpen(DataSource)} does; the pool is closed
     */
    public static JpaStorage migrateAndOpen(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        HikariDataSource pool = pool(jdbcUrl, user, password);
        return ownedBy(pool, pool);
    }

    /**
     * A new, empty H2 database in memory, migrated and opened: for tests, demos and embedded use
     * whose data need not outlive the process. {@link #close()} drops it.
     *
     * @throws RuntimeException as {@link #migrateAndOpen(DataSource)} does
     */
    public static JpaStorage inMemoryH2() {
        // DB_CLOSE_DELAY=-1: the database lives while the storage does, even with no connection
        // open; close() shuts it down.
        HikariDataSource pool = pool("jdbc:h2:mem:utm-kit-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
        return ownedBy(pool, () -> {
            try {
                shutDown(pool);
            } finally {
                pool.close();
            }
        });
    }

    // SHUTDOWN closes the database under the connection, so handing it back may fail: that
    // failure says nothing.
    private static void shutDown(DataSource h2) throws SQLException {
        Connection connection = h2.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            if (!connection.isClosed()) {
                throw e;
            }
        } finally {
            try {
                connection.close();
            } catch (SQLException closedByShutdown) {
                // The pool discards the connection.
            }
        }
    }

    /**
     * The H2 database in a file, created if it does not exist, migrated and opened. H2 adds
     * {@code .mv.db} to the path; one process at a time may open it.
     *
     * @param file the database file, without H2's {@code .mv.db}
     * @throws NullPointerException if {@code file} is null
     * @throws IllegalArgumentException if the path holds a {@code ;}, which H2's URL would read
     *     as the start of its settings
     * @throws RuntimeException as {@link #migrateAndOpen(DataSource)} does
     */
    public static JpaStorage h2File(Path file) {
        String path = Objects.requireNonNull(file, "file").toAbsolutePath().toString();
        if (path.indexOf(';') >= 0) {
            throw new IllegalArgumentException("an H2 database path must not contain ';', was " + path);
        }
        HikariDataSource pool = pool("jdbc:h2:file:" + path + ";LOCK_TIMEOUT=10000", "sa", "");
        return ownedBy(pool, pool);
    }

    private static JpaStorage ownedBy(DataSource dataSource, AutoCloseable owned) {
        try {
            Database database = Database.of(dataSource);
            SchemaMigrations.migrate(dataSource, database);
            return new JpaStorage(dataSource, database, owned);
        } catch (RuntimeException | Error e) {
            closeQuietly(owned, e);
            throw e;
        }
    }

    private static HikariDataSource pool(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("utm-kit");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        return new HikariDataSource(config);
    }

    // Built from code, not from persistence.xml, against the Jakarta Persistence API only.
    private static EntityManagerFactory entityManagerFactory(DataSource dataSource) {
        PersistenceConfiguration configuration = new PersistenceConfiguration("utm-kit")
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .sharedCacheMode(SharedCacheMode.NONE)
                .validationMode(ValidationMode.NONE)
                .property("jakarta.persistence.nonJtaDataSource", dataSource)
                .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "none")
                // Hibernate ORM: insert in JDBC batches, and never cut a page from a fetch join in memory.
                .property("hibernate.jdbc.batch_size", String.valueOf(JDBC_BATCH_SIZE))
                .property("hibernate.order_inserts", "true")
                .property("hibernate.query.fail_on_pagination_over_collection_fetch", "true");
        for (Class<?> entity : List.of(UserEntity.class, OrganizationEntity.class, DroneEntity.class,
                DroneAssignmentEntity.class, FlightPlanEntity.class, WaypointEntity.class, TelemetryLogEntity.class,
                RestrictedZoneEntity.class, AuditColumns.class)) {
            configuration.managedClass(entity);
        }
        return configuration.createEntityManagerFactory();
    }

    /** The users. */
    @Override
    public Users users() {
        return users;
    }

    /** The organizations. */
    @Override
    public Organizations organizations() {
        return organizations;
    }

    /** The drones. */
    @Override
    public Drones drones() {
        return drones;
    }

    /** The pilots' drone assignments. */
    @Override
    public DroneAssignments assignments() {
        return assignments;
    }

    /** The flight plans with their waypoints. */
    @Override
    public FlightPlans flightPlans() {
        return flightPlans;
    }

    /** The restricted zones. */
    @Override
    public RestrictedZones zones() {
        return zones;
    }

    /** The telemetry points. */
    @Override
    public TelemetryLog telemetry() {
        return telemetry;
    }

    /** Units of work: one entity manager and one database transaction each, bound to the thread. */
    @Override
    public Transactions transactions() {
        return transactions;
    }

    /**
     * The factory behind the storage, for a consumer's own read-only queries over the entities
     * of {@code kz.utm.persistence.jpa.entity}. Writes belong to the ports.
     */
    public EntityManagerFactory entityManagerFactory() {
        return factory;
    }

    /**
     * Closes the entity manager factory and whatever the storage opened itself: the pool of a
     * URL, the in-memory database. A data source given to {@link #open} stays open. Idempotent.
     *
     * @throws PersistenceException if the pool or the database fails to close
     */
    @Override
    public void close() {
        if (!factory.isOpen()) {
            return;
        }
        try {
            factory.close();
        } finally {
            try {
                owned.close();
            } catch (SQLException e) {
                throw new PersistenceException("closing the database failed: " + e.getMessage(), e);
            } catch (Exception e) {
                throw new PersistenceException("closing the connection pool failed: " + e.getMessage(), e);
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
