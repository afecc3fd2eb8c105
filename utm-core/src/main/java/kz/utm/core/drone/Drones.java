package kz.utm.core.drone;

import java.util.List;
import java.util.Optional;

import kz.utm.core.common.ConflictException;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;

/**
 * Repository port of {@link Drone}s: the {@code drones} table.
 *
 * <p>Ordinary reads do not see soft-deleted drones; {@link #findByIdIncludingDeleted} does.
 * Uniqueness of {@code serial_number} holds over all rows. Rows that a record refers to (its owner, drone, plan) exist when it is written: the
 * services check them first. Implementations must be thread-safe.
 */
public interface Drones {

    /** Reserves a fresh id for a drone about to be inserted. */
    DroneId nextId();

    /**
     * Stores a new drone at version 0, whatever version the given one carries.
     *
     * @return the stored drone
     * @throws ConflictException {@link ConflictException.Kind#DUPLICATE} naming {@code id} or
     *     {@code serialNumber} when taken
     */
    Drone insert(Drone drone);

    /**
     * Stores a changed drone whose version is the stored one.
     *
     * @return the stored drone, its version incremented
     * @throws NotFoundException if no drone has the id
     * @throws ConflictException {@link ConflictException.Kind#CONCURRENT_UPDATE} on a stale
     *     version; {@link ConflictException.Kind#DUPLICATE} naming {@code serialNumber} when taken
     */
    Drone update(Drone drone);

    /** The live drone with this id. */
    Optional<Drone> findById(DroneId id);

    /** The drone with this id, soft-deleted or not. */
    Optional<Drone> findByIdIncludingDeleted(DroneId id);

    /** The live drones an organization owns, by id. */
    List<Drone> findByOrganization(OrganizationId organization);

    /** The live drones a solo pilot owns, by id. */
    List<Drone> findBySoloOwner(UserId owner);

    /** Every live drone, by id. */
    List<Drone> findAll();
}
