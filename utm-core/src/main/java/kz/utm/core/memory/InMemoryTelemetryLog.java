package kz.utm.core.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import kz.utm.core.common.ConflictException;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.TelemetryId;
import kz.utm.core.telemetry.TelemetryLog;
import kz.utm.core.telemetry.TelemetryPoint;

/**
 * {@link TelemetryLog} kept in memory, as the {@code telemetry_logs} table would keep it.
 *
 * <p>Ids count up from 1. Each drone's points are kept ordered by timestamp then id, so a
 * window query reads only the points it returns and an append costs a logarithmic insert.
 *
 * <p>Thread-safe; neither appends nor reads lock. An append is all or none: a batch with a
 * taken id, or with one id twice, stores nothing and is never seen by readers; a reader that
 * runs while a successful batch is being appended may see part of it. Null arguments are
 * refused with {@link NullPointerException}, a negative limit with
 * {@link IllegalArgumentException}; a window whose end is not after its start is empty.
 */
public final class InMemoryTelemetryLog implements TelemetryLog {

    // Ids are positive, so 0 sorts before every point of its timestamp: a window bound.
    private record Key(Instant timestamp, long id) {
    }

    private static final Comparator<Key> ORDER =
            Comparator.comparing(Key::timestamp).thenComparingLong(Key::id);

    private final AtomicLong ids = new AtomicLong(1);
    private final Set<TelemetryId> taken = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<DroneId, ConcurrentSkipListMap<Key, TelemetryPoint>> byDrone =
            new ConcurrentHashMap<>();

    /** Creates an empty log. */
    public InMemoryTelemetryLog() {
    }

    @Override
    public TelemetryId nextId() {
        return TelemetryId.of(ids.getAndIncrement());
    }

    /** One atomic step reserves the whole block: {@code count} consecutive ids. */
    @Override
    public List<TelemetryId> nextIds(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        long first = ids.getAndAdd(count);
        List<TelemetryId> block = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            block.add(TelemetryId.of(first + i));
        }
        return List.copyOf(block);
    }

    @Override
    public void append(List<TelemetryPoint> points) {
        List<TelemetryPoint> batch = List.copyOf(points);
        // Claiming every id before publishing any point keeps a failed batch invisible; only
        // the ids this call claimed are released, so a concurrent batch's claims survive.
        List<TelemetryId> claimed = new ArrayList<>(batch.size());
        for (TelemetryPoint point : batch) {
            if (!taken.add(point.id())) {
                claimed.forEach(taken::remove);
                throw ConflictException.duplicate("telemetry point", "id");
            }
            claimed.add(point.id());
        }
        for (TelemetryPoint point : batch) {
            byDrone.computeIfAbsent(point.droneId(), drone -> new ConcurrentSkipListMap<>(ORDER))
                    .put(new Key(point.timestamp(), point.id().value()), point);
        }
    }

    @Override
    public List<TelemetryPoint> findByDrone(DroneId drone, Instant from, Instant to, int limit) {
        Objects.requireNonNull(drone, "drone");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        ConcurrentSkipListMap<Key, TelemetryPoint> points = byDrone.get(drone);
        if (points == null || !from.isBefore(to) || limit == 0) {
            return List.of();
        }
        return points.subMap(new Key(from, 0), true, new Key(to, 0), false).values().stream()
                .limit(limit).toList();
    }
}
