package kz.utm.persistence.jpa;

import java.sql.Connection;
import java.sql.SQLException;
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
    H2("h2", "FOR UPDATE") {
        @Override
        String jsonParameter(int position) {
            // Without FORMAT JSON, H2 would store the text as one JSON string.
            return "?" + position + " FORMAT JSON";
        }
    },

    /** PostgreSQL 14 or newer. */
    // FOR NO KEY UPDATE, as Hibernate's PESSIMISTIC_WRITE: it does not block the key-share locks
    // that inserts referring to the row take, so telemetry keeps flowing while a plan is written.
    POSTGRESQL("postgresql", "FOR NO KEY UPDATE") {
        @Override
        String jsonParameter(int position) {
            // PostgreSQL casts no character type to JSONB implicitly.
            return "CAST(?" + position + " AS JSONB)";
        }
    };

    private final String migrationFolder;
    private final String rowLock;

    Database(String migrationFolder, String rowLock) {
        this.migrationFolder = migrationFolder;
        this.rowLock = rowLock;
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

    /** Draws the next value of a sequence; both databases accept {@code nextval('name')}. */
    long nextValue(EntityManager em, String sequence) {
        Object value = em.createNativeQuery("SELECT nextval('" + sequence + "')").getSingleResult();
        return ((Number) value).longValue();
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
