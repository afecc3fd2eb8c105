package kz.utm.core.memory;

import kz.utm.core.UtmStorage;
import kz.utm.core.contract.OrganizationsContract;

class InMemoryOrganizationsTest extends OrganizationsContract {

    @Override
    protected UtmStorage newStorage() {
        return new InMemoryStorage();
    }
}
