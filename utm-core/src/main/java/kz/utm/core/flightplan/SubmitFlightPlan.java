package kz.utm.core.flightplan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.utm.core.common.CrossFieldChecked;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.FieldError;

/**
 * Command: submit a flight plan with a drone.
 *
 * @param droneId the drone to fly
 * @param plannedDepartureTime before the arrival
 * @param plannedArrivalTime after the departure
 * @param notes at most 1000 characters
 * @param waypoints at least two, numbered 0, 1, 2, ... in the order given
 */
public record SubmitFlightPlan(
        @NotNull DroneId droneId,
        @NotNull Instant plannedDepartureTime,
        @NotNull Instant plannedArrivalTime,
        @NotNull Optional<@Size(max = 1000) String> notes,
        @NotNull @Size(min = 2, max = 10_000) List<@NotNull @Valid WaypointInput> waypoints)
        implements CrossFieldChecked {

    @Override
    public List<FieldError> crossFieldErrors() {
        List<FieldError> errors = new ArrayList<>();
        if (plannedDepartureTime != null && plannedArrivalTime != null
                && !plannedDepartureTime.isBefore(plannedArrivalTime)) {
            errors.add(new FieldError("plannedArrivalTime", "must be after plannedDepartureTime"));
        }
        if (waypoints != null) {
            for (int i = 0; i < waypoints.size(); i++) {
                WaypointInput waypoint = waypoints.get(i);
                if (waypoint != null && waypoint.sequenceOrder() != i) {
                    errors.add(new FieldError("waypoints[" + i + "].sequenceOrder",
                            "must be " + i + ": sequence orders are contiguous from 0 in list order"));
                }
            }
        }
        return errors;
    }
}
