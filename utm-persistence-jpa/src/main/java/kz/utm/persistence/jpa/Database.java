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
    H2("h2") {
        @Override
        String jsonParameter(int position) {
            // Without FORMAT JSON, H2 would store the text as one JSON string.
            return "?" + position + " FORMAT JSON";
        }
    },

    /** PostgreSQL 14 or newer. */
    POSTGRESQL("postgresql") {
        @Override
        String jsonParameter(int position) {
            // PostgreSQL casts no character type to JSONB implicitly.
            return "CAST(?" + position + " AS JSONB)";
        }
    };

    private final String migrationFolder;

    Database(String migrationFolder) {
        this.migrationFolder = migrationFolder;
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
