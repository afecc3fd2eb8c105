package kz.utm.benchmarks.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.utm.core.telemetry.TelemetryInput;

/**
 * The ingest benchmark's contenders store the same rows: what {@link TelemetryIngestBenchmark}
 * compares is the same work. On the embedded PostgreSQL, one batch each (the first 100 rows of it
 * for one entity per transaction, either way its ids are drawn), read back without the ids and stamps that each contender sets
 * itself.
 */
class IngestContendersTest {

    private static final int DRONES = 3;
    private static IngestDatabase database;
    private static IngestData data;

    /** A stored row without its id and stamps. */
    private record Row(int drone, Instant timestamp, double latitude, double longitude, double altitude,
            Double speed, Double heading, String status) {
    }

    @BeforeAll
    static void startDatabase() {
        database = IngestDatabase.start("off", DRONES);
        data = IngestData.generate(DRONES, Instant.now());
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    private static List<Row> expected(IngestData.Batch batch, int rows) {
        int drone = database.drone(batch.drone()).value();
        List<Row> expected = new ArrayList<>();
        for (TelemetryInput point : batch.points().subList(0, rows)) {
            expected.add(new Row(drone, point.timestamp(), point.latitude(), point.longitude(), point.altitudeM(),
                    point.speedMps().orElse(null), point.headingDegrees().orElse(null),
                    point.statusMessage().orElse(null)));
        }
        return expected;
    }

    private static List<Row> stored() {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT drone_id, timestamp, latitude, longitude, altitude_m,"
                        + " speed_mps, heading_degrees, status_message, flight_plan_id FROM telemetry_logs"
                        + " ORDER BY timestamp, id")) {
            while (result.next()) {
                assertThat(result.getObject("flight_plan_id")).isNull();
                rows.add(new Row(result.getInt(1), result.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                        result.getDouble(3), result.getDouble(4), result.getDouble(5),
                        result.getObject(6, Double.class), result.getObject(7, Double.class), result.getString(8)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    @Test
    void everyContenderStoresTheSameRows() {
        IngestData.Batch batch = data.batch(1);
        UtmKitIngest utmKit = new UtmKitIngest(database);
        List<List<Row>> stored = new ArrayList<>();

        database.reset();
        assertThat(utmKit.storeOnly(batch, Instant.now())).isEqualTo(IngestData.BATCH);
        stored.add(stored());
        database.reset();
        assertThat(utmKit.report(batch)).isEqualTo(IngestData.BATCH);
        stored.add(stored());
        try (HibernateIngest hibernate = new HibernateIngest(database)) {
            database.reset();
            assertThat(hibernate.batched(database.drone(batch.drone()).value(), batch.points(), Instant.now()))
                    .isEqualTo(IngestData.BATCH);
            stored.add(stored());
            database.reset();
            for (int r = 0; r < 100; r++) {
                hibernate.perTransaction(database.drone(data.droneOfRow(IngestData.BATCH + r)).value(),
                        data.row(IngestData.BATCH + r), Instant.now());
            }
            assertThat(stored()).containsExactlyElementsOf(expected(batch, 100));
            database.reset();
            for (int r = 0; r < 100; r++) {
                hibernate.perTransactionOnTheSchemasSequence(database.drone(data.droneOfRow(IngestData.BATCH + r)).value(),
                        data.row(IngestData.BATCH + r), Instant.now());
            }
            assertThat(stored()).containsExactlyElementsOf(expected(batch, 100));
        }

        assertThat(stored).allSatisfy(rows -> assertThat(rows).containsExactlyElementsOf(
                expected(batch, IngestData.BATCH)));
    }

    @Test
    void theBatchPathMovesTheDronesLastPointToTheNewestOfTheBatch() {
        IngestData.Batch batch = data.batch(2);
        database.reset();

        new UtmKitIngest(database).storeOnly(batch, Instant.now());

        var drone = database.storage().drones().findById(database.drone(batch.drone())).orElseThrow();
        assertThat(drone.lastSeenAt()).contains(batch.points().get(IngestData.BATCH - 1).timestamp());
        assertThat(database.rows()).isEqualTo(IngestData.BATCH);
    }

    @Test
    void theDataIsFrozenAndWithinWhatTheServiceAccepts() {
        IngestData again = IngestData.generate(DRONES, Instant.parse("2026-01-01T00:00:00Z"));
        IngestData other = IngestData.generate(DRONES, Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(again.batch(5).points()).isEqualTo(other.batch(5).points());
        assertThat(again.batch(IngestData.BATCHES + 5)).isEqualTo(again.batch(5));
        assertThat(again.row(IngestData.BATCH * 3L + 7)).isEqualTo(again.batch(3).points().get(7));
        assertThat(again.droneOfRow(IngestData.BATCH * 4L)).isEqualTo(4 % DRONES);
        assertThat(again.batch(0).points()).allSatisfy(point -> {
            assertThat(point.headingDegrees().orElse(0.0)).isBetween(0.0, 359.999);
            assertThat(point.speedMps().orElse(0.0)).isBetween(0.0, 25.0);
            assertThat(point.statusMessage()).isNotEqualTo(Optional.of(""));
        });
    }
}
