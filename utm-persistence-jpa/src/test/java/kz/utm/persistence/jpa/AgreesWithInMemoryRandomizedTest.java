package kz.utm.persistence.jpa;

import static kz.utm.core.contract.Rows.minute;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kz.utm.core.UtmStorage;
import kz.utm.core.common.ConflictException;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.UserId;
import kz.utm.core.common.UtmException;
import kz.utm.core.contract.Rows;
import kz.utm.core.drone.Drone;
import kz.utm.core.flightplan.DroneScheduleRule;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.FlightPlanQuery;
import kz.utm.core.flightplan.FlightPlanStatus;
import kz.utm.core.memory.InMemoryStorage;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;

/**
 * The same random sequence of repository calls, made on the in-memory adapter (the reference)
 * and on the database, gives the same results and the same errors: users with colliding unique
 * values, stale versions, soft deletes and restores; flight plans written under a schedule rule
 * and found by every kind of query. The seed is printed on failure.
 */
class AgreesWithInMemoryRandomizedTest {

    private static final int STEPS = 150;
    private static final List<String> EMAILS = List.of("a@x.kz", "b@x.kz", "c@x.kz", "d@x.kz", "e@x.kz", "f@x.kz",
            "g@x.kz", "h@x.kz", "i@x.kz", "j@x.kz");
    private static final List<String> PHONES = List.of("+77010000001", "+77010000002", "+77010000003");
    private static final List<String> IINS = List.of("900101300123", "900101300124", "900101300125");

    /** No other claiming plan of the drone overlaps. */
    private static final DroneScheduleRule NO_OVERLAP = (plan, others) -> {
        if (others.stream().anyMatch(other -> other.overlaps(plan.plannedDepartureTime(), plan.plannedArrivalTime()))) {
            throw ConflictException.state("overlap");
        }
    };

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void usersBehaveAsTheReferenceDoes(TestDatabase database) {
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        Pair pair = new Pair(new InMemoryStorage(), database.cleanStorage(), seed);
        List<User> seen = new ArrayList<>();

        for (int step = 0; step < STEPS; step++) {
            int choice = random.nextInt(10);
            if (choice < 4 || seen.isEmpty()) {
                UserId id = pair.same("nextId", () -> pair.memory.users().nextId(), () -> pair.database.users().nextId())
                        .orElseThrow();
                User user = Rows.user(id, pick(random, EMAILS), random.nextBoolean() ? UserRole.SOLO_PILOT
                        : UserRole.AUTHORITY_ADMIN, Optional.empty());
                User withUniques = new User(id, user.fullName(), user.email(), maybe(random, PHONES), maybe(random, IINS),
                        user.hashedPassword(), user.role(), Optional.empty(), true, 0, user.audit());
                pair.same("insert " + withUniques, () -> pair.memory.users().insert(withUniques),
                        () -> pair.database.users().insert(withUniques)).ifPresent(seen::add);
            } else {
                // Sometimes an old copy: a stale version.
                User base = seen.get(random.nextInt(seen.size()));
                User changed = switch (random.nextInt(5)) {
                    case 0 -> base.withProfile("Renamed " + step, maybe(random, PHONES), minute(step));
                    case 1 -> base.withActive(!base.active(), minute(step));
                    case 2 -> base.deleted(minute(step));
                    case 3 -> base.restored(minute(step));
                    default -> base;
                };
                pair.same("update " + changed, () -> pair.memory.users().update(changed),
                        () -> pair.database.users().update(changed)).ifPresent(seen::add);
            }
            String email = pick(random, EMAILS);
            String asked = random.nextBoolean() ? email : email.toUpperCase(Locale.ROOT);
            pair.same("findByEmail " + asked, () -> pair.memory.users().findByEmail(asked),
                    () -> pair.database.users().findByEmail(asked));
            if (step % 10 == 0) {
                pair.same("countActiveAuthorityAdmins", () -> pair.memory.users().countActiveAuthorityAdmins(),
                        () -> pair.database.users().countActiveAuthorityAdmins());
            }
        }
        pair.same("findAll", () -> pair.memory.users().findAll(), () -> pair.database.users().findAll());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void flightPlansBehaveAsTheReferenceDoes(TestDatabase database) {
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        Pair pair = new Pair(new InMemoryStorage(), database.cleanStorage(), seed);
        List<Drone> drones = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Drone drone = Rows.insertSoloDrone(pair.memory);
            assertThat(Rows.insertSoloDrone(pair.database)).as("seed %d", seed).isEqualTo(drone);
            drones.add(drone);
        }
        List<FlightPlan> seen = new ArrayList<>();
        FlightPlanStatus[] statuses = FlightPlanStatus.values();

        for (int step = 0; step < STEPS; step++) {
            Drone drone = drones.get(random.nextInt(drones.size()));
            DroneScheduleRule rule = random.nextBoolean() ? NO_OVERLAP : DroneScheduleRule.none();
            if (random.nextInt(3) == 0 || seen.isEmpty()) {
                long from = random.nextInt(200);
                FlightPlan plan = Rows.plan(pair.same("nextId", () -> pair.memory.flightPlans().nextId(),
                                () -> pair.database.flightPlans().nextId()).orElseThrow(), drone.soloOwnerId().orElseThrow(),
                        drone.id(), Optional.empty(), minute(from), minute(from + 1 + random.nextInt(30)),
                        statuses[random.nextInt(statuses.length)]);
                pair.same("insert " + plan.id(), () -> pair.memory.flightPlans().insert(plan, rule),
                        () -> pair.database.flightPlans().insert(plan, rule)).ifPresent(seen::add);
            } else {
                FlightPlan base = seen.get(random.nextInt(seen.size()));
                FlightPlan changed = switch (random.nextInt(4)) {
                    case 0 -> Rows.withNotes(base, "note " + step);
                    case 1 -> base.audit().isDeleted() ? base.restored(minute(step)) : base.deleted(minute(step));
                    case 2 -> base.status() == FlightPlanStatus.PENDING_AUTHORITY_APPROVAL
                            ? base.approveByAuthority(drone.soloOwnerId().orElseThrow(), minute(step))
                            : Rows.withNotes(base, "no move " + step);
                    default -> base.status().isFinal() ? base : base.cancelByAdmin(minute(step));
                };
                pair.same("update " + changed.id(), () -> pair.memory.flightPlans().update(changed, rule),
                        () -> pair.database.flightPlans().update(changed, rule)).ifPresent(seen::add);
            }
            long from = random.nextInt(220);
            long to = from + random.nextInt(60);
            DroneId asked = drones.get(random.nextInt(drones.size())).id();
            pair.same("findClaimingDrone", () -> pair.memory.flightPlans().findClaimingDrone(asked, minute(from),
                    minute(to)), () -> pair.database.flightPlans().findClaimingDrone(asked, minute(from), minute(to)));
            if (step % 5 == 0) {
                pair.same("findActiveByDrone", () -> pair.memory.flightPlans().findActiveByDrone(asked),
                        () -> pair.database.flightPlans().findActiveByDrone(asked));
            }
            FlightPlanQuery query = new FlightPlanQuery(random.nextBoolean() ? Optional.empty()
                    : drones.get(random.nextInt(drones.size())).soloOwnerId(), Optional.empty(),
                    random.nextBoolean() ? Optional.empty() : Optional.of(asked), someOf(random, statuses),
                    random.nextInt(5), 1 + random.nextInt(6));
            pair.same("find " + query, () -> pair.memory.flightPlans().find(query),
                    () -> pair.database.flightPlans().find(query));
        }
        pair.same("findAll", () -> pair.memory.flightPlans().findAll(), () -> pair.database.flightPlans().findAll());
    }

