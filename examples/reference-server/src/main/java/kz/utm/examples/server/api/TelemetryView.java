package kz.utm.examples.server.api;

import java.time.Instant;
import java.util.Optional;

import kz.utm.core.telemetry.TelemetryPoint;

/**
 * A stored telemetry point. {@code conformance} is the status the service judged the point
 * with (a {@code ConformanceStatus} name) when it was reported.
 */
public record TelemetryView(long id, int droneId, Optional<Integer> flightPlanId, Instant timestamp,
        double latitude, double longitude, double altitudeM, Optional<Double> speedMps,
        Optional<Double> headingDegrees, Optional<String> conformance, Instant createdAt) {

    /** The view of a stored point. */
    public static TelemetryView of(TelemetryPoint point) {
        return new TelemetryView(point.id().value(), point.droneId().value(), point.flightPlanId().map(p -> p.value()),
                point.timestamp(), point.position().latitude(), point.position().longitude(), point.altitudeM(),
                point.speedMps().isPresent() ? Optional.of(point.speedMps().getAsDouble()) : Optional.empty(),
                point.headingDegrees().isPresent() ? Optional.of(point.headingDegrees().getAsDouble())
                        : Optional.empty(),
                point.statusMessage(), point.createdAt());
    }
}
