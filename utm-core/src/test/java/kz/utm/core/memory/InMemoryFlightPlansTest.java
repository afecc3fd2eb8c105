package kz.utm.core.memory;

import static kz.utm.core.contract.Rows.minute;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.Test;

import kz.utm.core.UtmStorage;
import kz.utm.core.common.ConflictException;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.contract.FlightPlansContract;
import kz.utm.core.contract.Rows;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.FlightPlanStatus;
import kz.utm.core.flightplan.FlightPlans;

class InMemoryFlightPlansTest extends FlightPlansContract {

    private static final int THREADS = 16;
    private static final int ROUNDS = 200;

    @Override
    protected UtmStorage newStorage() {
        return new InMemoryStorage();
    }

    @Test
    void ofSixteenRacingUpdatesOfOnePlanExactlyOneWinsEachRound() throws Exception {
        UtmStorage storage = new InMemoryStorage();
        FlightPlans plans = storage.flightPlans();
        FlightPlanId id = Rows.insertPlan(storage, Rows.insertSoloDrone(storage), minute(0), minute(30),
                FlightPlanStatus.APPROVED).id();
        // One barrier, two waits a round: after every racer read the plan (all hold the same
        // version), and after every racer tried its update (the next round reads the winner's).
        CyclicBarrier barrier = new CyclicBarrier(THREADS);
        AtomicIntegerArray winners = new AtomicIntegerArray(ROUNDS);
        AtomicIntegerArray conflicts = new AtomicIntegerArray(ROUNDS);
        AtomicReferenceArray<String> winningNotes = new AtomicReferenceArray<>(ROUNDS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Void>> racers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int racer = t;
                racers.add(pool.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        FlightPlan read = plans.findById(id).orElseThrow();
                        assertThat(read.version()).isEqualTo(round);
                        String notes = "round " + round + " won by " + racer;
                        barrier.await(10, TimeUnit.SECONDS);
                        try {
                            plans.update(Rows.withNotes(read, notes));
                            winners.incrementAndGet(round);
                            winningNotes.set(round, notes);
                        } catch (ConflictException e) {
                            assertThat(e.kind()).isEqualTo(ConflictException.Kind.CONCURRENT_UPDATE);
                            conflicts.incrementAndGet(round);
                        }
                        barrier.await(10, TimeUnit.SECONDS);
                    }
                    return null;
                }));
            }
            for (Future<Void> racer : racers) {
                racer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        for (int round = 0; round < ROUNDS; round++) {
            assertThat(winners.get(round)).as("winners of round %d", round).isEqualTo(1);
            assertThat(conflicts.get(round)).as("losers of round %d", round).isEqualTo(THREADS - 1);
        }
        FlightPlan last = plans.findById(id).orElseThrow();
        assertThat(last.version()).isEqualTo(ROUNDS);
        assertThat(last.notes()).contains(winningNotes.get(ROUNDS - 1));
    }
}
