package kz.utm.persistence.jpa;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import kz.utm.core.common.FlightPlanId;
import kz.utm.core.telemetry.TelemetryPoint;

/**
 * {@link TelemetryRows} for PostgreSQL through {@code COPY ... FROM STDIN (FORMAT binary)}: the
 * batch streamed in the server's own binary representation, so that no value is parsed from
 * text, and stored with the server's multi-row heap insert. Constraints, keys, indexes and the
 * foreign-key checks still apply to every row, and a refusal names the row ("COPY
 * telemetry_logs, line N" and the row's values).
 *
 * <p>The only class of the module that knows the PostgreSQL driver, which is an optional
 * dependency: {@link Database#telemetryRows} creates it only when the driver's classes can be
 * loaded (this class must not even be linked otherwise), and a connection that cannot be unwrapped to the driver's (a proxy that hides it) goes the
 * {@link ArrayTelemetryRows} way instead. Stateless and thread-safe.
 */
final class CopyTelemetryRows implements TelemetryRows {

    private static final String COPY = "COPY telemetry_logs (" + COLUMNS + ") FROM STDIN (FORMAT binary)";
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final short FIELDS = 12;
    /** Microseconds from the Unix epoch to PostgreSQL's, 2000-01-01T00:00:00Z. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800L * 1_000_000L;
    /** Bytes of a row without its optional columns: the field count, 12 lengths, 8 values. */
    private static final int ROW_BYTES = 2 + FIELDS * 4 + 8 + 4 + 8 + 3 * 8 + 2 * 8;
    private static final String DATETIME_FIELD_OVERFLOW = "22008";

    private final TelemetryRows fallback = new ArrayTelemetryRows();

    /** Only where the driver's classes can be loaded: see {@link Database#telemetryRows}. */
    CopyTelemetryRows() {
    }

    @Override
    public void insert(Connection connection, List<TelemetryPoint> points) throws SQLException {
        if (!connection.isWrapperFor(PGConnection.class)) {
            fallback.insert(connection, points);
            return;
        }
        byte[] rows = encode(points);
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try {
            copy.writeToCopy(rows, 0, rows.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    // PostgreSQL's binary COPY format: a header, then per row the field count and each field as
    // its length (-1 for NULL) and its bytes, big-endian; a field count of -1 ends it.
    private static byte[] encode(List<TelemetryPoint> points) throws SQLException {
        byte[][] statuses = new byte[points.size()][];
        int size = HEADER.length + 4 + 4 + 2;
        for (int i = 0; i < points.size(); i++) {
            TelemetryPoint point = points.get(i);
            statuses[i] = point.statusMessage().map(s -> s.getBytes(StandardCharsets.UTF_8)).orElse(null);
            size += ROW_BYTES + (point.flightPlanId().isPresent() ? 4 : 0) + (point.speedMps().isPresent() ? 8 : 0)
                    + (point.headingDegrees().isPresent() ? 8 : 0) + (statuses[i] == null ? 0 : statuses[i].length);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.put(HEADER).putInt(0).putInt(0);
        for (int i = 0; i < points.size(); i++) {
            TelemetryPoint point = points.get(i);
            out.putShort(FIELDS);
            out.putInt(8).putLong(point.id().value());
            if (point.flightPlanId().isPresent()) {
                out.putInt(4).putInt(point.flightPlanId().map(FlightPlanId::value).orElseThrow());
            } else {
                out.putInt(-1);
            }
            out.putInt(4).putInt(point.droneId().value());
            out.putInt(8).putLong(postgresMicros(point.timestamp()));
            out.putInt(8).putDouble(point.position().latitude());
            out.putInt(8).putDouble(point.position().longitude());
            out.putInt(8).putDouble(point.altitudeM());
            if (point.speedMps().isPresent()) {
                out.putInt(8).putDouble(point.speedMps().getAsDouble());
            } else {
                out.putInt(-1);
            }
            if (point.headingDegrees().isPresent()) {
                out.putInt(8).putDouble(point.headingDegrees().getAsDouble());
            } else {
                out.putInt(-1);
            }
            if (statuses[i] != null) {
                out.putInt(statuses[i].length).put(statuses[i]);
            } else {
                out.putInt(-1);
            }
            out.putInt(8).putLong(postgresMicros(point.createdAt()));
            out.putInt(8).putLong(postgresMicros(point.updatedAt()));
        }
        out.putShort((short) -1);
        return out.array();
    }

    // timestamptz's binary value: microseconds since 2000-01-01 UTC. An instant beyond the
    // range of a 64-bit count is beyond PostgreSQL's too: refused as the server would.
    private static long postgresMicros(Instant instant) throws SQLException {
        Instant micros = TelemetryRows.toMicros(instant);
        try {
            return Math.addExact(Math.multiplyExact(micros.getEpochSecond(), 1_000_000L), micros.getNano() / 1_000)
                    - POSTGRES_EPOCH_MICROS;
        } catch (ArithmeticException e) {
            throw new SQLException("timestamp out of range: " + instant, DATETIME_FIELD_OVERFLOW, e);
        }
    }
}
