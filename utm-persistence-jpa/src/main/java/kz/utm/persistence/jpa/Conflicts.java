package kz.utm.persistence.jpa;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import kz.utm.core.common.ConflictException;

/**
 * Turns the database's refusals of one table's writes into the ports' {@link ConflictException}s.
 *
 * <ul>
 *   <li>A violated unique constraint or primary key (SQLSTATE {@code 23505}) becomes
 *       {@link ConflictException#duplicate} naming the domain field of that constraint. The
 *       constraint is recognized by its name, which every migration gives explicitly, found as
 *       a word of the database's message: PostgreSQL quotes it, H2 names it before the index.
 *   <li>A write that found its row at another version (the provider's optimistic-lock check),
 *       and a row lock that could not be had (lock timeout, deadlock victim), become
 *       {@link ConflictException#concurrentUpdate}: re-reading and retrying may succeed.
 *   <li>Anything else is returned unchanged.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class Conflicts {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");

    private final String resource;
    private final Map<String, String> fieldsByConstraint;

    /**
     * @param resource the kind of resource the table holds, as the errors name it
     * @param fieldsByConstraint the domain field of each unique constraint and primary key
     */
    Conflicts(String resource, Map<String, String> fieldsByConstraint) {
        this.resource = Objects.requireNonNull(resource, "resource");
        this.fieldsByConstraint = Map.copyOf(fieldsByConstraint);
    }

    /** The kind of resource, as the errors name it. */
    String resource() {
        return resource;
    }

    /**
     * The conflict that {@code failure} stands for, or {@code failure} itself.
     *
     * @param id the id of the row written, for a concurrent-update error
     */
    RuntimeException translate(RuntimeException failure, Object id) {
        List<Throwable> chain = causes(failure);
        for (Throwable cause : chain) {
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException) {
                return ConflictException.concurrentUpdate(resource, id);
            }
        }
        for (Throwable cause : chain) {
            if (cause instanceof EntityExistsException) {
                // The persistence context already holds a row with this key.
                return ConflictException.duplicate(resource, "id");
            }
        }
        // Batch errors name their statement, values included; the exceptions chained to them
        // carry the database's own message, so those are read first.
        for (boolean batch : new boolean[] {false, true}) {
            for (Throwable cause : chain) {
                if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                        && (cause instanceof BatchUpdateException) == batch) {
                    String field = fieldOf(sql.getMessage());
                    if (field != null) {
                        return ConflictException.duplicate(resource, field);
                    }
                }
            }
        }
        return failure;
    }

    // The constraint's name stands before anything the row's values could add to the message:
    // PostgreSQL puts them on a "Detail" line, H2 after " ON " (the index's table and values).
    private String fieldOf(String message) {
        if (message == null) {
            return null;
        }
        String head = message;
        int newline = head.indexOf('\n');
        if (newline >= 0) {
            head = head.substring(0, newline);
        }
        int on = head.indexOf(" ON ");
        if (on >= 0) {
            head = head.substring(0, on);
        }
        Matcher words = WORD.matcher(head);
        while (words.find()) {
            String field = fieldsByConstraint.get(words.group().toLowerCase(Locale.ROOT));
            if (field != null) {
                return field;
            }
        }
        return null;
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(failure, chain, seen);
        return chain;
    }

    private static void collect(Throwable throwable, List<Throwable> chain, Set<Throwable> seen) {
        for (Throwable t = throwable; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
            if (t instanceof SQLException sql) {
                collect(sql.getNextException(), chain, seen);
            }
        }
    }
}
