package kz.utm.core.flightplan;

import jakarta.validation.constraints.PositiveOrZero;

import kz.utm.core.common.constraints.Finite;
import kz.utm.core.common.constraints.Latitude;
import kz.utm.core.common.constraints.Longitude;

/**
 * One waypoint of a plan being submitted.
 *
 * @param sequenceOrder its place on the path: the waypoints of a plan are numbered 0, 1, 2, ...
 * @param latitude degrees, in [-90, 90]
 * @param longitude degrees, in [-180, 180]
 * @param altitudeM metres above ground level, finite
 */
public record WaypointInput(
        @PositiveOrZero int sequenceOrder,
        @Latitude double latitude,
        @Longitude double longitude,
        @Finite double altitudeM) {
}
