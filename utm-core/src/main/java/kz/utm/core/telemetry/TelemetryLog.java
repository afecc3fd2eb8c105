package kz.utm.core.telemetry;

import java.time.Instant;
import java.util.List;

import kz.utm.core.common.ConflictException;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.TelemetryId;

/**
 * Repository port of {@link TelemetryPoint}s: the {@code telemetry_logs} table. Append-only.
 * Rows that a record refers to (its owner, drone, plan) exist when it is written: the
 * services check them first. Implementations must be thread-safe.
 */
public interface TelemetryLog {

    /** Reserves a fresh id for a point about to be appended. */
    TelemetryId nextId();

    /**
     * Appends points, all or none.
     *
     * @throws ConflictException {@link ConflictException.Kind#DUPLICATE} naming {@code id} when an id is taken
     */
    void append(List<TelemetryPoint> points);

    /**
     * The points of a drone whose timestamp is in {@code [from, to)}, by timestamp then id, at
     * most {@code limit} of them. An empty window or a limit of 0 gives an empty list.
     *
     * @throws IllegalArgumentException if {@code limit} is negative
     */
    List<TelemetryPoint> findByDrone(DroneId drone, Instant from, Instant to, int limit);
}
