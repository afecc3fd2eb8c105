package kz.utm.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.TelemetryId;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ZoneId;

class InMemoryStorageTest {

    @Test
    void everyTableHandsOutIdsCountingUpFromOne() {
        InMemoryStorage storage = new InMemoryStorage();

        assertThat(storage.users().nextId()).isEqualTo(UserId.of(1));
        assertThat(storage.users().nextId()).isEqualTo(UserId.of(2));
        assertThat(storage.organizations().nextId()).isEqualTo(OrganizationId.of(1));
        assertThat(storage.drones().nextId()).isEqualTo(DroneId.of(1));
        assertThat(storage.flightPlans().nextId()).isEqualTo(FlightPlanId.of(1));
        assertThat(storage.zones().nextId()).isEqualTo(ZoneId.of(1));
        assertThat(storage.telemetry().nextId()).isEqualTo(TelemetryId.of(1));
    }

    @Test
    void accessorsAlwaysReturnTheSameAdapters() {
        InMemoryStorage storage = new InMemoryStorage();

        assertThat(storage.users()).isSameAs(storage.users()).isInstanceOf(InMemoryUsers.class);
        assertThat(storage.organizations()).isSameAs(storage.organizations())
                .isInstanceOf(InMemoryOrganizations.class);
        assertThat(storage.drones()).isSameAs(storage.drones()).isInstanceOf(InMemoryDrones.class);
        assertThat(storage.assignments()).isSameAs(storage.assignments())
                .isInstanceOf(InMemoryDroneAssignments.class);
        assertThat(storage.flightPlans()).isSameAs(storage.flightPlans()).isInstanceOf(InMemoryFlightPlans.class);
        assertThat(storage.zones()).isSameAs(storage.zones()).isInstanceOf(InMemoryRestrictedZones.class);
        assertThat(storage.telemetry()).isSameAs(storage.telemetry()).isInstanceOf(InMemoryTelemetryLog.class);
    }

    @Test
    void storesAreIndependent() {
        InMemoryStorage first = new InMemoryStorage();
        first.users().nextId();

        assertThat(new InMemoryStorage().users().nextId()).isEqualTo(UserId.of(1));
    }
}
