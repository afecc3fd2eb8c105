package kz.utm.persistence.jpa;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database's schema to the version this module expects, with Flyway: the migrations
 * in {@code db/migration/common} plus those of the database's own folder
 * ({@code db/migration/h2} or {@code db/migration/postgresql}), recorded in Flyway's
 * {@code flyway_schema_history} table.
 *
 * <p>Stateless and thread-safe; concurrent migrations of one database are serialized by
 * Flyway's lock on its history table.
 */
final class SchemaMigrations {

    /** The location of the migrations that every database runs. */
    static final String COMMON = "classpath:db/migration/common";

    private SchemaMigrations() {
    }

    /**
     * Applies the migrations the database has not had yet.
     *
     * @return how many were applied
     * @throws org.flywaydb.core.api.FlywayException if a migration fails (PostgreSQL rolls it back;
     *     H2 commits DDL statement by statement), if an applied migration was changed since, or if
     *     the schema holds tables but no Flyway history (Flyway does not adopt a schema it did not
     *     create)
     */
    static int migrate(DataSource dataSource, Database database) {
        MigrateResult result = flyway(dataSource, database).migrate();
        return result.migrationsExecuted;
    }

    /**
     * Checks that every migration has been applied.
     *
     * @throws IllegalStateException naming the first migration the database lacks
     */
    static void requireUpToDate(DataSource dataSource, Database database) {
        MigrationInfo[] pending = flyway(dataSource, database).info().pending();
        if (pending.length > 0) {
            throw new IllegalStateException("the database's schema lacks " + pending.length
                    + " of UTM Kit's migrations, the first being " + pending[0].getVersion() + " ("
                    + pending[0].getDescription() + "); run JpaStorage.migrate first");
        }
    }

    private static Flyway flyway(DataSource dataSource, Database database) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(COMMON, database.vendorMigrations())
                .load();
    }
}
