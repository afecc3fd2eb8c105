package kz.utm.core.telemetry;

import java.time.Instant;
import java.util.ArrayList;
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
     * Reserves {@code count} fresh ids at once, for a batch about to be appended: distinct from
     * each other and from every id handed out before, in ascending order. Adapters over a
     * database reserve them in one round trip; this default asks {@link #nextId()} for each.
     *
     * @return {@code count} ids, ascending; empty for 0
     * @throws IllegalArgumentException if {@code count} is negative
     */
    default List<TelemetryId> nextIds(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        List<TelemetryId> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(nextId());
        }
        // Another thread may draw ids between ours: sorting keeps the promise of ascending order.
        ids.sort(null);
        return List.copyOf(ids);
    }

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