    // ---- comparing the two ----

    /** The reference and the database, with the seed to name on failure. */
    private record Pair(UtmStorage memory, UtmStorage database, long seed) {

        /**
         * Runs the call on both, checks they returned equal values or threw the same error, and
         * returns the value if there was one.
         */
        <T> Optional<T> same(String call, Supplier<T> onMemory, Supplier<T> onDatabase) {
            Result<T> expected = Result.of(onMemory);
            Result<T> actual = Result.of(onDatabase);
            assertThat(actual).as("seed %d: %s", seed, call).isEqualTo(expected);
            return Optional.ofNullable(expected.value());
        }
    }

    /** A value, or the signature of the error thrown: its type, kind and field. */
    private record Result<T>(T value, String error) {
        static <T> Result<T> of(Supplier<T> call) {
            try {
                return new Result<>(call.get(), null);
            } catch (ConflictException e) {
                return new Result<>(null, "Conflict " + e.kind() + " " + e.field().orElse(""));
            } catch (UtmException e) {
                return new Result<>(null, e.getClass().getSimpleName());
            }
        }
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> Optional<T> maybe(SplittableRandom random, List<T> values) {
        return random.nextInt(3) == 0 ? Optional.empty() : Optional.of(pick(random, values));
    }

    private static Set<FlightPlanStatus> someOf(SplittableRandom random, FlightPlanStatus[] statuses) {
        Set<FlightPlanStatus> some = EnumSet.noneOf(FlightPlanStatus.class);
        if (random.nextBoolean()) {
            for (FlightPlanStatus status : statuses) {
                if (random.nextInt(3) == 0) {
                    some.add(status);
                }
            }
        }
        return some;
    }
}
