package kz.utm.core.memory;

import kz.utm.core.UtmStorage;
import kz.utm.core.contract.DroneAssignmentsContract;

class InMemoryDroneAssignmentsTest extends DroneAssignmentsContract {

    @Override
    protected UtmStorage newStorage() {
        return new InMemoryStorage();
    }
}
