package kz.utm.core.zone;

import java.util.List;
import java.util.Optional;

import kz.utm.core.common.ConflictException;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.ZoneId;

/**
 * Repository port of {@link RestrictedZone}s: the {@code restricted_zones} table.
 *
 * <p>Ordinary reads do not see soft-deleted zones. Rows that a record refers to (its owner, drone, plan) exist when it is written: the
 * services check them first. Implementations must be thread-safe.
 */
public interface RestrictedZones {

    /** Reserves a fresh id for a zone about to be inserted. */
    ZoneId nextId();

    /**
     * Stores a new zone at version 0, whatever version the given one carries.
     *
     * @return the stored zone
     * @throws ConflictException {@link ConflictException.Kind#DUPLICATE} naming {@code id} when taken
     */
    RestrictedZone insert(RestrictedZone zone);

    /**
     * Stores a changed zone whose version is the stored one.
     *
     * @return the stored zone, its version incremented
     * @throws NotFoundException if no zone has the id
     * @throws ConflictException on a stale version
     */
    RestrictedZone update(RestrictedZone zone);

    /** The live zone with this id. */
    Optional<RestrictedZone> findById(ZoneId id);

    /** The zone with this id, soft-deleted or not. */
    Optional<RestrictedZone> findByIdIncludingDeleted(ZoneId id);

    /** The zones that are active and not soft-deleted, by id: those that restrict airspace. */
    List<RestrictedZone> findEnforced();

    /** Every live zone, active or not, by id. */
    List<RestrictedZone> findAll();
}
