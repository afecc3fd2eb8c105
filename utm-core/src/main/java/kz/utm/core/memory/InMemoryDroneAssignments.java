package kz.utm.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.UserId;
import kz.utm.core.drone.DroneAssignment;
import kz.utm.core.drone.DroneAssignments;

/**
 * {@link DroneAssignments} kept in memory, as the {@code user_drone_assignments} table would
 * keep them: at most one row per (user, drone) pair.
 *
 * <p>Thread-safe and linearizable; neither reads nor writes lock. Of several concurrent
 * {@link #add}s of one pair exactly one returns true. Lists are weakly consistent under
 * concurrent writes. Null arguments are refused with {@link NullPointerException}.
 */
public final class InMemoryDroneAssignments implements DroneAssignments {

    private record Pair(UserId user, DroneId drone) {
    }

    private final ConcurrentHashMap<Pair, DroneAssignment> rows = new ConcurrentHashMap<>();

    /** Creates an empty repository. */
    public InMemoryDroneAssignments() {
    }

    @Override
    public boolean add(DroneAssignment assignment) {
        Objects.requireNonNull(assignment, "assignment");
        return rows.putIfAbsent(new Pair(assignment.userId(), assignment.droneId()), assignment) == null;
    }

    @Override
    public boolean remove(UserId user, DroneId drone) {
        return rows.remove(pair(user, drone)) != null;
    }

    @Override
    public Optional<DroneAssignment> find(UserId user, DroneId drone) {
        return Optional.ofNullable(rows.get(pair(user, drone)));
    }

    @Override
    public List<DroneAssignment> findByDrone(DroneId drone) {
        Objects.requireNonNull(drone, "drone");
        return list(assignment -> assignment.droneId().equals(drone),
                Comparator.comparing(DroneAssignment::userId));
    }

    @Override
    public List<DroneAssignment> findByUser(UserId user) {
        Objects.requireNonNull(user, "user");
        return list(assignment -> assignment.userId().equals(user),
                Comparator.comparing(DroneAssignment::droneId));
    }

    private List<DroneAssignment> list(Predicate<DroneAssignment> filter, Comparator<DroneAssignment> order) {
        return rows.values().stream().filter(filter).sorted(order).toList();
    }

    private static Pair pair(UserId user, DroneId drone) {
        return new Pair(Objects.requireNonNull(user, "user"), Objects.requireNonNull(drone, "drone"));
    }
}
