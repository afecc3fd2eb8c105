package kz.utm.persistence.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import kz.utm.core.telemetry.TelemetryPoint;

/**
 * A way of inserting {@code telemetry_logs} rows over plain JDBC, on the connection of the unit
 * of work: the telemetry hot path, which goes around the persistence context, since a point is
 * written once and never changed.
 *
 * <p>Implementations are stateless and thread-safe. They neither commit nor roll back: the unit
 * of work does, so a batch the database refuses leaves nothing once the refusal has rolled the
 * unit of work back.
 */
interface TelemetryRows {

    /** The columns every implementation writes, in this order. */
    String COLUMNS = "id, flight_plan_id, drone_id, timestamp, latitude, longitude, altitude_m, speed_mps,"
            + " heading_degrees, status_message, created_at, updated_at";

    /**
     * Inserts the points as rows.
     *
     * @param connection the unit of work's connection, in its transaction
     * @param points at least one point
     * @throws SQLException the driver's refusal, as the database gave it
     */
    void insert(Connection connection, List<TelemetryPoint> points) throws SQLException;

    /**
     * The instant as the columns keep it: to the microsecond, rounded half up. Done here, so that
     * every way stores the same value for a point with nanoseconds, whatever its driver or
     * database would do with them.
     */
    static Instant toMicros(Instant instant) {
        Instant truncated = instant.truncatedTo(ChronoUnit.MICROS);
        return instant.getNano() % 1_000 >= 500 ? truncated.plusNanos(1_000) : truncated;
    }
}
