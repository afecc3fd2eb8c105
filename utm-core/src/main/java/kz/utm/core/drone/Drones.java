package kz.utm.core.drone;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import kz.utm.core.common.ConflictException;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.TelemetryId;
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

    /**
     * Moves a live drone's last point ({@code last_telemetry_id}, {@code last_seen_at}) forward
     * to the given point, unless the drone already has a point with a later timestamp: a point
     * that arrives late never moves it back (a point of the same timestamp does move it, as
     * {@link Drone#seen} does). A move touches {@code updated_at} and counts as a stored update
     * (the version goes up by one). Atomic per drone: of concurrent moves, the latest point wins,
     * whatever order they commit in.
     *
     * <p>Adapters over a database do it in one conditional write, under the row's lock; this
     * default reads, applies {@link Drone#seen} and updates, re-reading on a concurrent update.
     *
     * @return whether the drone moved; {@code false} for an unknown or soft-deleted drone too
     * @throws ConflictException {@link ConflictException.Kind#CONCURRENT_UPDATE} if other
     *     updates of the drone keep winning the race (the default gives up after a few attempts)
     * @throws NullPointerException if an argument is null
     */
    default boolean moveLastSeenForward(DroneId id, TelemetryId telemetry, Instant timestamp, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(telemetry, "telemetry");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(now, "now");
        for (int attempt = 1; ; attempt++) {
            Optional<Drone> drone = findById(id);
            if (drone.isEmpty()) {
                return false;
            }
            Drone seen = drone.get().seen(telemetry, timestamp, now);
            if (seen == drone.get()) {
                return false;
            }
            try {
                update(seen);
                return true;
            } catch (ConflictException e) {
                // Moving forward only is idempotent and order-independent: re-read and re-apply.
                if (e.kind() != ConflictException.Kind.CONCURRENT_UPDATE || attempt == MOVE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** How many times {@link #moveLastSeenForward}'s default reads and updates before it gives up. */
    int MOVE_ATTEMPTS = 8;

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
