package kz.utm.persistence.jpa;

import static kz.utm.core.contract.Rows.minute;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kz.utm.core.common.ConflictException;
import kz.utm.core.common.UserId;
import kz.utm.core.contract.Rows;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.DroneAssignment;
import kz.utm.core.flightplan.DroneScheduleRule;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.FlightPlanStatus;
import kz.utm.core.flightplan.FlightPlans;
import kz.utm.core.organization.Organization;
import kz.utm.core.telemetry.TelemetryPoint;
import kz.utm.core.user.UserRole;

/**
 * Races between units of work, each with its own entity manager and database transaction, on
 * one row or one drone: exactly one wins, the others get the port's conflict (or its
 * "already there"), and nothing half-done is stored.
 */
class ConcurrencyTest {

    private static final int RACERS = 6;

    /** The rule of submission: no other claiming plan of the drone overlaps. */
    private static final DroneScheduleRule NO_OVERLAP = (plan, others) -> {
        if (others.stream().anyMatch(other -> other.overlaps(plan.plannedDepartureTime(), plan.plannedArrivalTime()))) {
            throw ConflictException.state("drone " + plan.droneId() + " is already claimed then");
        }
    };

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void ofTwoConcurrentApprovalsOfOnePlanOneWinsAndTheOtherIsAConcurrentUpdate(TestDatabase database)
            throws Exception {
        JpaStorage storage = database.cleanStorage();
        FlightPlans plans = storage.flightPlans();
        Drone drone = Rows.insertSoloDrone(storage);
        FlightPlan plan = Rows.insertPlan(storage, drone, minute(10), minute(40),
                FlightPlanStatus.PENDING_AUTHORITY_APPROVAL);
        List<UserId> authorities = List.of(Rows.insertAuthorityAdmin(storage).id(),
                Rows.insertAuthorityAdmin(storage).id());
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);

        List<Outcome<FlightPlan>> outcomes = race(2, racer -> storage.transactions().inTransaction(() -> {
            FlightPlan read = plans.findById(plan.id()).orElseThrow();
            await(bothHaveRead);
            return plans.update(read.approveByAuthority(authorities.get(racer), minute(1)), NO_OVERLAP);
        }));

        assertThat(outcomes).filteredOn(Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(lost -> assertThat(lost.conflict().kind())
                        .isEqualTo(ConflictException.Kind.CONCURRENT_UPDATE));
        FlightPlan winner = outcomes.stream().filter(Outcome::won).findFirst().orElseThrow().value();
        assertThat(plans.findById(plan.id())).contains(winner);
        assertThat(winner.version()).isEqualTo(1);
        assertThat(winner.status()).isEqualTo(FlightPlanStatus.APPROVED);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void ofConcurrentSubmissionsOfOverlappingPlansForOneDroneExactlyOnePassesTheRule(TestDatabase database)
            throws Exception {
        JpaStorage storage = database.cleanStorage();
        FlightPlans plans = storage.flightPlans();
        Drone drone = Rows.insertSoloDrone(storage);
        UserId pilot = drone.soloOwnerId().orElseThrow();
        CyclicBarrier start = new CyclicBarrier(RACERS);

        List<Outcome<FlightPlan>> outcomes = race(RACERS, racer -> {
            FlightPlan plan = Rows.plan(plans.nextId(), pilot, drone.id(), Optional.empty(), minute(10 + racer),
                    minute(60 + racer), FlightPlanStatus.PENDING_AUTHORITY_APPROVAL);
            await(start);
            return plans.insert(plan, NO_OVERLAP);
        });

        assertThat(outcomes).filteredOn(Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).hasSize(RACERS - 1)
                .allSatisfy(lost -> assertThat(lost.conflict().kind()).isEqualTo(ConflictException.Kind.STATE));
        assertThat(plans.findAll()).containsExactly(outcomes.stream().filter(Outcome::won).findFirst()
                .orElseThrow().value());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void ofConcurrentAssignmentsOfOnePairExactlyOneIsStored(TestDatabase database) throws Exception {
        JpaStorage storage = database.cleanStorage();
        Organization organization = Rows.insertOrganization(storage);
        UserId pilot = Rows.insertMember(storage, organization.id(), UserRole.ORGANIZATION_PILOT).id();
        Drone drone = Rows.insertOrganizationDrone(storage, organization.id());
        CyclicBarrier start = new CyclicBarrier(RACERS);

        List<Outcome<Boolean>> outcomes = race(RACERS, racer -> {
            await(start);
            return storage.assignments().add(new DroneAssignment(pilot, drone.id(), minute(racer)));
        });

        assertThat(outcomes).extracting(Outcome::value).containsOnly(true, false).filteredOn(Boolean::booleanValue)
                .hasSize(1);
        assertThat(storage.assignments().findByDrone(drone.id())).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void planWritesOfADroneDoNotDeadlockWithItsTelemetry(TestDatabase database) throws Exception {
        JpaStorage storage = database.cleanStorage();
        FlightPlans plans = storage.flightPlans();
        Drone drone = Rows.insertSoloDrone(storage);
        UserId pilot = drone.soloOwnerId().orElseThrow();
        int rounds = 40;
        CyclicBarrier start = new CyclicBarrier(2);

        // One racer appends a point and then moves the drone's last-seen point, as a report does;
        // the other writes plans of the same drone, each under the drone's lock.
        List<Outcome<Integer>> outcomes = race(2, racer -> {
            await(start);
            for (int round = 0; round < rounds; round++) {
                int minute = round;
                if (racer == 0) {
                    storage.transactions().inTransaction(() -> {
                        TelemetryPoint point = Rows.point(storage.telemetry().nextId(), drone.id(), minute(minute));
                        storage.telemetry().append(List.of(point));
                        Drone current = storage.drones().findById(drone.id()).orElseThrow();
                        return storage.drones().update(current.seen(point.id(), point.timestamp(), minute(minute)));
                    });
                } else {
                    plans.insert(Rows.plan(plans.nextId(), pilot, drone.id(), Optional.empty(), minute(10 * minute),
                            minute(10 * minute + 5), FlightPlanStatus.PENDING_AUTHORITY_APPROVAL), NO_OVERLAP);
                }
            }
            return rounds;
        });

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.conflict()).isNull());
        assertThat(plans.findAll()).hasSize(rounds);
        assertThat(storage.drones().findById(drone.id()).orElseThrow().lastSeenAt()).contains(minute(rounds - 1));
    }

    // ---- racing ----

    private record Outcome<T>(T value, ConflictException conflict) {
        boolean won() {
            return conflict == null;
        }
    }

    @FunctionalInterface
    private interface Racer<T> {
        T run(int racer) throws Exception;
    }

    private static <T> List<Outcome<T>> race(int racers, Racer<T> racer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Outcome<T>>> futures = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                int index = i;
                Callable<Outcome<T>> task = () -> {
                    try {
                        return new Outcome<>(racer.run(index), null);
                    } catch (ConflictException e) {
                        return new Outcome<>(null, e);
                    }
                };
                futures.add(pool.submit(task));
            }
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<Outcome<T>> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the racers did not meet", e);
        }
    }
}
