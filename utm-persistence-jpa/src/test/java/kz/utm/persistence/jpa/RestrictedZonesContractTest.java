package kz.utm.persistence.jpa;

import org.junit.jupiter.api.Nested;

import kz.utm.core.UtmStorage;
import kz.utm.core.contract.RestrictedZonesContract;

/** utm-core's contract of the port, run against {@link JpaStorage} on H2 and on PostgreSQL. */
class RestrictedZonesContractTest {

    @Nested
    class OnH2 extends RestrictedZonesContract {
        @Override
        protected UtmStorage newStorage() {
            return TestDatabase.H2.cleanStorage();
        }
    }

    @Nested
    class OnPostgreSQL extends RestrictedZonesContract {
        @Override
        protected UtmStorage newStorage() {
            return TestDatabase.POSTGRESQL.cleanStorage();
        }
    }
}
