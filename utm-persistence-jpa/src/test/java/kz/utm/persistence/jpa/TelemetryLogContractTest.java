package kz.utm.persistence.jpa;

import org.junit.jupiter.api.Nested;

import kz.utm.core.UtmStorage;
import kz.utm.core.contract.TelemetryLogContract;

/**
 * utm-core's contract of the port, run against {@link JpaStorage} on H2 and on PostgreSQL, with
 * COPY and without.
 */
class TelemetryLogContractTest {

    @Nested
    class OnH2 extends TelemetryLogContract {
        @Override
        protected UtmStorage newStorage() {
            return TestDatabase.H2.cleanStorage();
        }
    }

    @Nested
    class OnPostgreSQL extends TelemetryLogContract {
        @Override
        protected UtmStorage newStorage() {
            return TestDatabase.POSTGRESQL.cleanStorage();
        }
    }

    /** PostgreSQL behind connections that hide the driver: appends without COPY. */
    @Nested
    class OnPostgreSQLWithoutCopy extends TelemetryLogContract {
        @Override
        protected UtmStorage newStorage() {
            return DriverHiding.postgresqlStorage();
        }
    }
}
