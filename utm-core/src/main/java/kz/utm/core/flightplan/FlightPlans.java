package kz.utm.core.flightplan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kz.utm.core.common.ConflictException;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.common.NotFoundException;

/**
 * Repository port of {@link FlightPlan}s with their waypoints: the {@code flight_plans} and
 * {@code waypoints} tables.
 *
 * <p>Updates are optimistic: {@link #update} stores a plan only if the stored version is the
 * one the plan was read at, so two concurrent moves of one plan never both succeed and no
 * update is lost. Ordinary reads do not see soft-deleted plans. Implementations must be
 * thread-safe.
 */
public interface FlightPlans {

    /** Reserves a fresh id for a plan about to be inserted. */
    FlightPlanId nextId();

    /**
     * Stores a new plan at version 0, whatever version the given one carries.
     *
     * @return the stored plan
     * @throws ConflictException {@link ConflictException.Kind#DUPLICATE} naming {@code id} when taken
     */
    default FlightPlan insert(FlightPlan plan) {
        return insert(plan, DroneScheduleRule.none());
    }

    /**
     * Stores a new plan at version 0 if the rule holds against the drone's other plans,
     * atomically: no other write of the same drone's plans comes between the check and the write.
     *
     * @return the stored plan
     * @throws ConflictException what the rule throws; {@link ConflictException.Kind#DUPLICATE}
     *     naming {@code id} when taken
     */
    FlightPlan insert(FlightPlan plan, DroneScheduleRule rule);

    /**
     * Stores a changed plan whose version is the stored one.
     *
     * @return the stored plan, its version incremented
     * @throws NotFoundException if no plan has the id
     * @throws ConflictException {@link ConflictException.Kind#CONCURRENT_UPDATE} when the stored
     *     version differs
     */
    default FlightPlan update(FlightPlan plan) {
        return update(plan, DroneScheduleRule.none());
    }

    /**
     * Stores a changed plan whose version is the stored one, if the rule holds against the
     * drone's other plans, atomically: no other write of the same drone's plans comes between the
     * check and the write. A database adapter locks the drone's row for it.
     *
     * @return the stored plan, its version incremented
     * @throws NotFoundException if no plan has the id
     * @throws ConflictException what the rule throws; {@link ConflictException.Kind#CONCURRENT_UPDATE}
     *     when the stored version differs
     */
    FlightPlan update(FlightPlan plan, DroneScheduleRule rule);

    /** The live plan with this id. */
    Optional<FlightPlan> findById(FlightPlanId id);

    /** The plan with this id, soft-deleted or not. */
    Optional<FlightPlan> findByIdIncludingDeleted(FlightPlanId id);

    /**
     * The live plans of a drone that {@linkplain FlightPlanStatus#claimsDrone() claim it} during
     * a window overlapping {@code [departure, arrival)}, by id.
     */
    List<FlightPlan> findClaimingDrone(DroneId drone, Instant departure, Instant arrival);

    /** The live plan of the drone in status {@link FlightPlanStatus#ACTIVE}, if any. */
    Optional<FlightPlan> findActiveByDrone(DroneId drone);

    /** The live plans that match the query, by id, paged. */
    List<FlightPlan> find(FlightPlanQuery query);

    /** Every live plan, by id. */
    List<FlightPlan> findAll();

}
