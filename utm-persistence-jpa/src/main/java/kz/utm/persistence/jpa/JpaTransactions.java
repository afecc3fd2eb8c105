package kz.utm.persistence.jpa;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import kz.utm.core.common.Transactions;

/**
 * {@link Transactions} over one {@link EntityManagerFactory}: a unit of work is one
 * {@link EntityManager} with one resource-local transaction, bound to the thread that runs it.
 *
 * <p>The repositories take the thread's current entity manager, so that everything a service
 * command reads and writes commits together; a repository called outside a unit of work runs
 * in a unit of work of its own. A unit of work started inside another joins it. Whatever the
 * work throws rolls the transaction back and propagates unchanged.
 *
 * <p>Thread-safe: each thread has its own current unit of work, and an entity manager never
 * leaves the thread that opened it.
 */
final class JpaTransactions implements Transactions {

    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    JpaTransactions(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (current.get() != null) {
            return work.get();
        }
        EntityManager em = factory.createEntityManager();
        current.set(em);
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            T result = work.get();
            transaction.commit();
            return result;
        } catch (RuntimeException | Error e) {
            rollBack(transaction, e);
            throw e;
        } finally {
            current.remove();
            em.close();
        }
    }

    /**
     * Runs a repository operation with the thread's current entity manager, or in a unit of
     * work of its own when there is none.
     */
    <T> T call(Function<EntityManager, T> operation) {
        EntityManager em = current.get();
        if (em != null) {
            return operation.apply(em);
        }
        return inTransaction(() -> operation.apply(current.get()));
    }

    private static void rollBack(EntityTransaction transaction, Throwable cause) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException e) {
            // The work's own exception says what went wrong; a failed rollback is secondary.
            cause.addSuppressed(e);
        }
    }
}
