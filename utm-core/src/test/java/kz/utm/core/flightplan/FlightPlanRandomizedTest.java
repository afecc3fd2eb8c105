package kz.utm.core.flightplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import kz.utm.core.common.AccessDeniedException;
import kz.utm.core.common.Audit;
import kz.utm.core.common.ConflictException;
import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.common.UtmException;
import kz.utm.core.common.ValidationException;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.DroneStatus;
import kz.utm.core.organization.Organization;
import kz.utm.core.testing.StoreSnapshot;
import kz.utm.core.testing.World;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;

/**
 * Random command sequences by random actors through the services, over a seeded
 * {@link SplittableRandom}: after every step the workflow's invariants hold, and every command
 * did what an independent model of DESIGN.md and ACCESS-POLICY.md says it must (stored the
 * expected plan and raised one event, or was refused with the expected error and changed
 * nothing). Replay a failure with {@code -Dutm.test.seed=<seed printed in the message>}.
 */
class FlightPlanRandomizedTest {

    private static final int SEQUENCES = 10_000;
    private static final int MIN_COMMANDS = 5;
    private static final int MAX_COMMANDS = 15;
    private static final Duration GRID = Duration.ofMinutes(5);
    private static final FlightPlanId UNKNOWN_PLAN = FlightPlanId.of(999_999);
    private static final DroneId UNKNOWN_DRONE = DroneId.of(999_999);

    @Test
    void randomCommandSequencesKeepEveryWorkflowInvariant() {
        long seed = seed();
        System.out.println("FlightPlanRandomizedTest seed=" + seed + " (replay with -Dutm.test.seed=" + seed + ")");
        SplittableRandom seeds = new SplittableRandom(seed);
        Tally tally = new Tally();
        Cast cast = new Cast();
        long started = System.nanoTime();

        for (int i = 0; i < SEQUENCES; i++) {
            new Sequence(seed, i, seeds.split(), tally, cast).run();
        }

        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("FlightPlanRandomizedTest seed=" + seed + ": " + SEQUENCES + " sequences, "
                + tally.commands + " commands in " + millis + " ms; " + tally);
        // The run explored the workflow: every move succeeded and every kind of refusal happened.
        assertThat(tally.sequences).as("seed=%d sequences", seed).isEqualTo(SEQUENCES);
        assertThat(tally.commands).as("seed=%d commands", seed).isGreaterThanOrEqualTo(SEQUENCES * MIN_COMMANDS);
        for (FlightPlanMove move : FlightPlanMove.values()) {
            assertThat(tally.moves.getOrDefault(move, 0)).as("seed=%d successful %s", seed, move).isPositive();
        }
        for (FlightPlanStatus status : FlightPlanStatus.values()) {
            assertThat(tally.reached.getOrDefault(status, 0)).as("seed=%d plans reaching %s", seed, status)
                    .isPositive();
        }
        for (Class<?> refusal : List.of(ValidationException.class, NotFoundException.class,
                AccessDeniedException.class, ConflictException.class, IllegalTransitionException.class)) {
            assertThat(tally.refusals.getOrDefault(refusal.getSimpleName(), 0))
                    .as("seed=%d refusals with %s", seed, refusal.getSimpleName()).isPositive();
        }
    }

    private static long seed() {
        Long fixed = Long.getLong("utm.test.seed");
        return fixed != null ? fixed : System.nanoTime();
    }

    /** What happened over the whole run, to show it explored the workflow. */
    private static final class Tally {
        int sequences;
        int commands;
        final Map<FlightPlanMove, Integer> moves = new EnumMap<>(FlightPlanMove.class);
        final Map<FlightPlanStatus, Integer> reached = new EnumMap<>(FlightPlanStatus.class);
        final Map<String, Integer> refusals = new TreeMap<>();
        int submissions;

        @Override
        public String toString() {
            return "submissions=" + submissions + ", moves=" + moves + ", statuses reached=" + reached
                    + ", refusals=" + refusals;
        }
    }

