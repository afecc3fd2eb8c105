package kz.utm.core.common;

/**
 * Identity of a user, the database's integer key of table {@code users}.
 *
 * <p>A typed id, so that a user id can never be passed where another kind of id is wanted. Immutable
 * and thread-safe.
 *
 * @param value the key; positive
 */
public record UserId(int value) implements Comparable<UserId> {

    /**
     * Checks the key.
     *
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("UserId must be positive, was " + value);
        }
    }

    /** Returns the id with the given key; same as the constructor. */
    public static UserId of(int value) {
        return new UserId(value);
    }

    @Override
    public int compareTo(UserId other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
