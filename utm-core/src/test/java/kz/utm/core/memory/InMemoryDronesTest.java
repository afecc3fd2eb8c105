package kz.utm.core.memory;

import kz.utm.core.UtmStorage;
import kz.utm.core.contract.DronesContract;

class InMemoryDronesTest extends DronesContract {

    @Override
    protected UtmStorage newStorage() {
        return new InMemoryStorage();
    }
}