    /**
     * What a command must do: succeed, or fail with {@code error} (and for a conflict its kind,
     * for an illegal transition its from and to).
     */
    private record Expected(Class<? extends UtmException> error, Optional<ConflictException.Kind> kind,
            Optional<FlightPlanStatus> from, Optional<FlightPlanStatus> to) {

        static Expected success() {
            return new Expected(null, Optional.empty(), Optional.empty(), Optional.empty());
        }

        static Expected failure(Class<? extends UtmException> error) {
            return new Expected(error, Optional.empty(), Optional.empty(), Optional.empty());
        }

        static Expected conflict() {
            return new Expected(ConflictException.class, Optional.of(ConflictException.Kind.STATE), Optional.empty(),
                    Optional.empty());
        }

        static Expected illegal(FlightPlanStatus from, FlightPlanMove move) {
            return new Expected(IllegalTransitionException.class, Optional.empty(), Optional.of(from),
                    Optional.of(move.target()));
        }

        boolean succeeds() {
            return error == null;
        }

        @Override
        public String toString() {
            return succeeds() ? "success" : error.getSimpleName() + kind.map(k -> " " + k).orElse("")
                    + from.map(f -> " from " + f + " to " + to.orElseThrow()).orElse("");
        }
    }

    /**
     * The users and drones every sequence plays with, in one world: two organizations with
     * admins and pilots (assigned and not), two authority admins, two solo pilots, a
     * deactivated organization pilot and a deactivated solo pilot, each still holding a drone.
     * Creating them hashes a dozen passwords, so the cast is made once and each sequence starts
     * from it with no flight plans, every drone idle.
     */
    private static final class Cast {

        final World world = World.create();
        final Map<OrganizationId, User> adminOf = new HashMap<>();
        final List<User> users = new ArrayList<>();
        final List<User> authorities = new ArrayList<>();
        final List<Drone> drones = new ArrayList<>();

        Cast() {
            User authority = world.authority();
            User officer = world.newAuthorityAdmin();
            World.Org alpha = world.newOrganization();
            World.Org bravo = world.newOrganization();
            adminOf.put(alpha.id(), alpha.admin());
            adminOf.put(bravo.id(), bravo.admin());
            User alphaOne = world.newOrganizationPilot(alpha);
            User alphaTwo = world.newOrganizationPilot(alpha);
            User alphaUnassigned = world.newOrganizationPilot(alpha);
            User alphaInactive = world.newOrganizationPilot(alpha);
            User bravoOne = world.newOrganizationPilot(bravo);
            User soloOne = world.newSoloPilot();
            User soloTwo = world.newSoloPilot();
            User soloInactive = world.newSoloPilot();
            Drone a1 = world.newOrganizationDrone(alpha);
            Drone a2 = world.newOrganizationDrone(alpha);
            Drone b1 = world.newOrganizationDrone(bravo);
            Drone b2 = world.newOrganizationDrone(bravo);
            Drone s1 = world.newSoloDrone(soloOne);
            Drone s2 = world.newSoloDrone(soloTwo);
            Drone s3 = world.newSoloDrone(soloInactive);
            world.assign(alpha, alphaOne, a1);
            world.assign(alpha, alphaOne, a2);
            world.assign(alpha, alphaTwo, a2);
            world.assign(alpha, alphaInactive, a1);
            world.assign(bravo, bravoOne, b1);
            world.deactivate(alphaInactive);
            world.deactivate(soloInactive);
            authorities.addAll(List.of(authority, officer));
            users.addAll(List.of(authority, officer, alpha.admin(), bravo.admin(), alphaOne, alphaTwo,
                    alphaUnassigned, alphaInactive, bravoOne, soloOne, soloTwo, soloInactive));
            drones.addAll(List.of(a1, a2, b1, b2, s1, s2, s3));
        }

        /** Back to the start of a sequence: no plans, no events, every drone idle, a day later. */
        void reset() {
            for (Drone drone : drones) {
                if (world.reload(drone).status() != DroneStatus.IDLE) {
                    world.setDroneStatus(manager(drone), drone, DroneStatus.IDLE);
                }
            }
            world.forgetFlightPlans();
            world.clock().advance(Duration.ofDays(1));
        }

