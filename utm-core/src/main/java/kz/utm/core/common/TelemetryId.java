package kz.utm.core.common;

/**
 * Identity of a telemetry point, the database's 64-bit key of table {@code telemetry_logs}.
 *
 * <p>A typed id, so that a telemetry id can never be passed where another kind of id is wanted. Immutable
 * and thread-safe.
 *
 * @param value the key; positive
 */
public record TelemetryId(long value) implements Comparable<TelemetryId> {

    /**
     * Checks the key.
     *
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public TelemetryId {
        if (value <= 0) {
            throw new IllegalArgumentException("TelemetryId must be positive, was " + value);
        }
    }

    /** Returns the id with the given key; same as the constructor. */
    public static TelemetryId of(long value) {
        return new TelemetryId(value);
    }

    @Override
    public int compareTo(TelemetryId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
