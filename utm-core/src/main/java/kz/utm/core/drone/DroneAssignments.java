package kz.utm.core.drone;

import java.util.List;
import java.util.Optional;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.UserId;

/**
 * Repository port of {@link DroneAssignment}s: the {@code user_drone_assignments} table, keyed
 * by (user, drone). Rows that a record refers to (its owner, drone, plan) exist when it is written: the
 * services check them first. Implementations must be thread-safe.
 */
public interface DroneAssignments {

    /**
     * Stores the assignment unless the pair is already assigned.
     *
     * @return true if stored, false if the pair was already assigned (the stored row is kept)
     */
    boolean add(DroneAssignment assignment);

    /**
     * Removes the assignment of the pair.
     *
     * @return true if there was one
     */
    boolean remove(UserId user, DroneId drone);

    /** The assignment of the pair. */
    Optional<DroneAssignment> find(UserId user, DroneId drone);

    /** The assignments of a drone, by pilot id. */
    List<DroneAssignment> findByDrone(DroneId drone);

    /** The assignments of a pilot, by drone id. */
    List<DroneAssignment> findByUser(UserId user);
}
