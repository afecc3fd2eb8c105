package kz.utm.persistence.jpa;

import java.util.function.Supplier;

/**
 * The ways a telemetry append reaches the tests' databases: JDBC batches on H2, binary COPY on
 * PostgreSQL, and one {@code INSERT} over arrays on PostgreSQL when the driver is out of reach.
 * For parameterized tests. Thread-safe.
 */
enum TelemetryWay {
    H2_JDBC_BATCHES(TestDatabase.H2::cleanStorage),
    POSTGRESQL_COPY(TestDatabase.POSTGRESQL::cleanStorage),
    POSTGRESQL_ARRAYS(DriverHiding::postgresqlStorage);

    private final Supplier<JpaStorage> storage;

    TelemetryWay(Supplier<JpaStorage> storage) {
        this.storage = storage;
    }

    /** A storage over the database, every table emptied. */
    JpaStorage cleanStorage() {
        return storage.get();
    }
}
