package kz.utm.core.common;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a record was created, last changed and soft-deleted: the {@code created_at},
 * {@code updated_at} and {@code deleted_at} columns.
 *
 * <p>A soft-deleted record is hidden from ordinary reads and can be restored. Immutable and
 * thread-safe.
 *
 * @param createdAt when the record was first stored
 * @param updatedAt when it last changed; never before {@code createdAt}
 * @param deletedAt when it was soft-deleted; empty while it is live
 */
public record Audit(Instant createdAt, Instant updatedAt, Optional<Instant> deletedAt) {

    /**
     * Checks the stamps.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code updatedAt} is before {@code createdAt}
     */
    public Audit {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(deletedAt, "deletedAt");
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("updatedAt " + updatedAt + " is before createdAt " + createdAt);
        }
    }

    /** The stamps of a record created at {@code now}. */
    public static Audit createdAt(Instant now) {
        return new Audit(now, now, Optional.empty());
    }

    /** Whether the record is soft-deleted. */
    public boolean isDeleted() {
        return deletedAt.isPresent();
    }

    /** These stamps after a change at {@code now}. */
    public Audit touched(Instant now) {
        return new Audit(createdAt, later(now), deletedAt);
    }

    /** These stamps after a soft delete at {@code now}. */
    public Audit deleted(Instant now) {
        return new Audit(createdAt, later(now), Optional.of(now));
    }

    /** These stamps after a restore at {@code now}. */
    public Audit restored(Instant now) {
        return new Audit(createdAt, later(now), Optional.empty());
    }

    // A clock that steps back (NTP adjustment) must not make updatedAt precede createdAt.
    private Instant later(Instant now) {
        return now.isBefore(createdAt) ? createdAt : now;
    }
}
