package kz.utm.persistence.jpa;

import org.junit.jupiter.api.Nested;

import kz.utm.core.UtmStorage;
import kz.utm.core.contract.DronesContract;

/** utm-core's contract of the port, run against {@link JpaStorage} on H2 and on PostgreSQL. */
class DronesContractTest {

    @Nested
    class OnH2 extends DronesContract {
        @Override
        protected UtmStorage newStorage() {
            return TestDatabase.H2.cleanStorage();
        }
    }

    @Nested
    class OnPostgreSQL extends DronesContract {
        @Override
        protected UtmStorage newStorage() {
            return TestDatabase.POSTGRESQL.cleanStorage();
        }
    }
}
