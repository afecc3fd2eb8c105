package kz.utm.core.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import kz.utm.core.common.ConflictException;
import kz.utm.core.common.NotFoundException;

/**
 * The rows of one versioned, soft-deletable table, kept in memory the way a database keeps
 * them: a primary key, unique constraints that cover soft-deleted rows too, and
 * compare-and-set updates on the version column.
 *
 * <p>Thread-safe and linearizable. Reads never lock. A table without unique columns besides
 * its key writes without locks ({@link ConcurrentHashMap#putIfAbsent} and
 * {@link ConcurrentHashMap#compute} per row); a table with unique columns serializes its writes
 * on itself, because a unique check and the write it guards must be one step. Lists are
 * weakly consistent: each row is as it was at some moment during the call.
 *
 * <p>Null rows or keys are refused with {@link NullPointerException}; failing writes change
 * nothing.
 *
 * @param <K> the row key, ordered as the lists are
 * @param <V> the row
 */
final class Table<K extends Comparable<K>, V> {

    /**
     * A unique column: its record component name and how to read its value from a row. An
     * absent value is not unique, as SQL {@code NULL}s are not.
     *
     * @param field the record component name, which a duplicate error names
     * @param value the row's value, normalized as the constraint compares it
     */
    record Unique<V>(String field, Function<V, Optional<?>> value) {
        Unique {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }
    }

    private final String resource;
    private final Function<V, K> key;
    private final ToLongFunction<V> version;
    private final BiFunction<V, Long, V> withVersion;
    private final Predicate<V> deleted;
    private final List<Unique<V>> uniques;

    private final ConcurrentHashMap<K, V> rows = new ConcurrentHashMap<>();
    // Per unique column: value -> key of the row holding it. Guarded by `this` for writes.
    private final List<ConcurrentHashMap<Object, K>> indexes = new ArrayList<>();

    Table(String resource, Function<V, K> key, ToLongFunction<V> version, BiFunction<V, Long, V> withVersion,
            Predicate<V> deleted, List<Unique<V>> uniques) {
        this.resource = Objects.requireNonNull(resource, "resource");
        this.key = Objects.requireNonNull(key, "key");
        this.version = Objects.requireNonNull(version, "version");
        this.withVersion = Objects.requireNonNull(withVersion, "withVersion");
        this.deleted = Objects.requireNonNull(deleted, "deleted");
        this.uniques = List.copyOf(uniques);
        for (int i = 0; i < this.uniques.size(); i++) {
            indexes.add(new ConcurrentHashMap<>());
        }
    }

    /** Stores a new row at version 0; see the ports' {@code insert}. */
    V insert(V row) {
        Objects.requireNonNull(row, resource);
        V stored = version.applyAsLong(row) == 0 ? row : withVersion.apply(row, 0L);
        if (uniques.isEmpty()) {
            if (rows.putIfAbsent(key.apply(stored), stored) != null) {
                throw ConflictException.duplicate(resource, "id");
            }
            return stored;
        }
        synchronized (this) {
            K id = key.apply(stored);
            if (rows.containsKey(id)) {
                throw ConflictException.duplicate(resource, "id");
            }
            checkUnique(stored, id);
            index(stored, id);
            rows.put(id, stored);
            return stored;
        }
    }

    /** Stores a changed row if its version is the stored one; see the ports' {@code update}. */
    V update(V row) {
        Objects.requireNonNull(row, resource);
        K id = key.apply(row);
        V next = withVersion.apply(row, version.applyAsLong(row) + 1);
        if (uniques.isEmpty()) {
            // compute runs atomically per key and leaves the row as it was when the function throws.
            return rows.compute(id, (k, current) -> {
                checkVersion(current, row, id);
                return next;
            });
        }
        synchronized (this) {
            V current = rows.get(id);
            checkVersion(current, row, id);
            checkUnique(next, id);
            // A reader looks a value up in an index and then checks the row it finds, so the
            // new values go in before the row and the stale ones come out after it: at every
            // moment each index holds at least the values of the rows.
            index(next, id);
            rows.put(id, next);
            unindexStale(current, next);
            return next;
        }
    }

    /** The row with this key, soft-deleted or not. */
    Optional<V> findIncludingDeleted(K id) {
        return Optional.ofNullable(rows.get(Objects.requireNonNull(id, "id")));
    }

    /** The live row with this key. */
    Optional<V> find(K id) {
        return findIncludingDeleted(id).filter(deleted.negate());
    }

    /**
     * The live row whose unique column {@code field} holds {@code value}, the value normalized
     * as that column's {@link Unique#value()} does.
     */
    Optional<V> findByUnique(String field, Object value) {
        Objects.requireNonNull(value, field);
        int column = column(field);
        K id = indexes.get(column).get(value);
        if (id == null) {
            return Optional.empty();
        }
        // The index may briefly still name a row whose value just changed; the row decides.
        return find(id).filter(row -> uniques.get(column).value().apply(row).filter(value::equals).isPresent());
    }

    /** The live rows that satisfy the filter, by key. */
    List<V> list(Predicate<? super V> filter) {
        Objects.requireNonNull(filter, "filter");
        List<V> result = new ArrayList<>();
        for (V row : rows.values()) {
            if (!deleted.test(row) && filter.test(row)) {
                result.add(row);
            }
        }
        result.sort(Comparator.comparing(key));
        return result;
    }

    private void checkVersion(V current, V row, K id) {
        if (current == null) {
            throw new NotFoundException(resource, id);
        }
        if (version.applyAsLong(current) != version.applyAsLong(row)) {
            throw ConflictException.concurrentUpdate(resource, id);
        }
    }

    private void checkUnique(V row, K id) {
        for (int i = 0; i < uniques.size(); i++) {
            Unique<V> unique = uniques.get(i);
            Optional<?> value = unique.value().apply(row);
            if (value.isPresent()) {
                K holder = indexes.get(i).get(value.get());
                if (holder != null && !holder.equals(id)) {
                    throw ConflictException.duplicate(resource, unique.field());
                }
            }
        }
    }

    private void index(V row, K id) {
        for (int i = 0; i < uniques.size(); i++) {
            Map<Object, K> index = indexes.get(i);
            uniques.get(i).value().apply(row).ifPresent(value -> index.put(value, id));
        }
    }

    private void unindexStale(V previous, V current) {
        for (int i = 0; i < uniques.size(); i++) {
            Function<V, Optional<?>> value = uniques.get(i).value();
            Optional<?> old = value.apply(previous);
            if (old.isPresent() && !old.equals(value.apply(current))) {
                indexes.get(i).remove(old.get());
            }
        }
    }

    private int column(String field) {
        for (int i = 0; i < uniques.size(); i++) {
            if (uniques.get(i).field().equals(field)) {
                return i;
            }
        }
        throw new IllegalArgumentException(resource + " has no unique column " + field);
    }
}
