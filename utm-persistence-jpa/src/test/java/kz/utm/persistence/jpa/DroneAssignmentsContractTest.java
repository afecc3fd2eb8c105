package kz.utm.persistence.jpa;

import org.junit.jupiter.api.Nested;

import kz.utm.core.UtmStorage;
import kz.utm.core.contract.DroneAssignmentsContract;

/** utm-core's contract of the port, run against {@link JpaStorage} on H2 and on PostgreSQL. */
class DroneAssignmentsContractTest {

    @Nested
    class OnH2 extends DroneAssignmentsContract {
        @Override
        protected UtmStorage newStorage() {
            return TestDatabase.H2.cleanStorage();
        }
    }

    @Nested
    class OnPostgreSQL extends DroneAssignmentsContract {
        @Override
        protected UtmStorage newStorage() {
            return TestDatabase.POSTGRESQL.cleanStorage();
        }
    }
}
