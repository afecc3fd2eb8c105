package kz.utm.core.common;

/**
 * Identity of an organization, the database's integer key of table {@code organizations}.
 *
 * <p>A typed id, so that an organization id can never be passed where another kind of id is wanted. Immutable
 * and thread-safe.
 *
 * @param value the key; positive
 */
public record OrganizationId(int value) implements Comparable<OrganizationId> {

    /**
     * Checks the key.
     *
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public OrganizationId {
        if (value <= 0) {
            throw new IllegalArgumentException("OrganizationId must be positive, was " + value);
        }
    }

    /** Returns the id with the given key; same as the constructor. */
    public static OrganizationId of(int value) {
        return new OrganizationId(value);
    }

    @Override
    public int compareTo(OrganizationId other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
