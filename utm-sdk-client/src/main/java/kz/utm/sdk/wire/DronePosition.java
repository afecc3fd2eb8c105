package kz.utm.sdk.wire;

import java.time.Instant;
import java.util.Optional;

/**
 * A drone's latest position and status, as the map shows it. Immutable and thread-safe.
 *
 * @param droneId the drone
 * @param name its brand and model
 * @param latitude degrees north
 * @param longitude degrees east
 * @param altitudeM metres above ground
 * @param status a {@link ConformanceStatus} name, or {@code UNKNOWN}
 * @param timestamp when it was there
 * @param flightPlanId its active plan, if any
 */
public record DronePosition(int droneId, String name, double latitude, double longitude, double altitudeM,
        String status, Instant timestamp, Optional<Integer> flightPlanId) {
}
