package kz.utm.core.memory;

import kz.utm.core.UtmStorage;
import kz.utm.core.contract.RestrictedZonesContract;

class InMemoryRestrictedZonesTest extends RestrictedZonesContract {

    @Override
    protected UtmStorage newStorage() {
        return new InMemoryStorage();
    }
}