        /** Who may change the drone: its solo owner or its organization's admin. */
        User manager(Drone drone) {
            return drone.soloOwnerId().map(this::user).orElseGet(() -> adminOf.get(drone.organizationId().orElseThrow()));
        }

        User user(UserId id) {
            return users.stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
        }
    }

    /** One random sequence of commands, from the cast's starting point. */
    private static final class Sequence {

        private final long seed;
        private final int index;
        private final SplittableRandom random;
        private final Tally tally;
        private final World world;
        private final FlightPlanService plans;
        private final Map<OrganizationId, User> adminOf;
        private final List<User> users;
        private final List<User> authorities;
        private final List<Drone> drones;
        private final Cast cast;
        private final List<String> history = new ArrayList<>();
        private final Map<FlightPlanId, FlightPlan> finals = new HashMap<>();
        private int step;

        Sequence(long seed, int index, SplittableRandom random, Tally tally, Cast cast) {
            this.seed = seed;
            this.index = index;
            this.random = random;
            this.tally = tally;
            this.cast = cast;
            this.world = cast.world;
            this.plans = world.plans();
            this.adminOf = cast.adminOf;
            this.users = cast.users;
            this.authorities = cast.authorities;
            this.drones = cast.drones;
            cast.reset();
            assertThat(world.storage().flightPlans().findAll()).as(context("plans left from the last sequence"))
                    .isEmpty();
        }

        void run() {
            int commands = MIN_COMMANDS + random.nextInt(MAX_COMMANDS - MIN_COMMANDS + 1);
            for (step = 0; step < commands; step++) {
                world.clock().advance(Duration.ofMinutes(random.nextInt(21)));
                int pick = random.nextInt(100);
                if (pick < 27 || world.storage().flightPlans().findAll().isEmpty()) {
                    submit();
                } else if (pick < 95) {
                    move();
                } else {
                    changeDroneStatus();
                }
                checkInvariants();
                tally.commands++;
            }
            tally.sequences++;
        }

        // ---- commands ------------------------------------------------------------------------

        private void submit() {
            Drone drone = pick(drones);
            DroneId droneId = random.nextInt(50) == 0 ? UNKNOWN_DRONE : drone.id();
            User actor = random.nextInt(10) < 7 ? pick(eligibleSubmitters(drone)) : pick(users);
            Instant now = world.clock().instant();
            Instant base = now.truncatedTo(ChronoUnit.HOURS);
            Instant departure = base.plus(GRID.multipliedBy(random.nextInt(-6, 37)));
            Instant arrival = departure.plus(GRID.multipliedBy(random.nextInt(1, 13)));
            List<WaypointInput> route = World.route(2 + random.nextInt(3));
            Optional<String> notes = random.nextBoolean() ? Optional.empty() : Optional.of("note " + step);
            boolean valid = true;
            if (random.nextInt(10) == 0) {
                valid = false;
                switch (random.nextInt(6)) {
                    case 0 -> arrival = departure;
                    case 1 -> arrival = departure.minus(GRID);
                    case 2 -> route = World.route(1);
                    case 3 -> route = List.of(new WaypointInput(0, 43.2, 76.9, 100), new WaypointInput(2, 43.3, 77, 100));
                    case 4 -> route = List.of(new WaypointInput(0, 91, 76.9, 100), new WaypointInput(1, 43.3, 77, 100));
                    default -> notes = Optional.of("n".repeat(1001));
                }
            }
            SubmitFlightPlan command = new SubmitFlightPlan(droneId, departure, arrival, notes, route);
            String description = "submit by " + who(actor) + " drone " + droneId + " [" + departure + ", " + arrival
                    + ")" + (valid ? "" : " (invalid)");
            Expected expected = expectSubmit(actor, command, valid);

            StoreSnapshot before = world.snapshot();
            int mark = world.events().mark();
            Result result = attempt(description, () -> plans.submit(actor.id(), command));

            if (result.error() != null) {
                checkRefused(description, expected, result.error(), before, mark);
                return;
            }
            FlightPlan stored = result.plan();
            assertThat(expected.succeeds()).as(context(description + " succeeded; expected " + expected)).isTrue();
            FlightPlanStatus first = actor.role() == UserRole.ORGANIZATION_PILOT
                    ? FlightPlanStatus.PENDING_ORG_APPROVAL : FlightPlanStatus.PENDING_AUTHORITY_APPROVAL;
            FlightPlan expectedPlan = new FlightPlan(stored.id(), actor.id(), droneId, drone.organizationId(),
                    departure, arrival, Optional.empty(), Optional.empty(), first, notes, Optional.empty(),
                    actor.role() == UserRole.ORGANIZATION_ADMIN ? Optional.of(actor.id()) : Optional.empty(),
                    Optional.empty(), Optional.empty(),
                    route.stream().map(w -> new Waypoint(w.sequenceOrder(), new GeoPoint(w.latitude(), w.longitude()),
                            w.altitudeM())).toList(),
                    0, Audit.createdAt(now));
            assertThat(before.plan(stored.id())).as(context(description + ": the id is new")).isEmpty();
            assertThat(world.storage().flightPlans().findById(stored.id())).as(context(description))
                    .contains(expectedPlan);
            assertThat(world.snapshot().withoutPlan(stored.id())).as(context(description + ": every other row"))
                    .isEqualTo(before);
            assertThat(world.events().since(mark)).as(context(description + ": events"))
                    .containsExactly(new FlightPlanEvent.FlightPlanSubmitted(stored.id(), actor.id(), first, first, 0,
                            now));
            history.add(description + " -> plan " + stored.id() + " " + first);
            tally.submissions++;
            tally.reached.merge(first, 1, Integer::sum);
        }

