package kz.utm.persistence.jpa;

import static kz.utm.core.contract.Rows.minute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import jakarta.persistence.PersistenceException;

import kz.utm.core.common.ConflictException;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.TelemetryId;
import kz.utm.core.contract.Rows;
import kz.utm.core.drone.Drone;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.FlightPlanStatus;
import kz.utm.core.telemetry.TelemetryLog;
import kz.utm.core.telemetry.TelemetryPoint;

/**
 * {@link TelemetryLog#append} on a database, each way it writes: JDBC batches on H2, binary COPY
 * on PostgreSQL, and one {@code INSERT} over arrays on PostgreSQL when the driver is out of reach.
 * Every column comes back as written, and a batch is stored whole or not at all, however many
 * JDBC batches it takes and whatever row the database refuses.
 */
class TelemetryAppendTest {

    private static final Instant EVER = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant NEVER = Instant.parse("2100-01-01T00:00:00Z");
    private static final int POINTS = 2 * JpaStorage.JDBC_BATCH_SIZE + 50;

    private static List<TelemetryPoint> points(TelemetryLog log, DroneId drone, int count) {
        List<TelemetryId> ids = log.nextIds(count);
        List<TelemetryPoint> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            points.add(Rows.point(ids.get(i), drone, minute(0).plusSeconds(i)));
        }
        return points;
    }

    private static TelemetryPoint withHeading(TelemetryPoint point, double heading) {
        return new TelemetryPoint(point.id(), point.droneId(), point.flightPlanId(), point.timestamp(),
                point.position(), point.altitudeM(), point.speedMps(), OptionalDouble.of(heading),
                point.statusMessage(), point.createdAt(), point.updatedAt());
    }

    private static TelemetryPoint withTimes(TelemetryPoint point, Instant at) {
        return new TelemetryPoint(point.id(), point.droneId(), point.flightPlanId(), at, point.position(),
                point.altitudeM(), point.speedMps(), point.headingDegrees(), point.statusMessage(), at, at);
    }

    @Test
    void onH2ALargeBatchIsSentAsJdbcBatchesAndReadBackInOrder() {
        DroneId drone = Rows.insertSoloDrone(TestDatabase.H2.cleanStorage()).id();
        StatementCounter counter = new StatementCounter("telemetry_logs");
        try (JpaStorage counted = JpaStorage.open(counter.wrap(TestDatabase.H2.dataSource()))) {
            List<TelemetryPoint> points = points(counted.telemetry(), drone, POINTS);

            counted.telemetry().append(points);

            assertThat(counter.singles()).isZero();
            assertThat(counter.batches()).isEqualTo(3);
            assertThat(counter.batchedRows()).isEqualTo(POINTS);
            assertThat(counted.telemetry().findByDrone(drone, EVER, NEVER, 1_000)).containsExactlyElementsOf(points);
        }
    }

    @Test
    void onPostgreSqlABatchIsCopiedNotInserted() {
        DroneId drone = Rows.insertSoloDrone(TestDatabase.POSTGRESQL.cleanStorage()).id();
        StatementCounter counter = new StatementCounter("telemetry_logs");
        try (JpaStorage counted = JpaStorage.open(counter.wrap(TestDatabase.POSTGRESQL.dataSource()))) {
            List<TelemetryPoint> points = points(counted.telemetry(), drone, 10_000);

            counted.telemetry().append(points);

            assertThat(counter.singles()).as("INSERTs").isZero();
            assertThat(counter.batches()).as("JDBC batches").isZero();
            assertThat(counted.telemetry().findByDrone(drone, EVER, NEVER, 10_000)).containsExactlyElementsOf(points);
        }
    }

    @Test
    void onPostgreSqlWithTheDriverHiddenAWholeBatchIsOneInsert() {
        DroneId drone = Rows.insertSoloDrone(TestDatabase.POSTGRESQL.cleanStorage()).id();
        StatementCounter counter = new StatementCounter("telemetry_logs");
        try (JpaStorage counted = JpaStorage.open(counter.wrap(DriverHiding.wrap(TestDatabase.POSTGRESQL.dataSource())))) {
            List<TelemetryPoint> points = points(counted.telemetry(), drone, 10_000);

            counted.telemetry().append(points);

            assertThat(counter.singles()).isEqualTo(1);
            assertThat(counter.batches()).isZero();
            assertThat(counted.telemetry().findByDrone(drone, EVER, NEVER, 10_000)).containsExactlyElementsOf(points);
        }
    }

    @ParameterizedTest
    @EnumSource(TelemetryWay.class)
    void everyColumnIsReadBackAsWrittenNullsIncluded(TelemetryWay way) {
        JpaStorage storage = way.cleanStorage();
        Drone drone = Rows.insertSoloDrone(storage);
        FlightPlan plan = Rows.insertPlan(storage, drone, minute(0), minute(30), FlightPlanStatus.ACTIVE);
        TelemetryLog log = storage.telemetry();
        List<TelemetryId> ids = log.nextIds(4);
        List<TelemetryPoint> points = List.of(
                new TelemetryPoint(ids.get(0), drone.id(), Optional.of(plan.id()), minute(1),
                        GeoPoint.of(-89.999999, -179.999999), 0, OptionalDouble.of(0), OptionalDouble.of(0),
                        Optional.of("NFZ_ALERT \\ tab\there, \"quoted\", {braced}, comma, line\nbreak"),
                        minute(2), minute(3)),
                new TelemetryPoint(ids.get(1), drone.id(), Optional.empty(), minute(4),
                        GeoPoint.of(43.238949, 76.889709), 1.0e-7, OptionalDouble.of(1.0e9),
                        OptionalDouble.of(Math.nextDown(360.0)), Optional.of("NULL"), minute(4), minute(4)),
                new TelemetryPoint(ids.get(2), drone.id(), Optional.empty(), minute(5),
                        GeoPoint.of(90, 180), -12.5, OptionalDouble.empty(), OptionalDouble.empty(),
                        Optional.empty(), minute(5), minute(5)),
                new TelemetryPoint(ids.get(3), drone.id(), Optional.of(plan.id()), Instant.parse("1970-01-01T00:00:00Z"),
                        GeoPoint.of(51.128, 71.430), 250, OptionalDouble.of(3.5), OptionalDouble.of(90),
                        Optional.of("Қазақстан, Астана: ұшу 🚁 " + "ж".repeat(200)), minute(6), minute(6)));

        log.append(points);

        assertThat(log.findByDrone(drone.id(), Instant.parse("1960-01-01T00:00:00Z"), NEVER, 10))
                .containsExactly(points.get(3), points.get(0), points.get(1), points.get(2));
    }

    @ParameterizedTest
    @EnumSource(TelemetryWay.class)
    void timestampsAreKeptToTheMicrosecondRoundedHalfUp(TelemetryWay way) {
        JpaStorage storage = way.cleanStorage();
        DroneId drone = Rows.insertSoloDrone(storage).id();
        TelemetryLog log = storage.telemetry();
        Instant down = minute(1).plusNanos(123_456_499);
        Instant up = minute(2).plusNanos(123_456_500);
        List<TelemetryId> ids = log.nextIds(2);

        log.append(List.of(withTimes(Rows.point(ids.get(0), drone, down), down),
                withTimes(Rows.point(ids.get(1), drone, up), up)));

        Instant downStored = minute(1).plusNanos(123_456_000);
        Instant upStored = minute(2).plusNanos(123_457_000);
        assertThat(log.findByDrone(drone, EVER, NEVER, 10))
                .extracting(TelemetryPoint::timestamp, TelemetryPoint::createdAt, TelemetryPoint::updatedAt)
                .containsExactly(tuple(downStored, downStored, downStored), tuple(upStored, upStored, upStored));
    }

    @ParameterizedTest
    @EnumSource(TelemetryWay.class)
    void anAppendSeesWhatItsUnitOfWorkWroteBefore(TelemetryWay way) {
        JpaStorage storage = way.cleanStorage();
        TelemetryLog log = storage.telemetry();

        DroneId drone = storage.transactions().inTransaction(() -> {
            DroneId inserted = Rows.insertSoloDrone(storage).id();
            log.append(points(log, inserted, 3));
            return inserted;
        });

        assertThat(log.findByDrone(drone, EVER, NEVER, 10)).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(TelemetryWay.class)
    void aRefusedBatchRollsBackItsWholeUnitOfWork(TelemetryWay way) {
        JpaStorage storage = way.cleanStorage();
        TelemetryLog log = storage.telemetry();
        DroneId drone = Rows.insertSoloDrone(storage).id();
        TelemetryPoint stored = points(log, drone, 1).get(0);
        log.append(List.of(stored));

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            log.append(points(log, drone, 2));
            log.append(List.of(Rows.point(stored.id(), drone, minute(50))));
            return null;
        })).isInstanceOf(ConflictException.class);

        assertThat(log.findByDrone(drone, EVER, NEVER, 10)).containsExactly(stored);
    }

    @ParameterizedTest
    @EnumSource(TelemetryWay.class)
    void aBatchWithOneRowTheSchemaRefusesIsRefusedWhole(TelemetryWay way) {
        JpaStorage storage = way.cleanStorage();
        TelemetryLog log = storage.telemetry();
        DroneId drone = Rows.insertSoloDrone(storage).id();
        List<TelemetryPoint> points = points(log, drone, POINTS);
        // The record takes any heading; the schema's check wants [0, 360).
        points.set(POINTS - 10, withHeading(points.get(POINTS - 10), 400));

        assertThatThrownBy(() -> log.append(points)).isInstanceOf(PersistenceException.class)
                .hasMessageContaining("telemetry points");

        assertThat(log.findByDrone(drone, EVER, NEVER, 1_000)).isEmpty();
    }

    @Test
    void onPostgreSqlARefusedRowIsNamedByItsLineAndValues() {
        JpaStorage storage = TestDatabase.POSTGRESQL.cleanStorage();
        TelemetryLog log = storage.telemetry();
        DroneId drone = Rows.insertSoloDrone(storage).id();
        List<TelemetryPoint> points = points(log, drone, 5);
        TelemetryPoint bad = withHeading(points.get(3), 400);
        points.set(3, bad);

        assertThatThrownBy(() -> log.append(points)).isInstanceOf(PersistenceException.class)
                .hasMessageContaining("ck_telemetry_logs_heading_degrees")
                .hasMessageContaining("line 4")
                .hasMessageContaining("(" + bad.id().value() + ",");
    }

    @ParameterizedTest
    @EnumSource(TelemetryWay.class)
    void aStatusTooLongForItsColumnIsRefusedNotCut(TelemetryWay way) {
        JpaStorage storage = way.cleanStorage();
        TelemetryLog log = storage.telemetry();
        DroneId drone = Rows.insertSoloDrone(storage).id();
        TelemetryPoint point = points(log, drone, 1).get(0);
        TelemetryPoint tooLong = new TelemetryPoint(point.id(), drone, Optional.empty(), point.timestamp(),
                point.position(), point.altitudeM(), point.speedMps(), point.headingDegrees(),
                Optional.of("x".repeat(256)), point.createdAt(), point.updatedAt());

        assertThatThrownBy(() -> log.append(List.of(tooLong))).isInstanceOf(PersistenceException.class);

        assertThat(log.findByDrone(drone, EVER, NEVER, 10)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TelemetryWay.class)
    void aBatchWithAPointOfAnUnknownDroneIsRefusedWhole(TelemetryWay way) {
        JpaStorage storage = way.cleanStorage();
        TelemetryLog log = storage.telemetry();
        DroneId drone = Rows.insertSoloDrone(storage).id();
        List<TelemetryPoint> points = points(log, drone, 5);
        points.add(2, Rows.point(log.nextId(), DroneId.of(drone.value() + 1_000), minute(30)));

        assertThatThrownBy(() -> log.append(points)).isInstanceOf(PersistenceException.class);

        assertThat(log.findByDrone(drone, EVER, NEVER, 1_000)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TelemetryWay.class)
    void aBatchSpanningSeveralJdbcBatchesWithATakenIdInTheLastIsRefusedWhole(TelemetryWay way) {
        JpaStorage storage = way.cleanStorage();
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
