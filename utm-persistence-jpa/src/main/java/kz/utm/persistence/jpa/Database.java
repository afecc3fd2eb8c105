package kz.utm.persistence.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * The databases the schema is written for, and the little SQL in which they differ.
 *
 * <p>Immutable and thread-safe.
 */
enum Database {

    /** H2 2.x: the embedded default. */
    H2("h2", "FOR UPDATE", "SYSTEM_RANGE") {
        @Override
        String jsonParameter(int position) {
            // Without FORMAT JSON, H2 would store the text as one JSON string.
            return "?" + position + " FORMAT JSON";
        }

        @Override
        TelemetryRows telemetryRows() {
            return new BatchedTelemetryRows(JpaStorage.JDBC_BATCH_SIZE);
        }
    },

    /** PostgreSQL 14 or newer. */
    // FOR NO KEY UPDATE, as Hibernate's PESSIMISTIC_WRITE: it does not block the key-share locks
    // that inserts referring to the row take, so telemetry keeps flowing while a plan is written.
    POSTGRESQL("postgresql", "FOR NO KEY UPDATE", "generate_series") {
        @Override
        String jsonParameter(int position) {
            // PostgreSQL casts no character type to JSONB implicitly.
            return "CAST(?" + position + " AS JSONB)";
        }

        // COPY when the driver's classes can be loaded; one INSERT over arrays, plain java.sql,
        // otherwise. Checked before CopyTelemetryRows is touched: linking it needs the driver.
        @Override
        TelemetryRows telemetryRows() {
            return visible("org.postgresql.PGConnection") ? new CopyTelemetryRows() : new ArrayTelemetryRows();
        }
    };

    private final String migrationFolder;
    private final String rowLock;
    private final String seriesFunction;

    Database(String migrationFolder, String rowLock, String seriesFunction) {
        this.migrationFolder = migrationFolder;
        this.rowLock = rowLock;
        this.seriesFunction = seriesFunction;
    }

    /** The clause that ends a {@code SELECT} to lock its rows for an update until the transaction ends. */
    String rowLock() {
        return rowLock;
    }

    /** The Flyway location of the migrations written for this database alone. */
    String vendorMigrations() {
        return "classpath:db/migration/" + migrationFolder;
    }

    /** A positional parameter of native SQL, converted to the type of a JSON column. */
    abstract String jsonParameter(int position);

    /** The fastest way this database takes a batch of {@code telemetry_logs} rows. */
    abstract TelemetryRows telemetryRows();

    /** Draws the next value of a sequence; both databases accept {@code nextval('name')}. */
    long nextValue(EntityManager em, String sequence) {
        Object value = em.createNativeQuery("SELECT nextval('" + sequence + "')").getSingleResult();
        return ((Number) value).longValue();
    }

    /**
     * Draws {@code count} values of a sequence in one statement, on the unit of work's JDBC
     * connection (a native query would cost a provider's result handling per value): both
     * databases advance a sequence once per row of a table function's rows. Sorted ascending,
     * since the order in which the rows are numbered is the database's.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    long[] nextValues(EntityManager em, String sequence, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        if (count == 0) {
            return new long[0];
        }
        String sql = "SELECT nextval('" + sequence + "') FROM " + seriesFunction + "(1, ?)";
        long[] values = JdbcWork.call(em, "reserving " + count + " values of " + sequence, connection -> {
            long[] drawn = new long[count];
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setInt(1, count);
                try (ResultSet result = select.executeQuery()) {
                    for (int i = 0; i < count; i++) {
                        if (!result.next()) {
                            throw new SQLException(sequence + " gave " + i + " values of " + count);
                        }
                        drawn[i] = result.getLong(1);
                    }
                }
            }
            return drawn;
        });
        Arrays.sort(values);
        return values;
    }

    // Whether this module's class loader can load a class, without initializing it.
    private static boolean visible(String className) {
        try {
            Class.forName(className, false, Database.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * The database behind a data source, from its JDBC metadata.
     *
     * @throws IllegalArgumentException if it is neither H2 nor PostgreSQL
     * @throws PersistenceException if no connection can be had
     */
    static Database of(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new PersistenceException("cannot connect to the database to identify it: " + e.getMessage(), e);
        }
        String name = product.toLowerCase(Locale.ROOT);
        if (name.equals("h2")) {
            return H2;
        }
        if (name.equals("postgresql")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("UTM Kit's schema is written for H2 and PostgreSQL, not " + product);
    }
}