        private void move() {
            List<FlightPlan> existing = world.storage().flightPlans().findAll();
            FlightPlan plan = pick(existing);
            FlightPlanId planId = random.nextInt(40) == 0 ? UNKNOWN_PLAN : plan.id();
            List<FlightPlanMove> fitting = List.copyOf(DesignDiagram.MOVES.get(plan.status()));
            FlightPlanMove move = !fitting.isEmpty() && random.nextInt(10) < 7 ? pick(fitting)
                    : pick(List.of(FlightPlanMove.values()));
            User actor = random.nextInt(100) < 65 ? naturalActor(plan, move) : pick(users);
            String reason = switch (random.nextInt(25)) {
                case 0 -> "   ";
                case 1 -> "r".repeat(501);
                default -> "reason " + step;
            };
            String description = move + " by " + who(actor) + " of plan " + planId
                    + (planId.equals(plan.id()) ? " (" + plan.status() + ")" : "")
                    + (isRejection(move) ? " reason '" + abbreviated(reason) + "'" : "");
            Expected expected = expectMove(actor, planId, move, reason);
            Instant now = world.clock().instant();

            StoreSnapshot before = world.snapshot();
            int mark = world.events().mark();
            Result result = attempt(description, () -> WorkflowMoves.perform(plans, move, actor.id(), planId, reason));

            if (result.error() != null) {
                checkRefused(description, expected, result.error(), before, mark);
                return;
            }
            assertThat(expected.succeeds()).as(context(description + " succeeded; expected " + expected)).isTrue();
            FlightPlan expectedPlan = WorkflowMoves.expectedAfter(plan, move, actor.id(), now, reason);
            assertThat(result.plan()).as(context(description + ": returned plan")).isEqualTo(expectedPlan);
            assertThat(world.storage().flightPlans().findById(planId)).as(context(description + ": stored plan"))
                    .contains(expectedPlan);
            assertThat(world.snapshot().withoutPlan(planId)).as(context(description + ": every other row"))
                    .isEqualTo(before.withoutPlan(planId));
            List<DomainEvent> events = world.events().since(mark);
            assertThat(events).as(context(description + ": events")).hasSize(1)
                    .first().isInstanceOf(WorkflowMoves.eventType(move));
            FlightPlanEvent event = (FlightPlanEvent) events.get(0);
            assertThat(List.of(event.planId(), event.actorId(), event.from(), event.status(), event.version(),
                    event.occurredAt()))
                    .as(context(description + ": event " + event))
                    .containsExactly(planId, actor.id(), plan.status(), move.target(), plan.version() + 1, now);
            if (event instanceof FlightPlanEvent.FlightPlanRejected rejected) {
                assertThat(rejected.reason()).as(context(description + ": rejection reason")).isEqualTo(reason.strip());
            }
            history.add(description + " -> " + move.target());
            tally.moves.merge(move, 1, Integer::sum);
            tally.reached.merge(move.target(), 1, Integer::sum);
        }

