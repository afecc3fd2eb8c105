package kz.utm.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import kz.utm.core.common.ConflictException;
import kz.utm.core.common.NotFoundException;

/**
 * The steps every versioned repository takes to write an entity: insert and flush, or lock the
 * current row, check its version, change it and flush; each failure of the database translated
 * by the table's {@link Conflicts}.
 *
 * <p>Writes flush at once, so that a refusal is reported by the call that caused it, as the
 * ports promise, rather than at commit. After a refusal by the database the unit of work can
 * only roll back; the checks made here before any write (not found, stale version) leave it
 * usable, so a service may re-read and retry within it.
 *
 * <p>Stateless and thread-safe; the entity manager passed in belongs to the calling thread.
 */
final class EntityWrites {

    private EntityWrites() {
    }

    /** Inserts a new row and flushes it. */
    static void insert(EntityManager em, Object entity, Conflicts conflicts, Object id) {
        try {
            em.persist(entity);
            em.flush();
        } catch (PersistenceException e) {
            throw conflicts.translate(e, id);
        }
    }

    /**
     * The row with the key, read afresh and locked until the unit of work ends, so that its
     * version is the last committed one and stays so until this unit of work writes it.
     *
     * @throws NotFoundException if there is no such row
     * @throws ConflictException {@link ConflictException.Kind#CONCURRENT_UPDATE} if the lock
     *     cannot be had in time
     */
    static <E> E lockCurrent(EntityManager em, Class<E> type, Object key, Conflicts conflicts, Object id) {
        try {
            E entity = em.find(type, key);
            if (entity == null) {
                throw new NotFoundException(conflicts.resource(), id);
            }
            // The persistence context may hold the row as this unit of work read it earlier.
            em.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
            return entity;
        } catch (PersistenceException e) {
            throw conflicts.translate(e, id);
        }
    }

    /**
     * Checks that the caller changed the row at the version stored.
     *
     * @throws ConflictException {@link ConflictException.Kind#CONCURRENT_UPDATE} if not
     */
    static void requireVersion(long stored, long given, Conflicts conflicts, Object id) {
        if (stored != given) {
            throw ConflictException.concurrentUpdate(conflicts.resource(), id);
        }
    }

    /**
     * Flushes a changed row, its version incremented by one. A provider increments the version
     * only of a row whose columns changed, so an unchanged row has its version forced up: every
     * stored update counts, as the ports say.
     */
    static void flushChange(EntityManager em, Object entity, boolean columnsChanged, Conflicts conflicts, Object id) {
        try {
            if (!columnsChanged) {
                em.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            }
            em.flush();
        } catch (PersistenceException e) {
            throw conflicts.translate(e, id);
        }
    }
}
