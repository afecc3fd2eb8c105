package kz.utm.core.memory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.flightplan.DroneScheduleRule;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.FlightPlanQuery;
import kz.utm.core.flightplan.FlightPlanStatus;
import kz.utm.core.flightplan.FlightPlans;

/**
 * {@link FlightPlans} kept in memory, as the {@code flight_plans} and {@code waypoints} tables
 * would keep them.
 *
 * <p>Ids count up from 1. An update is stored only if the given version is the stored one, so
 * of several concurrent moves of one plan read at the same version exactly one succeeds and
 * the others fail with {@link kz.utm.core.common.ConflictException.Kind#CONCURRENT_UPDATE}.
 *
 * <p>Thread-safe and linearizable. Reads never lock. Writes of one drone's plans take that
 * drone's lock, so that a {@link DroneScheduleRule} is checked and the write it guards made as
 * one step; an update is besides a compare-and-set on the row. Lists are weakly consistent
 * under concurrent writes. Null
 * arguments are refused with {@link NullPointerException}; a failing write throws the port's
 * typed exception and changes nothing.
 */
public final class InMemoryFlightPlans implements FlightPlans {

    private final AtomicInteger ids = new AtomicInteger(1);
    private final ConcurrentHashMap<DroneId, Object> schedules = new ConcurrentHashMap<>();
    private final Table<FlightPlanId, FlightPlan> table = new Table<>("flight plan", FlightPlan::id,
            FlightPlan::version, FlightPlan::withVersion, plan -> plan.audit().isDeleted(), List.of());

    /** Creates an empty repository. */
    public InMemoryFlightPlans() {
    }

    @Override
    public FlightPlanId nextId() {
        return FlightPlanId.of(ids.getAndIncrement());
    }

    @Override
    public FlightPlan insert(FlightPlan plan, DroneScheduleRule rule) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(rule, "rule");
        synchronized (scheduleOf(plan.droneId())) {
            rule.check(plan, othersClaiming(plan));
            return table.insert(plan);
        }
    }

    @Override
    public FlightPlan update(FlightPlan plan, DroneScheduleRule rule) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(rule, "rule");
        synchronized (scheduleOf(plan.droneId())) {
            rule.check(plan, othersClaiming(plan));
            return table.update(plan);
        }
    }

    // Every write of a drone's plans holds that drone's lock, so a rule's check and the write it
    // guards are one step; writes of different drones' plans never wait for each other.
    private Object scheduleOf(DroneId drone) {
        return schedules.computeIfAbsent(drone, d -> new Object());
    }

    private List<FlightPlan> othersClaiming(FlightPlan plan) {
        return table.list(other -> other.droneId().equals(plan.droneId()) && !other.id().equals(plan.id())
                && other.status().claimsDrone());
    }

    @Override
    public Optional<FlightPlan> findById(FlightPlanId id) {
        return table.find(id);
    }

    @Override
    public Optional<FlightPlan> findByIdIncludingDeleted(FlightPlanId id) {
        return table.findIncludingDeleted(id);
    }

    /** @throws NullPointerException if an argument is null */
    @Override
    public List<FlightPlan> findClaimingDrone(DroneId drone, Instant departure, Instant arrival) {
        Objects.requireNonNull(drone, "drone");
        Objects.requireNonNull(departure, "departure");
        Objects.requireNonNull(arrival, "arrival");
        return table.list(plan -> plan.droneId().equals(drone) && plan.status().claimsDrone()
                && plan.overlaps(departure, arrival));
    }

    @Override
    public Optional<FlightPlan> findActiveByDrone(DroneId drone) {
        Objects.requireNonNull(drone, "drone");
        return table.list(plan -> plan.droneId().equals(drone) && plan.status() == FlightPlanStatus.ACTIVE)
                .stream().findFirst();
    }

    @Override
    public List<FlightPlan> find(FlightPlanQuery query) {
        Objects.requireNonNull(query, "query");
        return table.list(query::matches).stream().skip(query.offset()).limit(query.limit()).toList();
    }

    @Override
    public List<FlightPlan> findAll() {
        return table.list(plan -> true);
    }
}
