package kz.utm.core.telemetry;

import java.util.List;
import java.util.Optional;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.flightplan.FlightPlan;

/**
 * Port through which the telemetry service has each reported point judged against the
 * restricted zones and the drone's active plan. utm-geofence implements it; without one,
 * points keep the status message their reporter gave.
 *
 * <p>The service calls {@link #assess} for every point of a batch before storing it, and
 * stores the answer as the point's {@code status_message}; once the batch is stored it calls
 * {@link #recorded}, where the monitor moves its own per-drone state forward and publishes an
 * event when a drone's status changes. Implementations must be thread-safe: batches of
 * different drones arrive from many threads at once.
 */
public interface ConformanceMonitor {

    /**
     * Judges one point, changing no state.
     *
     * @param drone the drone
     * @param activePlan the plan it flies, if any
     * @param position where it was
     * @param altitudeM its altitude, metres above ground level
     * @return the point's status; never {@link ConformanceStatus#SIGNAL_LOST}
     */
    ConformanceStatus assess(DroneId drone, Optional<FlightPlan> activePlan, GeoPoint position, double altitudeM);

    /**
     * Takes note of stored points, in timestamp order, each with the status
     * {@link #assess} gave it.
     *
     * @param points the stored points of one drone, oldest first
     * @param activePlan the plan the drone flies, if any
     */
    void recorded(List<TelemetryPoint> points, Optional<FlightPlan> activePlan);

}
