package kz.utm.core.common;

/**
 * Identity of a drone, the database's integer key of table {@code drones}.
 *
 * <p>A typed id, so that a drone id can never be passed where another kind of id is wanted. Immutable
 * and thread-safe.
 *
 * @param value the key; positive
 */
public record DroneId(int value) implements Comparable<DroneId> {

    /**
     * Checks the key.
     *
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public DroneId {
        if (value <= 0) {
            throw new IllegalArgumentException("DroneId must be positive, was " + value);
        }
    }

    /** Returns the id with the given key; same as the constructor. */
    public static DroneId of(int value) {
        return new DroneId(value);
    }

    @Override
    public int compareTo(DroneId other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
