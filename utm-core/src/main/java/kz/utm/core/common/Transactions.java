package kz.utm.core.common;

import java.util.function.Supplier;

/**
 * Port that runs one service command as a unit of work: its reads and writes commit together or
 * not at all.
 *
 * <p>A persistence adapter implements it with a database transaction; an exception thrown by
 * the work rolls the transaction back and propagates unchanged. The in-memory adapter has no
 * rollback: the services are written so that every check happens before the first write, and
 * a conflict on the first write stops the command before anything is stored. Implementations
 * must be thread-safe.
 */
public interface Transactions {

    /**
     * Runs {@code work} as one unit of work and returns its result.
     *
     * @throws UtmException whatever {@code work} throws, after rolling back
     */
    <T> T inTransaction(Supplier<T> work);

    /** Runs each unit of work directly, with no transaction around it. */
    static Transactions none() {
        return new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
    }
}
