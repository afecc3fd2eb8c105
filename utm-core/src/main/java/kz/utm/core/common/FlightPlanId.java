package kz.utm.core.common;

/**
 * Identity of a flight plan, the database's integer key of table {@code flight_plans}.
 *
 * <p>A typed id, so that a flight plan id can never be passed where another kind of id is wanted. Immutable
 * and thread-safe.
 *
 * @param value the key; positive
 */
public record FlightPlanId(int value) implements Comparable<FlightPlanId> {

    /**
     * Checks the key.
     *
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public FlightPlanId {
        if (value <= 0) {
            throw new IllegalArgumentException("FlightPlanId must be positive, was " + value);
        }
    }

    /** Returns the id with the given key; same as the constructor. */
    public static FlightPlanId of(int value) {
        return new FlightPlanId(value);
    }

    @Override
    public int compareTo(FlightPlanId other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