        private void changeDroneStatus() {
            Drone drone = pick(drones);
            User manager = cast.manager(drone);
            if (!world.reload(manager).active()) {
                return;
            }
            DroneStatus status = random.nextBoolean() ? DroneStatus.MAINTENANCE : DroneStatus.IDLE;
            String description = "drone " + drone.id() + " set " + status + " by " + who(manager);
            List<FlightPlan> plansBefore = world.storage().flightPlans().findAll();

            Drone changed;
            try {
                changed = world.setDroneStatus(manager, drone, status);
            } catch (RuntimeException unexpected) {
                throw new AssertionError(context(description + " was refused: " + unexpected).get(), unexpected);
            }

            assertThat(changed.status()).as(context(description)).isEqualTo(status);
            assertThat(world.storage().flightPlans().findAll()).as(context(description + ": plans"))
                    .isEqualTo(plansBefore);
            history.add(description);
        }

        // ---- the model ------------------------------------------------------------------------

        private Expected expectSubmit(User actor, SubmitFlightPlan command, boolean valid) {
            if (!valid) {
                return Expected.failure(ValidationException.class);
            }
            Optional<Drone> found = world.storage().drones().findByIdIncludingDeleted(command.droneId());
            if (found.isEmpty()) {
                return Expected.failure(NotFoundException.class);
            }
            Drone drone = found.get();
            User stored = world.reload(actor);
            if (!inGoodStanding(stored)) {
                return Expected.failure(AccessDeniedException.class);
            }
            if (!mayReadDrone(stored, drone)) {
                return Expected.failure(NotFoundException.class);
            }
            if (stored.role() == UserRole.AUTHORITY_ADMIN) {
                return Expected.failure(AccessDeniedException.class);
            }
            if (drone.status() == DroneStatus.MAINTENANCE) {
                return Expected.conflict();
            }
            boolean claimed = world.storage().flightPlans().findAll().stream()
                    .anyMatch(p -> p.droneId().equals(drone.id()) && !DesignDiagram.FINAL.contains(p.status())
                            && p.plannedDepartureTime().isBefore(command.plannedArrivalTime())
                            && command.plannedDepartureTime().isBefore(p.plannedArrivalTime()));
            return claimed ? Expected.conflict() : Expected.success();
        }

