package kz.utm.core.telemetry;

import java.time.Instant;
import java.util.Optional;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import kz.utm.core.common.constraints.Finite;
import kz.utm.core.common.constraints.Heading;
import kz.utm.core.common.constraints.Latitude;
import kz.utm.core.common.constraints.Longitude;

/**
 * One telemetry point as a drone reports it.
 *
 * @param timestamp when the drone measured it
 * @param latitude degrees, in [-90, 90]
 * @param longitude degrees, in [-180, 180]
 * @param altitudeM metres above ground level, finite
 * @param speedMps ground speed, finite and not negative
 * @param headingDegrees in [0, 360)
 * @param statusMessage at most 255 characters
 */
public record TelemetryInput(
        @NotNull Instant timestamp,
        @Latitude double latitude,
        @Longitude double longitude,
        @Finite double altitudeM,
        @NotNull Optional<@Finite @PositiveOrZero Double> speedMps,
        @NotNull Optional<@Heading Double> headingDegrees,
        @NotNull Optional<@Size(max = 255) String> statusMessage) {
}
