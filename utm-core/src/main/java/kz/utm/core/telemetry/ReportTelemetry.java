package kz.utm.core.telemetry;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.utm.core.common.DroneId;

/**
 * Command: report a batch of a drone's telemetry.
 *
 * @param droneId the drone
 * @param points 1 to 10,000 points, in any order
 */
public record ReportTelemetry(
        @NotNull DroneId droneId,
        @NotNull @Size(min = 1, max = 10_000) List<@NotNull @Valid TelemetryInput> points) {
}
