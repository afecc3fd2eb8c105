package kz.utm.sdk.wire;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A change of a drone's conformance status, as the server's alert stream sends it. Immutable
 * and thread-safe.
 *
 * @param id the alert's number, increasing
 * @param droneId the drone
 * @param flightPlanId its active plan, if any
 * @param from the status before
 * @param to the status now
 * @param zoneIds the zones involved, for the NFZ statuses
 * @param occurredAt when it changed
 */
public record Alert(long id, int droneId, Optional<Integer> flightPlanId, ConformanceStatus from,
        ConformanceStatus to, List<Integer> zoneIds, Instant occurredAt) {

    /** Copies the zone ids; absent ones are none. */
    public Alert {
        zoneIds = zoneIds == null ? List.of() : List.copyOf(zoneIds);
    }
}
