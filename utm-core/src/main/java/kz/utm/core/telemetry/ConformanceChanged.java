package kz.utm.core.telemetry;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.common.ZoneId;

/**
 * A drone's conformance status changed: published once per change, not per point, so that a
 * drone sitting in a zone raises one alert.
 *
 * @param droneId the drone
 * @param flightPlanId the plan it flies, if any
 * @param from the status before
 * @param to the status now
 * @param zones the restricted zones concerned, for {@link ConformanceStatus#NFZ_ALERT} and
 *     {@link ConformanceStatus#NFZ_WARNING}; empty otherwise
 * @param occurredAt the timestamp of the point that changed it, or the time the signal was
 *     declared lost
 */
public record ConformanceChanged(DroneId droneId, Optional<FlightPlanId> flightPlanId, ConformanceStatus from,
        ConformanceStatus to, List<ZoneId> zones, Instant occurredAt) implements DomainEvent {

    /** @throws NullPointerException if a component is null */
    public ConformanceChanged {
        Objects.requireNonNull(droneId, "droneId");
        Objects.requireNonNull(flightPlanId, "flightPlanId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        zones = List.copyOf(zones);
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
