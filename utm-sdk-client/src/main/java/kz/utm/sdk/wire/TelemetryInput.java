package kz.utm.sdk.wire;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One position to report. Immutable and thread-safe. A {@code null} is refused with a
 * {@link NullPointerException} naming the parameter; the server checks the ranges and that the
 * timestamp is not ahead of its clock.
 *
 * @param timestamp when the drone was there
 * @param latitude degrees north, WGS84
 * @param longitude degrees east, WGS84
 * @param altitudeM metres above ground
 * @param speedMps ground speed, not negative
 * @param headingDegrees heading in [0, 360)
 * @param statusMessage the drone's own status text
 */
public record TelemetryInput(Instant timestamp, double latitude, double longitude, double altitudeM,
        Optional<Double> speedMps, Optional<Double> headingDegrees, Optional<String> statusMessage) {

    /** Refuses nulls. */
    public TelemetryInput {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(speedMps, "speedMps");
        Objects.requireNonNull(headingDegrees, "headingDegrees");
        Objects.requireNonNull(statusMessage, "statusMessage");
    }

    /** A position without speed, heading or status text. */
    public TelemetryInput(Instant timestamp, double latitude, double longitude, double altitudeM) {
        this(timestamp, latitude, longitude, altitudeM, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
