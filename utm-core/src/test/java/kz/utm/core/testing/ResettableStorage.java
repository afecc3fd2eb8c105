package kz.utm.core.testing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import kz.utm.core.UtmStorage;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.drone.DroneAssignments;
import kz.utm.core.drone.Drones;
import kz.utm.core.flightplan.DroneScheduleRule;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.FlightPlanQuery;
import kz.utm.core.flightplan.FlightPlans;
import kz.utm.core.memory.InMemoryFlightPlans;
import kz.utm.core.memory.InMemoryStorage;
import kz.utm.core.organization.Organizations;
import kz.utm.core.telemetry.TelemetryLog;
import kz.utm.core.user.Users;
import kz.utm.core.zone.RestrictedZones;

/**
 * An {@link InMemoryStorage} whose flight plans can be thrown away: every repository is the
 * in-memory adapter, the flight plans behind a forwarder that {@link #forgetFlightPlans()}
 * points at a new, empty {@link InMemoryFlightPlans}. Lets a test run many independent
 * scenarios over one cast of users and drones without creating them again.
 *
 * <p>Thread-safe as the adapters are; {@link #forgetFlightPlans()} must not race with commands.
 */
final class ResettableStorage implements UtmStorage {

    private final InMemoryStorage memory = new InMemoryStorage();
    private final AtomicReference<FlightPlans> plans = new AtomicReference<>(new InMemoryFlightPlans());
    private final FlightPlans forwarder = new Forwarder();

    /** Empties the flight plans; their ids start again from 1. */
    void forgetFlightPlans() {
        plans.set(new InMemoryFlightPlans());
    }

    @Override
    public Users users() {
        return memory.users();
    }

    @Override
    public Organizations organizations() {
        return memory.organizations();
    }

    @Override
    public Drones drones() {
        return memory.drones();
    }

    @Override
    public DroneAssignments assignments() {
        return memory.assignments();
    }

    @Override
    public FlightPlans flightPlans() {
        return forwarder;
    }

    @Override
    public RestrictedZones zones() {
        return memory.zones();
    }

    @Override
    public TelemetryLog telemetry() {
        return memory.telemetry();
    }

    private final class Forwarder implements FlightPlans {

        @Override
        public FlightPlanId nextId() {
            return plans.get().nextId();
        }

        @Override
        public FlightPlan insert(FlightPlan plan, DroneScheduleRule rule) {
            return plans.get().insert(plan, rule);
        }

        @Override
        public FlightPlan update(FlightPlan plan, DroneScheduleRule rule) {
            return plans.get().update(plan, rule);
        }

        @Override
        public Optional<FlightPlan> findById(FlightPlanId id) {
            return plans.get().findById(id);
        }

        @Override
        public Optional<FlightPlan> findByIdIncludingDeleted(FlightPlanId id) {
            return plans.get().findByIdIncludingDeleted(id);
        }

        @Override
        public List<FlightPlan> findClaimingDrone(DroneId drone, Instant departure, Instant arrival) {
            return plans.get().findClaimingDrone(drone, departure, arrival);
        }

        @Override
        public Optional<FlightPlan> findActiveByDrone(DroneId drone) {
            return plans.get().findActiveByDrone(drone);
        }

        @Override
        public List<FlightPlan> find(FlightPlanQuery query) {
            return plans.get().find(Objects.requireNonNull(query, "query"));
        }

        @Override
        public List<FlightPlan> findAll() {
            return plans.get().findAll();
        }
    }
}
