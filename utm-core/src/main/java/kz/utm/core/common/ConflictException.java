package kz.utm.core.common;

import java.util.Objects;
import java.util.Optional;

/**
 * The command clashes with the stored state: a unique value already taken, a concurrent update
 * that won the race, or a business rule about other records (an overlapping flight plan).
 *
 * <p>Retrying the same command unchanged will fail again, except after a lost race
 * ({@link Kind#CONCURRENT_UPDATE}), where re-reading and retrying may succeed.
 */
public final class ConflictException extends UtmException {

    private static final long serialVersionUID = 1L;

    /** What kind of clash it is. */
    public enum Kind {
        /** A value that must be unique is already taken; {@link #field()} names it. */
        DUPLICATE,
        /** Another update of the same record was stored first (optimistic locking). */
        CONCURRENT_UPDATE,
        /** A rule about other records forbids the command. */
        STATE
    }

    private final Kind kind;
    private final String field;

    private ConflictException(Kind kind, String field, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.field = field;
    }

    /**
     * A unique value that is already taken.
     *
     * @param resource the kind of resource, such as {@code "user"}
     * @param field the unique field, such as {@code "email"}
     */
    public static ConflictException duplicate(String resource, String field) {
        Objects.requireNonNull(field, "field");
        return new ConflictException(Kind.DUPLICATE, field,
                "a " + resource + " with this " + field + " already exists");
    }

    /**
     * A concurrent update of the same record was stored first.
     *
     * @param resource the kind of resource, such as {@code "flight plan"}
     * @param id its id
     */
    public static ConflictException concurrentUpdate(String resource, Object id) {
        return new ConflictException(Kind.CONCURRENT_UPDATE, null,
                resource + " " + id + " was changed concurrently; re-read it and retry");
    }

    /** A business rule about other records forbids the command; the message says which. */
    public static ConflictException state(String message) {
        return new ConflictException(Kind.STATE, null, message);
    }

    /** What kind of clash it is. */
    public Kind kind() {
        return kind;
    }

    /** The unique field, for {@link Kind#DUPLICATE}; empty otherwise. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
