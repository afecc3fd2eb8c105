package kz.utm.core.memory;

import kz.utm.core.UtmStorage;
import kz.utm.core.contract.TelemetryLogContract;

class InMemoryTelemetryLogTest extends TelemetryLogContract {

    @Override
    protected UtmStorage newStorage() {
        return new InMemoryStorage();
    }
}
