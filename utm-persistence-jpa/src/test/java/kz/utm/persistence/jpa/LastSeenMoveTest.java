package kz.utm.persistence.jpa;

import static kz.utm.core.contract.Rows.minute;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kz.utm.core.contract.Rows;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.DroneStatus;
import kz.utm.core.telemetry.TelemetryPoint;

/**
 * {@code Drones.moveLastSeenForward} inside a unit of work on a database: the plain write goes
 * around the persistence context, which must not hide it from the reads and writes that follow.
 */
class LastSeenMoveTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDroneReadBeforeTheMoveIsSeenMovedAfterItAndCanBeUpdatedAtItsNewVersion(TestDatabase database) {
        JpaStorage storage = database.cleanStorage();
        Drone drone = Rows.insertSoloDrone(storage);
        TelemetryPoint point = Rows.point(storage.telemetry().nextId(), drone.id(), minute(5));
        storage.telemetry().append(List.of(point));

        Drone updated = storage.transactions().inTransaction(() -> {
            assertThat(storage.drones().findById(drone.id())).contains(drone);
            assertThat(storage.drones().moveLastSeenForward(drone.id(), point.id(), point.timestamp(), minute(6)))
                    .isTrue();
            Drone moved = storage.drones().findById(drone.id()).orElseThrow();
            assertThat(moved.lastTelemetryId()).contains(point.id());
            assertThat(moved.version()).isEqualTo(drone.version() + 1);
            return storage.drones().update(moved.withStatus(DroneStatus.MAINTENANCE, minute(7)));
        });

        assertThat(storage.drones().findById(drone.id())).contains(updated);
        assertThat(updated.lastSeenAt()).contains(minute(5));
        assertThat(updated.version()).isEqualTo(drone.version() + 2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aMoveThatDoesNotHappenLeavesTheDroneAsItWas(TestDatabase database) {
        JpaStorage storage = database.cleanStorage();
        Drone drone = Rows.insertSoloDrone(storage);
        TelemetryPoint later = Rows.point(storage.telemetry().nextId(), drone.id(), minute(9));
        TelemetryPoint earlier = Rows.point(storage.telemetry().nextId(), drone.id(), minute(2));
        storage.telemetry().append(List.of(later, earlier));
        storage.drones().moveLastSeenForward(drone.id(), later.id(), later.timestamp(), minute(10));
        Drone moved = storage.drones().findById(drone.id()).orElseThrow();

        boolean movedBack = storage.transactions().inTransaction(() ->
                storage.drones().moveLastSeenForward(drone.id(), earlier.id(), earlier.timestamp(), minute(11)));

        assertThat(movedBack).isFalse();
        assertThat(storage.drones().findById(drone.id())).contains(moved);
    }
}
