package kz.utm.core.flightplan;

import java.util.List;

import kz.utm.core.common.ConflictException;

/**
 * A rule about a drone's other plans that storing a plan must keep: no overlapping live plan
 * at submission, no overlapping approved plan at approval, no other active plan at take-off.
 *
 * <p>{@link FlightPlans#insert(FlightPlan, DroneScheduleRule)} and
 * {@link FlightPlans#update(FlightPlan, DroneScheduleRule)} check it atomically with the write,
 * so that two concurrent writes of one drone's plans cannot both pass it.
 */
@FunctionalInterface
public interface DroneScheduleRule {

    /**
     * Checks a plan about to be stored.
     *
     * @param plan the plan as it is about to be stored
     * @param others the drone's other live plans that {@linkplain FlightPlanStatus#claimsDrone()
     *     claim it}, as stored at this moment, by id
     * @throws ConflictException if the plan may not be stored
     */
    void check(FlightPlan plan, List<FlightPlan> others);

    /** The rule that every write keeps. */
    static DroneScheduleRule none() {
        return (plan, others) -> { };
    }
}
