package kz.utm.core.telemetry;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.UserId;

/**
 * A batch of telemetry was stored.
 *
 * @param droneId the drone
 * @param points the stored points
 * @param actorId who reported them
 * @param occurredAt when they were stored
 */
public record TelemetryReceived(DroneId droneId, List<TelemetryPoint> points, UserId actorId, Instant occurredAt)
        implements DomainEvent {

    /** @throws NullPointerException if a component is null */
    public TelemetryReceived {
        Objects.requireNonNull(droneId, "droneId");
        points = List.copyOf(points);
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
