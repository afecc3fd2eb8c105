package kz.utm.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import kz.utm.core.common.DroneId;

/**
 * Serializes the writes that concern one drone: a flight plan of the drone checked against its
 * other plans, an assignment of the drone checked against its other assignments. Each takes
 * the drone's row lock ({@code SELECT ... FOR UPDATE}; on PostgreSQL {@code FOR NO KEY
 * UPDATE}, which inserts referring to the drone do not wait for) inside its unit of work before it
 * reads what it checks; the lock is held until the unit of work ends, so a concurrent write of
 * the same drone waits and then reads what this one wrote. Writes of different drones never
 * wait for each other.
 *
 * <p>Stateless and thread-safe.
 */
final class DroneLocks {

    private DroneLocks() {
    }

    /**
     * Locks the drone's row until the unit of work ends. A drone that does not exist locks
     * nothing; the write that follows then fails on its foreign key.
     *
     * @throws kz.utm.core.common.ConflictException {@code CONCURRENT_UPDATE} if the lock cannot
     *     be had in time
     */
    static void lock(EntityManager em, Database database, DroneId drone, Conflicts conflicts, Object id) {
        try {
            em.createNativeQuery("SELECT id FROM drones WHERE id = ?1 " + database.rowLock())
                    .setParameter(1, drone.value())
                    .getResultList();
        } catch (PersistenceException e) {
            throw conflicts.translate(e, id);
        }
    }
}