        private Expected expectMove(User actor, FlightPlanId planId, FlightPlanMove move, String reason) {
            if (isRejection(move) && (reason.isBlank() || reason.length() > 500)) {
                return Expected.failure(ValidationException.class);
            }
            Optional<FlightPlan> found = world.storage().flightPlans().findByIdIncludingDeleted(planId);
            if (found.isEmpty()) {
                return Expected.failure(NotFoundException.class);
            }
            FlightPlan plan = found.get();
            User stored = world.reload(actor);
            if (!inGoodStanding(stored)) {
                return Expected.failure(AccessDeniedException.class);
            }
            boolean authority = stored.role() == UserRole.AUTHORITY_ADMIN;
            boolean submitter = stored.id().equals(plan.submitterId());
            boolean organizationAdmin = stored.role() == UserRole.ORGANIZATION_ADMIN
                    && plan.organizationId().isPresent() && plan.organizationId().equals(stored.organizationId());
            if (!(authority || submitter || organizationAdmin)) {
                return Expected.failure(NotFoundException.class);
            }
            boolean may = switch (move) {
                case APPROVE_BY_ORGANIZATION, REJECT_BY_ORGANIZATION -> organizationAdmin;
                case APPROVE_BY_AUTHORITY, REJECT_BY_AUTHORITY -> authority;
                case ACTIVATE, COMPLETE, CANCEL_BY_PILOT -> submitter;
                case CANCEL_BY_ADMIN -> authority || organizationAdmin;
            };
            if (!may) {
                return Expected.failure(AccessDeniedException.class);
            }
            if (!DesignDiagram.allows(plan.status(), move)) {
                return Expected.illegal(plan.status(), move);
            }
            List<FlightPlan> sameDrone = world.storage().flightPlans().findAll().stream()
                    .filter(p -> p.droneId().equals(plan.droneId()) && !p.id().equals(plan.id())).toList();
            if (move == FlightPlanMove.APPROVE_BY_AUTHORITY && sameDrone.stream()
                    .anyMatch(p -> committed(p.status()) && overlap(p, plan))) {
                return Expected.conflict();
            }
            if (move == FlightPlanMove.ACTIVATE) {
                Drone drone = world.storage().drones().findByIdIncludingDeleted(plan.droneId()).orElseThrow();
                if (drone.status() == DroneStatus.MAINTENANCE
                        || sameDrone.stream().anyMatch(p -> p.status() == FlightPlanStatus.ACTIVE)) {
                    return Expected.conflict();
                }
            }
            return Expected.success();
        }

        private boolean inGoodStanding(User user) {
            if (!user.isUsable()) {
                return false;
            }
            return user.organizationId().isEmpty() || world.storage().organizations()
                    .findById(user.organizationId().get()).filter(Organization::isUsable).isPresent();
        }

        private boolean mayReadDrone(User user, Drone drone) {
            return switch (user.role()) {
                case AUTHORITY_ADMIN -> true;
                case ORGANIZATION_ADMIN -> drone.organizationId().isPresent()
                        && drone.organizationId().equals(user.organizationId());
                case ORGANIZATION_PILOT -> drone.organizationId().isPresent()
                        && drone.organizationId().equals(user.organizationId())
                        && world.storage().assignments().find(user.id(), drone.id()).isPresent();
                case SOLO_PILOT -> drone.soloOwnerId().filter(user.id()::equals).isPresent();
            };
        }

        private List<User> eligibleSubmitters(Drone drone) {
            if (drone.soloOwnerId().isPresent()) {
                return List.of(user(drone.soloOwnerId().get()));
            }
            List<User> eligible = new ArrayList<>();
            eligible.add(adminOf.get(drone.organizationId().orElseThrow()));
            world.storage().assignments().findByDrone(drone.id()).forEach(a -> eligible.add(user(a.userId())));
            return eligible;
        }

        private User naturalActor(FlightPlan plan, FlightPlanMove move) {
            Optional<User> admin = plan.organizationId().map(adminOf::get);
            return switch (move) {
                case APPROVE_BY_ORGANIZATION, REJECT_BY_ORGANIZATION -> admin.orElseGet(() -> pick(users));
                case APPROVE_BY_AUTHORITY, REJECT_BY_AUTHORITY -> pick(authorities);
                case ACTIVATE, COMPLETE, CANCEL_BY_PILOT -> user(plan.submitterId());
                case CANCEL_BY_ADMIN -> admin.isPresent() && random.nextBoolean() ? admin.get() : pick(authorities);
            };
        }

        // ---- checks ---------------------------------------------------------------------------

        private void checkRefused(String description, Expected expected, UtmException error, StoreSnapshot before,
                int mark) {
            String refused = description + " refused with " + error;
            history.add(description + " -> " + error.getClass().getSimpleName());
            tally.refusals.merge(error.getClass().getSimpleName(), 1, Integer::sum);
            if (expected.succeeds()) {
                throw new AssertionError(context(refused + "; expected success").get(), error);
            }
            assertThat(error).as(context(refused + "; expected " + expected)).isInstanceOf(expected.error());
            expected.kind().ifPresent(kind -> assertThat(((ConflictException) error).kind())
                    .as(context(refused)).isEqualTo(kind));
            if (error instanceof IllegalTransitionException illegal) {
                assertThat(List.of(illegal.from(), illegal.to())).as(context(refused))
                        .containsExactly(expected.from().orElseThrow(), expected.to().orElseThrow());
            }
            assertThat(world.snapshot()).as(context(refused + ": the stores changed")).isEqualTo(before);
            assertThat(world.events().since(mark)).as(context(refused + ": events published")).isEmpty();
        }

