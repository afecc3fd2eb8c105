package kz.utm.sdk.wire;

import java.time.Instant;
import java.util.Optional;

/**
 * A stored telemetry point, with the conformance monitor's judgement of it when it was
 * reported. Immutable and thread-safe.
 *
 * @param id the point's id
 * @param droneId the drone
 * @param flightPlanId the drone's active plan when reported, if any
 * @param timestamp when the drone was there
 * @param latitude degrees north
 * @param longitude degrees east
 * @param altitudeM metres above ground
 * @param speedMps ground speed, if reported
 * @param headingDegrees heading, if reported
 * @param conformance the monitor's judgement
 * @param createdAt when stored
 */
public record TelemetryPoint(long id, int droneId, Optional<Integer> flightPlanId, Instant timestamp,
        double latitude, double longitude, double altitudeM, Optional<Double> speedMps,
        Optional<Double> headingDegrees, Optional<ConformanceStatus> conformance, Instant createdAt) {
}
