package kz.utm.persistence.jpa;

import org.junit.jupiter.api.Nested;

import kz.utm.core.UtmStorage;
import kz.utm.core.contract.OrganizationsContract;

/** utm-core's contract of the port, run against {@link JpaStorage} on H2 and on PostgreSQL. */
class OrganizationsContractTest {

    @Nested
    class OnH2 extends OrganizationsContract {
        @Override
        protected UtmStorage newStorage() {
            return TestDatabase.H2.cleanStorage();
        }
    }

    @Nested
    class OnPostgreSQL extends OrganizationsContract {
        @Override
        protected UtmStorage newStorage() {
            return TestDatabase.POSTGRESQL.cleanStorage();
        }
    }
}
