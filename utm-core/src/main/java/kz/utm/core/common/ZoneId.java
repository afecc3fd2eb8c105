package kz.utm.core.common;

/**
 * Identity of a restricted zone, the database's integer key of table {@code restricted_zones}.
 *
 * <p>A typed id, so that a zone id can never be passed where another kind of id is wanted. Immutable
 * and thread-safe.
 *
 * @param value the key; positive
 */
public record ZoneId(int value) implements Comparable<ZoneId> {

    /**
     * Checks the key.
     *
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public ZoneId {
        if (value <= 0) {
            throw new IllegalArgumentException("ZoneId must be positive, was " + value);
        }
    }

    /** Returns the id with the given key; same as the constructor. */
    public static ZoneId of(int value) {
        return new ZoneId(value);
    }

    @Override
    public int compareTo(ZoneId other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
