package kz.utm.core.telemetry;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.TelemetryId;

/**
 * One reported position of a drone: a row of {@code telemetry_logs}. Append-only.
 *
 * @param id identity
 * @param droneId {@code drone_id}
 * @param flightPlanId {@code flight_plan_id}: the plan flown, absent for live telemetry without a plan
 * @param timestamp {@code timestamp}: when the drone measured it
 * @param position {@code latitude}, {@code longitude}
 * @param altitudeM {@code altitude_m}, metres above ground level
 * @param speedMps {@code speed_mps}, ground speed, not negative
 * @param headingDegrees {@code heading_degrees}, in [0, 360)
 * @param statusMessage {@code status_message}: a conformance status such as {@code ON_SCHEDULE},
 *     {@code NFZ_ALERT} or {@code SIGNAL_LOST}, at most 255 characters
 * @param createdAt {@code created_at}: when it was stored
 * @param updatedAt {@code updated_at}
 */
public record TelemetryPoint(
        TelemetryId id,
        DroneId droneId,
        Optional<FlightPlanId> flightPlanId,
        Instant timestamp,
        GeoPoint position,
        double altitudeM,
        OptionalDouble speedMps,
        OptionalDouble headingDegrees,
        Optional<String> statusMessage,
        Instant createdAt,
        Instant updatedAt) {

    /**
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the altitude is not finite
     */
    public TelemetryPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(droneId, "droneId");
        Objects.requireNonNull(flightPlanId, "flightPlanId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(speedMps, "speedMps");
        Objects.requireNonNull(headingDegrees, "headingDegrees");
        Objects.requireNonNull(statusMessage, "statusMessage");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (!Double.isFinite(altitudeM)) {
            throw new IllegalArgumentException("altitudeM must be finite, was " + altitudeM);
        }
    }
}
