package kz.utm.core.flightplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.utm.core.common.ConflictException;
import kz.utm.core.common.UserId;
import kz.utm.core.common.UtmException;
import kz.utm.core.drone.Drone;
import kz.utm.core.testing.World;
import kz.utm.core.user.User;

/**
 * Many threads making competing moves of one plan at once: the optimistic lock lets exactly
 * one move out of the contested status win, and the recorded history is a legal walk of the
 * state machine.
 */
class FlightPlanConcurrencyTest {

    private static final int THREADS = 16;
    private static final int ROUNDS = 1_000;
    // The cross-plan races below are lost in a few rounds in a hundred on two cores; two
    // thousand rounds make a run that misses such a bug very unlikely.
    private static final int CROSS_PLAN_ROUNDS = 2_000;
    private static final Duration WAIT = Duration.ofSeconds(30);

    private ExecutorService pool;
    private World world;
    private FlightPlanService plans;
    private World.Org org;
    private User pilot;
    private User officer;
    private Drone drone;

    @BeforeEach
    void createWorldAndPool() {
        pool = Executors.newFixedThreadPool(THREADS);
        world = World.create();
        plans = world.plans();
        org = world.newOrganization();
        pilot = world.newOrganizationPilot(org);
        officer = world.newAuthorityAdmin();
        drone = world.newOrganizationDrone(org);
        world.assign(org, pilot, drone);
    }

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(WAIT.toSeconds(), TimeUnit.SECONDS)).as("pool stopped").isTrue();
    }

    /** One racer: a move by an actor it may make, with the reason for a rejection. */
    private record Racer(FlightPlanMove move, UserId actor, String reason) {
    }

    /** What a racer got: the plan as stored by its move, or the error that refused it. */
    private record Outcome(Racer racer, Optional<FlightPlan> won, Optional<UtmException> lost) {
    }

    @Test
    void competingDecisionsOnOnePendingPlanHaveExactlyOneWinnerAndALegalHistory() throws Exception {
        List<Racer> racers = racers();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        Instant departure = World.START.plus(Duration.ofDays(1));
        int rounds = 0;
        int concurrentUpdates = 0;
        int illegalTransitions = 0;
        int twoWinners = 0;
        long started = System.nanoTime();

        for (int round = 0; round < ROUNDS; round++) {
            world.clock().advance(Duration.ofMinutes(1));
            int mark = world.events().mark();
            FlightPlan submitted = plans.submit(pilot.id(), World.plan(drone.id(), departure, Duration.ofMinutes(30)));
            FlightPlan pending = plans.approveByOrganization(org.adminId(), submitted.id());
            assertThat(pending.status()).isEqualTo(FlightPlanStatus.PENDING_AUTHORITY_APPROVAL);
            departure = departure.plus(Duration.ofHours(1));
            Instant now = world.clock().advance(Duration.ofMinutes(1));

            List<Outcome> outcomes = race(racers, pending, start);

            String context = "round " + round + ", plan " + pending.id() + ", outcomes " + outcomes;
            List<FlightPlanEvent> history = world.events().since(mark).stream()
                    .filter(FlightPlanEvent.class::isInstance).map(FlightPlanEvent.class::cast)
                    .filter(e -> e.planId().equals(pending.id()))
                    .sorted(Comparator.comparingLong(FlightPlanEvent::version))
                    .toList();
            List<Outcome> winners = outcomes.stream().filter(o -> o.won().isPresent()).toList();
            List<FlightPlanMove> winningMoves = winners.stream().map(o -> o.racer().move()).toList();

            assertThat(outcomes).as(context).hasSize(THREADS);
            assertThat(winningMoves.contains(FlightPlanMove.APPROVE_BY_AUTHORITY)
                    && winningMoves.contains(FlightPlanMove.REJECT_BY_AUTHORITY))
                    .as("approve and reject both won: %s", context).isFalse();
            assertThat(winners).as(context).hasSizeBetween(1, 2);
            assertThat(history).as("one event per stored change: %s", context).hasSize(2 + winners.size());
            assertThat(history).extracting(FlightPlanEvent::version).as(context)
                    .isEqualTo(versions(2 + winners.size()));
            assertReplaysThroughTheLifecycle(history, context);
            List<FlightPlanEvent> raced = history.subList(2, history.size());
            assertThat(raced).filteredOn(e -> e.from() == FlightPlanStatus.PENDING_AUTHORITY_APPROVAL)
                    .as("exactly one move out of PENDING_AUTHORITY_APPROVAL: %s", context).hasSize(1);
            assertThat(raced).allSatisfy(e -> assertThat(e.occurredAt()).isEqualTo(now));
            for (Outcome winner : winners) {
                FlightPlan won = winner.won().orElseThrow();
                FlightPlanEvent event = raced.stream().filter(e -> e.version() == won.version()).findFirst()
                        .orElseThrow(() -> new AssertionError("no event for " + won + ": " + context));
                assertThat(event).as(context).isInstanceOf(WorkflowMoves.eventType(winner.racer().move()));
                assertThat(event.actorId()).as(context).isEqualTo(winner.racer().actor());
                assertThat(event.status()).as(context).isEqualTo(won.status());
            }

            FlightPlanEvent last = history.get(history.size() - 1);
            Outcome lastWinner = winners.stream()
                    .filter(o -> o.won().orElseThrow().version() == last.version()).findFirst().orElseThrow();
            FlightPlan stored = world.storage().flightPlans().findById(pending.id()).orElseThrow();
            assertThat(stored).as("stored plan is the last winner's: %s", context)
                    .isEqualTo(lastWinner.won().orElseThrow());
            assertThat(stored.status()).as(context).isEqualTo(last.status());
            assertThat(stored.version()).as(context).isEqualTo(last.version());
            assertThat(stored.audit().updatedAt()).as(context).isEqualTo(last.occurredAt());
            assertAuditFieldsFollowTheWinners(stored, winners, now, context);

            for (Outcome loser : outcomes) {
                if (loser.lost().isEmpty()) {
                    continue;
                }
                UtmException error = loser.lost().get();
                if (error instanceof ConflictException conflict) {
                    assertThat(conflict.kind()).as("%s: %s", loser, context)
                            .isEqualTo(ConflictException.Kind.CONCURRENT_UPDATE);
                    concurrentUpdates++;
                } else {
                    IllegalTransitionException illegal = (IllegalTransitionException) error;
                    assertThat(illegal.from()).as("%s: %s", loser, context)
                            .isNotEqualTo(FlightPlanStatus.PENDING_AUTHORITY_APPROVAL)
                            .isIn(raced.stream().map(FlightPlanEvent::status).toList());
                    assertThat(FlightPlanLifecycle.allows(illegal.from(), loser.racer().move())).as(context).isFalse();
                    illegalTransitions++;
                }
            }
            twoWinners += winners.size() == 2 ? 1 : 0;
            rounds++;
        }

        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("FlightPlanConcurrencyTest: " + rounds + " rounds of " + THREADS + " racers in " + millis
                + " ms; losers by concurrent update " + concurrentUpdates + ", by illegal transition "
                + illegalTransitions + "; rounds with an approval then a cancellation " + twoWinners);
        assertThat(rounds).isEqualTo(ROUNDS);
        assertThat(concurrentUpdates + illegalTransitions).isEqualTo(ROUNDS * THREADS - ROUNDS - twoWinners);
    }

    /**
     * The service's own promise: submission keeps a drone's live plans apart, and the authority's
     * approval re-checks so that approved plans stay apart "even if two overlapping plans were
     * submitted concurrently". Two such plans are stored here directly, as two racing
     * submissions may leave them, and both are approved at once.
     */
    @Test
    void concurrentApprovalsOfOverlappingPlansOfOneDroneNeverBothWin() throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        Instant departure = World.START.plus(Duration.ofDays(1));
        int bothApproved = 0;
        List<String> examples = new ArrayList<>();

        for (int round = 0; round < CROSS_PLAN_ROUNDS; round++) {
            Instant now = world.clock().advance(Duration.ofMinutes(1));
            FlightPlan first = pendingForAuthority(departure, departure.plus(Duration.ofMinutes(60)), now);
            FlightPlan second = pendingForAuthority(departure.plus(Duration.ofMinutes(30)),
                    departure.plus(Duration.ofMinutes(90)), now);
            departure = departure.plus(Duration.ofHours(2));
            List<Callable<Optional<FlightPlan>>> approvals = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                FlightPlan plan = i % 2 == 0 ? first : second;
                UserId authority = i % 4 < 2 ? world.authority().id() : officer.id();
                approvals.add(() -> Optional.of(plans.approveByAuthority(authority, plan.id())));
            }
            raceAll(approvals, start);

            long approved = List.of(first, second).stream()
                    .map(p -> world.storage().flightPlans().findById(p.id()).orElseThrow())
                    .filter(p -> p.status() == FlightPlanStatus.APPROVED)
                    .count();
            assertThat(approved).as("round %d: plans %s and %s", round, first.id(), second.id()).isBetween(1L, 2L);
            if (approved == 2) {
                bothApproved++;
                if (examples.size() < 3) {
                    examples.add("round " + round + ": plans " + first.id() + " and " + second.id());
                }
            }
        }

        System.out.println("FlightPlanConcurrencyTest: overlapping plans both approved in " + bothApproved + " of "
                + CROSS_PLAN_ROUNDS + " rounds " + examples);
        assertThat(bothApproved).as("rounds in which two overlapping plans of drone %s were both APPROVED, e.g. %s",
                drone.id(), examples).isZero();
    }

    /**
     * The activation guard: a drone flies one plan at a time ("already flies another active
     * plan" is a conflict). Two approved plans of one drone, at different times, made through
     * the service, are activated at once by their submitter.
     */
    @Test
    void concurrentActivationsOfTwoPlansOfOneDroneNeverBothFly() throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        Instant departure = World.START.plus(Duration.ofDays(1));
        int bothActive = 0;
        List<String> examples = new ArrayList<>();

        for (int round = 0; round < CROSS_PLAN_ROUNDS; round++) {
            world.clock().advance(Duration.ofMinutes(1));
            FlightPlan first = approved(departure);
            FlightPlan second = approved(departure.plus(Duration.ofHours(1)));
            departure = departure.plus(Duration.ofHours(2));
            List<Callable<Optional<FlightPlan>>> activations = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                FlightPlan plan = i % 2 == 0 ? first : second;
                activations.add(() -> Optional.of(plans.activate(pilot.id(), plan.id())));
            }
            raceAll(activations, start);

            List<FlightPlan> active = List.of(first, second).stream()
                    .map(p -> world.storage().flightPlans().findById(p.id()).orElseThrow())
                    .filter(p -> p.status() == FlightPlanStatus.ACTIVE).toList();
            assertThat(active).as("round %d", round).isNotEmpty();
            if (active.size() > 1) {
                bothActive++;
                if (examples.size() < 3) {
                    examples.add("round " + round + ": plans " + active.stream().map(FlightPlan::id).toList());
                }
            }
            // Land whatever flies, so that the next round starts with the drone on the ground.
            for (FlightPlan flying : active) {
                plans.complete(pilot.id(), flying.id());
            }
            for (FlightPlan plan : List.of(first, second)) {
                FlightPlan now = world.storage().flightPlans().findById(plan.id()).orElseThrow();
                if (now.status() == FlightPlanStatus.APPROVED) {
                    plans.cancelByPilot(pilot.id(), plan.id());
                }
            }
        }

        System.out.println("FlightPlanConcurrencyTest: two plans of one drone both ACTIVE in " + bothActive + " of "
                + CROSS_PLAN_ROUNDS + " rounds " + examples);
        assertThat(bothActive).as("rounds in which drone %s flew two ACTIVE plans at once, e.g. %s",
                drone.id(), examples).isZero();
    }

    // An approved plan of the pilot's for half an hour from departure, through the service.
    private FlightPlan approved(Instant departure) {
        FlightPlan plan = plans.submit(pilot.id(), World.plan(drone.id(), departure, Duration.ofMinutes(30)));
        plans.approveByOrganization(org.adminId(), plan.id());
        return plans.approveByAuthority(world.authority().id(), plan.id());
    }

    // Runs every attempt at once; an attempt refused with a conflict or an illegal transition
    // just lost, any other error fails the test.
    private void raceAll(List<Callable<Optional<FlightPlan>>> attempts, CyclicBarrier start)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<Future<Optional<FlightPlan>>> futures = new ArrayList<>();
        for (Callable<Optional<FlightPlan>> attempt : attempts) {
            futures.add(pool.submit(() -> {
                start.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                try {
                    return attempt.call();
                } catch (ConflictException | IllegalTransitionException lost) {
                    return Optional.<FlightPlan>empty();
                }
            }));
        }
        for (Future<Optional<FlightPlan>> future : futures) {
            future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    // A plan of the pilot's, already approved by the organization, stored without the service.
    private FlightPlan pendingForAuthority(Instant departure, Instant arrival, Instant now) {
        FlightPlans stored = world.storage().flightPlans();
        return stored.insert(new FlightPlan(stored.nextId(), pilot.id(), drone.id(), Optional.of(org.id()), departure,
                arrival, Optional.empty(), Optional.empty(), FlightPlanStatus.PENDING_AUTHORITY_APPROVAL,
                Optional.empty(), Optional.empty(), Optional.of(org.adminId()), Optional.empty(), Optional.empty(),
                List.of(new Waypoint(0, kz.utm.core.common.GeoPoint.of(43.2, 76.9), 100),
                        new Waypoint(1, kz.utm.core.common.GeoPoint.of(43.3, 77.0), 100)),
                0, kz.utm.core.common.Audit.createdAt(now)));
    }

    // Four of each move, the admins' moves shared between both authority admins (and, for the
    // cancellation, the organization's admin).
    private List<Racer> racers() {
        List<Racer> racers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            UserId authority = i % 8 < 4 ? world.authority().id() : officer.id();
            racers.add(switch (i % 4) {
                case 0 -> new Racer(FlightPlanMove.APPROVE_BY_AUTHORITY, authority, "");
                case 1 -> new Racer(FlightPlanMove.REJECT_BY_AUTHORITY, authority, "refused by racer " + i);
                case 2 -> new Racer(FlightPlanMove.CANCEL_BY_PILOT, pilot.id(), "");
                default -> new Racer(FlightPlanMove.CANCEL_BY_ADMIN, i % 8 < 4 ? org.adminId() : authority, "");
            });
        }
        return racers;
    }

    private List<Outcome> race(List<Racer> racers, FlightPlan plan, CyclicBarrier start)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<Future<Outcome>> futures = new ArrayList<>();
        for (Racer racer : racers) {
            Callable<Outcome> attempt = () -> {
                start.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                try {
                    return new Outcome(racer, Optional.of(
                            WorkflowMoves.perform(plans, racer.move(), racer.actor(), plan.id(), racer.reason())),
                            Optional.empty());
                } catch (ConflictException | IllegalTransitionException lost) {
                    return new Outcome(racer, Optional.empty(), Optional.of(lost));
                }
            };
            futures.add(pool.submit(attempt));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> future : futures) {
            // Any other error than the two a loser may get fails the test here, with its cause.
            outcomes.add(future.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        }
        return outcomes;
    }

    private static void assertReplaysThroughTheLifecycle(List<FlightPlanEvent> history, String context) {
        FlightPlanEvent submitted = history.get(0);
        assertThat(submitted).as(context).isInstanceOf(FlightPlanEvent.FlightPlanSubmitted.class);
        FlightPlanStatus status = submitted.status();
        for (FlightPlanEvent event : history.subList(1, history.size())) {
            FlightPlanMove move = WorkflowMoves.moveOf(event).orElseThrow();
            assertThat(event.from()).as("event %s follows %s: %s", event, status, context).isEqualTo(status);
            assertThat(FlightPlanLifecycle.allows(status, move)).as("%s from %s: %s", move, status, context).isTrue();
            status = move.target();
            assertThat(event.status()).as(context).isEqualTo(status);
        }
    }

    private void assertAuditFieldsFollowTheWinners(FlightPlan stored, List<Outcome> winners, Instant now,
            String context) {
        Optional<Outcome> approval = winners.stream()
                .filter(o -> o.racer().move() == FlightPlanMove.APPROVE_BY_AUTHORITY).findFirst();
        Optional<Outcome> rejection = winners.stream()
                .filter(o -> o.racer().move() == FlightPlanMove.REJECT_BY_AUTHORITY).findFirst();
        assertThat(stored.approvedByAuthorityAdminId()).as(context)
                .isEqualTo(approval.map(o -> o.racer().actor()));
        assertThat(stored.approvedAt()).as(context).isEqualTo(approval.map(o -> now));
        assertThat(stored.rejectionReason()).as(context).isEqualTo(rejection.map(o -> o.racer().reason()));
        assertThat(stored.approvedByOrganizationAdminId()).as(context).contains(org.adminId());
        assertThat(stored.actualDepartureTime()).as(context).isEmpty();
        assertThat(stored.actualArrivalTime()).as(context).isEmpty();
    }

    private static List<Long> versions(int count) {
        List<Long> versions = new ArrayList<>();
        for (long v = 0; v < count; v++) {
            versions.add(v);
        }
        return versions;
    }
}
