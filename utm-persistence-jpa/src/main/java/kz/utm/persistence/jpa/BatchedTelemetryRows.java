package kz.utm.persistence.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import kz.utm.core.common.FlightPlanId;
import kz.utm.core.telemetry.TelemetryPoint;

/**
 * {@link TelemetryRows} as one prepared {@code INSERT} sent in JDBC batches: any database's way,
 * and H2's (embedded, it gains nothing from fewer statements). Stateless and thread-safe.
 */
final class BatchedTelemetryRows implements TelemetryRows {

    private static final String INSERT = "INSERT INTO telemetry_logs (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final int batchSize;

    /** @throws IllegalArgumentException if {@code batchSize} is not positive */
    BatchedTelemetryRows(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive, was " + batchSize);
        }
        this.batchSize = batchSize;
    }

    @Override
    public void insert(Connection connection, List<TelemetryPoint> points) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int pending = 0;
            for (TelemetryPoint point : points) {
                bind(insert, point);
                insert.addBatch();
                if (++pending == batchSize) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement insert, TelemetryPoint point) throws SQLException {
        insert.setLong(1, point.id().value());
        if (point.flightPlanId().isPresent()) {
            insert.setInt(2, point.flightPlanId().map(FlightPlanId::value).orElseThrow());
        } else {
            insert.setNull(2, Types.INTEGER);
        }
        insert.setInt(3, point.droneId().value());
        insert.setObject(4, utc(point.timestamp()));
        insert.setDouble(5, point.position().latitude());
        insert.setDouble(6, point.position().longitude());
        insert.setDouble(7, point.altitudeM());
        if (point.speedMps().isPresent()) {
            insert.setDouble(8, point.speedMps().getAsDouble());
        } else {
            insert.setNull(8, Types.DOUBLE);
        }
        if (point.headingDegrees().isPresent()) {
            insert.setDouble(9, point.headingDegrees().getAsDouble());
        } else {
            insert.setNull(9, Types.DOUBLE);
        }
        insert.setString(10, point.statusMessage().orElse(null));
        insert.setObject(11, utc(point.createdAt()));
        insert.setObject(12, utc(point.updatedAt()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(TelemetryRows.toMicros(instant), ZoneOffset.UTC);
    }
}
