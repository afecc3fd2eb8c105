package kz.utm.persistence.jpa;

import static kz.utm.core.contract.Rows.minute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import jakarta.persistence.PersistenceException;

import kz.utm.core.common.ConflictException;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.contract.Rows;
import kz.utm.core.telemetry.TelemetryLog;
import kz.utm.core.telemetry.TelemetryPoint;

/**
 * {@link TelemetryLog#append} on a database: points go in JDBC batches, and a batch is stored
 * whole or not at all, however many JDBC batches it takes and whatever row the database
 * refuses.
 */
class TelemetryAppendTest {

    private static final Instant EVER = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant NEVER = Instant.parse("2100-01-01T00:00:00Z");
    private static final int POINTS = 2 * JpaStorage.JDBC_BATCH_SIZE + 50;

    private static List<TelemetryPoint> points(TelemetryLog log, DroneId drone, int count) {
        List<TelemetryPoint> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            points.add(Rows.point(log.nextId(), drone, minute(0).plusSeconds(i)));
        }
        return points;
    }

    private static TelemetryPoint withHeading(TelemetryPoint point, double heading) {
        return new TelemetryPoint(point.id(), point.droneId(), point.flightPlanId(), point.timestamp(),
                point.position(), point.altitudeM(), point.speedMps(), OptionalDouble.of(heading),
                point.statusMessage(), point.createdAt(), point.updatedAt());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLargeBatchIsSentAsJdbcBatchesAndReadBackInOrder(TestDatabase database) {
        DroneId drone = Rows.insertSoloDrone(database.cleanStorage()).id();
        StatementCounter counter = new StatementCounter("telemetry_logs");
        try (JpaStorage counted = JpaStorage.open(counter.wrap(database.dataSource()))) {
            List<TelemetryPoint> points = points(counted.telemetry(), drone, POINTS);

            counted.telemetry().append(points);

            assertThat(counter.singles()).isZero();
            assertThat(counter.batches()).isEqualTo(3);
            assertThat(counter.batchedRows()).isEqualTo(POINTS);
            assertThat(counted.telemetry().findByDrone(drone, EVER, NEVER, 1_000)).containsExactlyElementsOf(points);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBatchWithOneRowTheSchemaRefusesIsRefusedWhole(TestDatabase database) {
        JpaStorage storage = database.cleanStorage();
        TelemetryLog log = storage.telemetry();
        DroneId drone = Rows.insertSoloDrone(storage).id();
        List<TelemetryPoint> points = points(log, drone, POINTS);
        // The record takes any heading; the schema's check wants [0, 360).
        points.set(POINTS - 10, withHeading(points.get(POINTS - 10), 400));

        assertThatThrownBy(() -> log.append(points)).isInstanceOf(PersistenceException.class);

        assertThat(log.findByDrone(drone, EVER, NEVER, 1_000)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBatchWithAPointOfAnUnknownDroneIsRefusedWhole(TestDatabase database) {
        JpaStorage storage = database.cleanStorage();
        TelemetryLog log = storage.telemetry();
        DroneId drone = Rows.insertSoloDrone(storage).id();
        List<TelemetryPoint> points = points(log, drone, 5);
        points.add(2, Rows.point(log.nextId(), DroneId.of(drone.value() + 1_000), minute(30)));

        assertThatThrownBy(() -> log.append(points)).isInstanceOf(PersistenceException.class);

        assertThat(log.findByDrone(drone, EVER, NEVER, 1_000)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBatchSpanningSeveralJdbcBatchesWithATakenIdInTheLastIsRefusedWhole(TestDatabase database) {
        JpaStorage storage = database.cleanStorage();
        TelemetryLog log = storage.telemetry();
        DroneId drone = Rows.insertSoloDrone(storage).id();
        TelemetryPoint stored = Rows.point(log.nextId(), drone, minute(60));
        log.append(List.of(stored));
        List<TelemetryPoint> points = points(log, drone, POINTS);
        points.set(POINTS - 1, new TelemetryPoint(stored.id(), drone, Optional.empty(), minute(61),
                GeoPoint.of(43.0, 76.0), 10, OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(),
                minute(61), minute(61)));

        assertThatThrownBy(() -> log.append(points))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ConflictException.Kind.DUPLICATE);
                    assertThat(e.field()).contains("id");
                });

        assertThat(log.findByDrone(drone, EVER, NEVER, 1_000)).containsExactly(stored);
    }
}
