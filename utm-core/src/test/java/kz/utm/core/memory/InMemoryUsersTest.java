package kz.utm.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

import kz.utm.core.UtmStorage;
import kz.utm.core.common.ConflictException;
import kz.utm.core.contract.Rows;
import kz.utm.core.contract.UsersContract;
import kz.utm.core.user.User;
import kz.utm.core.user.Users;

class InMemoryUsersTest extends UsersContract {

    private static final int THREADS = 16;
    private static final int ROUNDS = 100;

    @Override
    protected UtmStorage newStorage() {
        return new InMemoryStorage();
    }

    @Test
    void ofSixteenRacingInsertsOfOneEmailExactlyOneWinsEachRound() throws Exception {
        Users users = new InMemoryUsers();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        AtomicIntegerArray winners = new AtomicIntegerArray(ROUNDS);
        AtomicIntegerArray duplicates = new AtomicIntegerArray(ROUNDS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Void>> racers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                boolean shout = t % 2 == 1;
                racers.add(pool.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        String email = "racer" + round + "@example.kz";
                        // Half the racers write it in capitals: the clash must ignore case.
                        User user = Rows.soloPilot(users.nextId(),
                                shout ? email.toUpperCase(Locale.ROOT) : email, Optional.empty(), Optional.empty());
                        start.await(10, TimeUnit.SECONDS);
                        try {
                            users.insert(user);
                            winners.incrementAndGet(round);
                        } catch (ConflictException e) {
                            assertThat(e.kind()).isEqualTo(ConflictException.Kind.DUPLICATE);
                            assertThat(e.field()).contains("email");
                            duplicates.incrementAndGet(round);
                        }
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
            assertThat(duplicates.get(round)).as("losers of round %d", round).isEqualTo(THREADS - 1);
            assertThat(users.findByEmail("racer" + round + "@example.kz")).isPresent();
        }
        assertThat(users.findAll()).hasSize(ROUNDS);
    }
}