        private void checkInvariants() {
            List<FlightPlan> all = world.storage().flightPlans().findAll();
            for (FlightPlan plan : all) {
                Supplier<String> about = context("invariant of plan " + plan);
                FlightPlan frozen = finals.get(plan.id());
                if (frozen != null) {
                    assertThat(plan).as(context("final plan " + plan.id() + " changed")).isEqualTo(frozen);
                } else if (DesignDiagram.FINAL.contains(plan.status())) {
                    finals.put(plan.id(), plan);
                }
                FlightPlanStatus status = plan.status();
                boolean approved = status == FlightPlanStatus.APPROVED || status == FlightPlanStatus.ACTIVE
                        || status == FlightPlanStatus.COMPLETED;
                if (approved) {
                    assertThat(plan.approvedByAuthorityAdminId()).as(about).isPresent();
                    assertThat(plan.approvedAt()).as(about).isPresent();
                    if (plan.organizationId().isPresent()) {
                        assertThat(plan.approvedByOrganizationAdminId()).as(about).isPresent();
                    }
                }
                if (status == FlightPlanStatus.ACTIVE || status == FlightPlanStatus.COMPLETED) {
                    assertThat(plan.actualDepartureTime()).as(about).isPresent();
                }
                if (status == FlightPlanStatus.COMPLETED) {
                    assertThat(plan.actualArrivalTime()).as(about).isPresent();
                }
            }
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    FlightPlan a = all.get(i);
                    FlightPlan b = all.get(j);
                    if (a.droneId().equals(b.droneId()) && committed(a.status()) && committed(b.status())) {
                        assertThat(overlap(a, b)).as(context("approved or active plans of one drone overlap: " + a
                                + " and " + b)).isFalse();
                    }
                }
            }
            assertThat(finals.keySet()).as(context("a final plan disappeared"))
                    .allMatch(id -> all.stream().anyMatch(p -> p.id().equals(id)));
        }

        // ---- plumbing -------------------------------------------------------------------------

        private record Result(FlightPlan plan, UtmException error) {
        }

        /** Refusals are the library's typed errors; anything else is a bug and fails with the seed. */
        private Result attempt(String description, Supplier<FlightPlan> command) {
            try {
                return new Result(command.get(), null);
            } catch (UtmException refused) {
                return new Result(null, refused);
            } catch (RuntimeException unexpected) {
                throw new AssertionError(context(description + " threw an untyped " + unexpected).get(), unexpected);
            }
        }

        private Supplier<String> context(String what) {
            return () -> "seed=" + seed + " sequence=" + index + " step=" + step + " (replay with -Dutm.test.seed="
                    + seed + "): " + what + "\n  history:\n    " + String.join("\n    ", history);
        }

        private static boolean committed(FlightPlanStatus status) {
            return status == FlightPlanStatus.APPROVED || status == FlightPlanStatus.ACTIVE;
        }

        private static boolean overlap(FlightPlan a, FlightPlan b) {
            return a.plannedDepartureTime().isBefore(b.plannedArrivalTime())
                    && b.plannedDepartureTime().isBefore(a.plannedArrivalTime());
        }

        private static boolean isRejection(FlightPlanMove move) {
            return move == FlightPlanMove.REJECT_BY_ORGANIZATION || move == FlightPlanMove.REJECT_BY_AUTHORITY;
        }

        private static String abbreviated(String text) {
            return text.length() > 20 ? text.substring(0, 8) + "...(" + text.length() + " chars)" : text;
        }

        private User user(UserId id) {
            return cast.user(id);
        }

        private String who(User user) {
            User stored = world.reload(user);
            return stored.role() + "#" + stored.id() + (stored.active() ? "" : "(inactive)");
        }

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }
    }
}
