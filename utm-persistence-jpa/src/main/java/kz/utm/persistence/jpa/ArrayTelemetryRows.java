package kz.utm.persistence.jpa;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import kz.utm.core.common.FlightPlanId;
import kz.utm.core.telemetry.TelemetryPoint;

/**
 * {@link TelemetryRows} for PostgreSQL: the whole batch as one statement, each column bound as
 * one array and turned back into rows by {@code unnest}. One round trip and one executor start
 * for the batch, where JDBC batching pays them per row (or per few rows with the driver's
 * rewriting); the rows still pass every constraint, key and index one by one.
 *
 * <p>Only {@code java.sql}: {@link Connection#createArrayOf} with the driver's type names, for
 * when {@link CopyTelemetryRows} cannot reach the driver. The timestamps go as text, in ISO-8601
 * with a {@code Z}, which PostgreSQL reads exactly. Stateless and thread-safe.
 */
final class ArrayTelemetryRows implements TelemetryRows {

    private static final String INSERT = "INSERT INTO telemetry_logs (" + COLUMNS + ")"
            + " SELECT * FROM unnest(?::int8[], ?::int4[], ?::int4[], ?::timestamptz[], ?::float8[], ?::float8[],"
            + " ?::float8[], ?::float8[], ?::float8[], ?::text[], ?::timestamptz[], ?::timestamptz[])";

    @Override
    public void insert(Connection connection, List<TelemetryPoint> points) throws SQLException {
        int n = points.size();
        Long[] ids = new Long[n];
        Integer[] plans = new Integer[n];
        Integer[] drones = new Integer[n];
        String[] timestamps = new String[n];
        Double[] latitudes = new Double[n];
        Double[] longitudes = new Double[n];
        Double[] altitudes = new Double[n];
        Double[] speeds = new Double[n];
        Double[] headings = new Double[n];
        String[] statuses = new String[n];
        String[] created = new String[n];
        String[] updated = new String[n];
        for (int i = 0; i < n; i++) {
            TelemetryPoint point = points.get(i);
            ids[i] = point.id().value();
            plans[i] = point.flightPlanId().map(FlightPlanId::value).orElse(null);
            drones[i] = point.droneId().value();
            timestamps[i] = TelemetryRows.toMicros(point.timestamp()).toString();
            latitudes[i] = point.position().latitude();
            longitudes[i] = point.position().longitude();
            altitudes[i] = point.altitudeM();
            speeds[i] = point.speedMps().isPresent() ? point.speedMps().getAsDouble() : null;
            headings[i] = point.headingDegrees().isPresent() ? point.headingDegrees().getAsDouble() : null;
            statuses[i] = point.statusMessage().orElse(null);
            created[i] = TelemetryRows.toMicros(point.createdAt()).toString();
            updated[i] = TelemetryRows.toMicros(point.updatedAt()).toString();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            Array[] columns = {
                connection.createArrayOf("int8", ids), connection.createArrayOf("int4", plans),
                connection.createArrayOf("int4", drones), connection.createArrayOf("text", timestamps),
                connection.createArrayOf("float8", latitudes), connection.createArrayOf("float8", longitudes),
                connection.createArrayOf("float8", altitudes), connection.createArrayOf("float8", speeds),
                connection.createArrayOf("float8", headings), connection.createArrayOf("text", statuses),
                connection.createArrayOf("text", created), connection.createArrayOf("text", updated),
            };
            for (int c = 0; c < columns.length; c++) {
                insert.setArray(c + 1, columns[c]);
            }
            insert.executeUpdate();
            for (Array column : columns) {
                column.free();
            }
        }
    }
}
