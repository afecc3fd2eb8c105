package kz.utm.core.flightplan;

import static kz.utm.core.flightplan.FlightPlanMove.ACTIVATE;
import static kz.utm.core.flightplan.FlightPlanMove.APPROVE_BY_AUTHORITY;
import static kz.utm.core.flightplan.FlightPlanMove.APPROVE_BY_ORGANIZATION;
import static kz.utm.core.flightplan.FlightPlanMove.CANCEL_BY_ADMIN;
import static kz.utm.core.flightplan.FlightPlanMove.CANCEL_BY_PILOT;
import static kz.utm.core.flightplan.FlightPlanMove.COMPLETE;
import static kz.utm.core.flightplan.FlightPlanMove.REJECT_BY_AUTHORITY;
import static kz.utm.core.flightplan.FlightPlanMove.REJECT_BY_ORGANIZATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import kz.utm.core.common.AccessDeniedException;
import kz.utm.core.common.Audit;
import kz.utm.core.common.ConflictException;
import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ValidationException;
import kz.utm.core.common.ZoneId;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.DroneStatus;
import kz.utm.core.testing.StoreSnapshot;
import kz.utm.core.testing.World;
import kz.utm.core.user.User;

class FlightPlanWorkflowTest {

    private static final String REASON = "Route crosses the stadium on match day";
    private static final Duration STEP = Duration.ofMinutes(7);
    private static final Duration HOUR = Duration.ofHours(1);

    /** Who makes a move: for a cancellation by an admin, the organization's admin or the authority. */
    enum Mover { SUBMITTER, ORGANIZATION_ADMIN, AUTHORITY }

    private World world;
    private FlightPlanService plans;
    private World.Org org;
    private User pilot;
    private Drone drone;
    private Instant departure;

    @BeforeEach
    void createWorld() {
        world = World.create();
        plans = world.plans();
        org = world.newOrganization();
        pilot = world.newOrganizationPilot(org);
        drone = world.newOrganizationDrone(org);
        world.assign(org, pilot, drone);
        departure = World.START.plus(Duration.ofDays(1));
    }

    // ---- every allowed move, through the service -------------------------------------------

    static Stream<Arguments> allowedMoves() {
        List<Arguments> cases = new ArrayList<>();
        for (DesignDiagram.Pair pair : DesignDiagram.allowedPairs()) {
            if (pair.move() == CANCEL_BY_ADMIN) {
                cases.add(Arguments.of(pair.from(), pair.move(), Mover.ORGANIZATION_ADMIN));
                cases.add(Arguments.of(pair.from(), pair.move(), Mover.AUTHORITY));
            } else {
                cases.add(Arguments.of(pair.from(), pair.move(), naturalMover(pair.move())));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} from {0} by {2}")
    @MethodSource("allowedMoves")
    void everyAllowedMoveRecordsWhoAndWhenAndRaisesOneEvent(FlightPlanStatus from, FlightPlanMove move, Mover mover) {
        FlightPlan before = driveTo(from);
        assertThat(before.status()).isEqualTo(from);
        UserId actor = idOf(mover);
        Instant now = world.clock().advance(STEP);
        StoreSnapshot others = world.snapshot().withoutPlan(before.id());
        int mark = world.events().mark();

        FlightPlan returned = WorkflowMoves.perform(plans, move, actor, before.id(), REASON);

        FlightPlan stored = stored(before);
        assertThat(stored).isEqualTo(returned);
        assertThat(stored.status()).isEqualTo(move.target()).isEqualTo(DesignDiagram.TARGETS.get(move));
        assertThat(stored).isEqualTo(WorkflowMoves.expectedAfter(before, move, actor, now, REASON));
        assertThat(stored.version()).isEqualTo(before.version() + 1);
        assertThat(stored.audit().updatedAt()).isEqualTo(now);
        switch (move) {
            case APPROVE_BY_ORGANIZATION -> assertThat(stored.approvedByOrganizationAdminId()).contains(org.adminId());
            case APPROVE_BY_AUTHORITY -> {
                assertThat(stored.approvedByAuthorityAdminId()).contains(world.authority().id());
                assertThat(stored.approvedAt()).contains(now);
            }
            case REJECT_BY_ORGANIZATION, REJECT_BY_AUTHORITY -> assertThat(stored.rejectionReason()).contains(REASON);
            case ACTIVATE -> assertThat(stored.actualDepartureTime()).contains(now);
            case COMPLETE -> assertThat(stored.actualArrivalTime()).contains(now);
            case CANCEL_BY_PILOT, CANCEL_BY_ADMIN -> assertThat(stored.rejectionReason()).isEmpty();
        }
        assertThat(world.snapshot().withoutPlan(before.id())).as("every other row").isEqualTo(others);
        assertSingleEvent(world.events().since(mark), move, before, stored, actor, now);
    }

    // ---- every other (status, move) pair ----------------------------------------------------

    static Stream<Arguments> disallowedMoves() {
        return DesignDiagram.disallowedPairs().stream().map(p -> Arguments.of(p.from(), p.move()));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("disallowedMoves")
    void everyOtherMoveIsAnIllegalTransitionThatChangesNothing(FlightPlanStatus from, FlightPlanMove move) {
        FlightPlan before = driveTo(from);
        world.clock().advance(STEP);
        StoreSnapshot snapshot = world.snapshot();
        int mark = world.events().mark();
        UserId actor = idOf(naturalMover(move));

        assertThatThrownBy(() -> WorkflowMoves.perform(plans, move, actor, before.id(), REASON))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.planId()).isEqualTo(before.id());
                    assertThat(e.from()).isEqualTo(from);
                    assertThat(e.to()).isEqualTo(move.target());
                    assertThat(e.move()).isEqualTo(move);
                    assertThat(e.getMessage()).contains(from.name(), move.target().name());
                });

        assertThat(stored(before)).isEqualTo(before);
        assertThat(world.snapshot()).isEqualTo(snapshot);
        assertThat(world.events().since(mark)).isEmpty();
    }

    // ---- submission --------------------------------------------------------------------------

    @Test
    void organizationPilotsPlanWaitsForOrganizationApproval() {
        Instant now = world.clock().advance(STEP);
        int mark = world.events().mark();
        SubmitFlightPlan command = new SubmitFlightPlan(drone.id(), departure, departure.plus(HOUR),
                Optional.of("Survey of the Medeu dam"), World.route(3));

        FlightPlan submitted = plans.submit(pilot.id(), command);

        List<Waypoint> waypoints = command.waypoints().stream()
                .map(w -> new Waypoint(w.sequenceOrder(), new GeoPoint(w.latitude(), w.longitude()), w.altitudeM()))
                .toList();
        assertThat(submitted).isEqualTo(new FlightPlan(submitted.id(), pilot.id(), drone.id(), Optional.of(org.id()),
                departure, departure.plus(HOUR), Optional.empty(), Optional.empty(),
                FlightPlanStatus.PENDING_ORG_APPROVAL, Optional.of("Survey of the Medeu dam"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), waypoints, 0, Audit.createdAt(now)));
        assertThat(stored(submitted)).isEqualTo(submitted);
        assertThat(world.events().since(mark)).containsExactly(new FlightPlanEvent.FlightPlanSubmitted(
                submitted.id(), pilot.id(), FlightPlanStatus.PENDING_ORG_APPROVAL,
                FlightPlanStatus.PENDING_ORG_APPROVAL, 0, now));
    }

    @Test
    void soloPilotsPlanSkipsOrganizationApproval() {
        User solo = world.newSoloPilot();
        Drone own = world.newSoloDrone(solo);
        Instant now = world.clock().advance(STEP);
        int mark = world.events().mark();

        FlightPlan submitted = plans.submit(solo.id(), World.plan(own.id(), departure, HOUR));

        assertThat(submitted.status()).isEqualTo(FlightPlanStatus.PENDING_AUTHORITY_APPROVAL);
        assertThat(submitted.organizationId()).isEmpty();
        assertThat(submitted.approvedByOrganizationAdminId()).isEmpty();
        assertThat(world.events().since(mark)).containsExactly(new FlightPlanEvent.FlightPlanSubmitted(
                submitted.id(), solo.id(), FlightPlanStatus.PENDING_AUTHORITY_APPROVAL,
                FlightPlanStatus.PENDING_AUTHORITY_APPROVAL, 0, now));

        FlightPlan approved = plans.approveByAuthority(world.authority().id(), submitted.id());

        assertThat(approved.status()).isEqualTo(FlightPlanStatus.APPROVED);
        assertThat(approved.approvedByOrganizationAdminId()).isEmpty();
        assertThat(approved.approvedByAuthorityAdminId()).contains(world.authority().id());
    }

    @Test
    void organizationAdminsOwnPlanGoesToTheAuthorityWithTheAdminAsOrganizationApprover() {
        Instant now = world.clock().advance(STEP);

        FlightPlan submitted = plans.submit(org.adminId(), World.plan(drone.id(), departure, HOUR));

        assertThat(submitted.status()).isEqualTo(FlightPlanStatus.PENDING_AUTHORITY_APPROVAL);
        assertThat(submitted.submitterId()).isEqualTo(org.adminId());
        assertThat(submitted.organizationId()).contains(org.id());
        assertThat(submitted.approvedByOrganizationAdminId()).contains(org.adminId());
        assertThat(submitted.audit()).isEqualTo(Audit.createdAt(now));
        // Nobody is asked to approve their own plan twice.
        assertThatThrownBy(() -> plans.approveByOrganization(org.adminId(), submitted.id()))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(stored(submitted)).isEqualTo(submitted);
    }

    @Test
    void submissionNamesEveryInvalidFieldAtOnceAndStoresNothing() {
        SubmitFlightPlan command = new SubmitFlightPlan(drone.id(), departure.plus(HOUR), departure,
                Optional.empty(), List.of(new WaypointInput(3, 43.2, 76.9, 100)));

        assertRefusedStoringNothing(pilot, command, ValidationException.class, e -> assertThat(
                ((ValidationException) e).fields())
                .containsExactlyInAnyOrder("plannedArrivalTime", "waypoints", "waypoints[0].sequenceOrder"));
    }

    @Test
    void departureNotBeforeArrivalIsRefused() {
        assertRefusedStoringNothing(pilot, World.plan(drone.id(), departure, departure), ValidationException.class,
                e -> assertThat(((ValidationException) e).fields()).containsExactly("plannedArrivalTime"));
        assertRefusedStoringNothing(pilot, World.plan(drone.id(), departure, departure.minusSeconds(1)),
                ValidationException.class,
                e -> assertThat(((ValidationException) e).fields()).containsExactly("plannedArrivalTime"));
    }

    @Test
    void fewerThanTwoWaypointsAreRefused() {
        for (int points = 0; points < 2; points++) {
            SubmitFlightPlan command = new SubmitFlightPlan(drone.id(), departure, departure.plus(HOUR),
                    Optional.empty(), World.route(points));
            assertRefusedStoringNothing(pilot, command, ValidationException.class,
                    e -> assertThat(((ValidationException) e).fields()).containsExactly("waypoints"));
        }
    }

    @Test
    void nonContiguousSequenceOrdersAreRefusedNamingEachWaypoint() {
        SubmitFlightPlan gap = new SubmitFlightPlan(drone.id(), departure, departure.plus(HOUR), Optional.empty(),
                List.of(new WaypointInput(0, 43.20, 76.90, 100), new WaypointInput(2, 43.21, 76.91, 100),
                        new WaypointInput(3, 43.22, 76.92, 100)));
        SubmitFlightPlan repeat = new SubmitFlightPlan(drone.id(), departure, departure.plus(HOUR), Optional.empty(),
                List.of(new WaypointInput(0, 43.20, 76.90, 100), new WaypointInput(0, 43.21, 76.91, 100)));

        assertRefusedStoringNothing(pilot, gap, ValidationException.class, e -> assertThat(
                ((ValidationException) e).fields())
                .containsExactly("waypoints[1].sequenceOrder", "waypoints[2].sequenceOrder"));
        assertRefusedStoringNothing(pilot, repeat, ValidationException.class,
                e -> assertThat(((ValidationException) e).fields()).containsExactly("waypoints[1].sequenceOrder"));
    }

    @Test
    void droneInMaintenanceCannotBeSubmitted() {
        world.setDroneStatus(org.admin(), drone, DroneStatus.MAINTENANCE);

        assertRefusedStoringNothing(pilot, World.plan(drone.id(), departure, HOUR), ConflictException.class,
                e -> assertThat(((ConflictException) e).kind()).isEqualTo(ConflictException.Kind.STATE));
    }

    @ParameterizedTest
    @EnumSource(FlightPlanStatus.class)
    void aPlanClaimsItsDroneForItsWindowExactlyWhileItIsNotFinal(FlightPlanStatus status) {
        FlightPlan existing = driveTo(status);
        Instant from = existing.plannedDepartureTime();
        Instant to = existing.plannedArrivalTime();
        List<SubmitFlightPlan> overlapping = List.of(
                World.plan(drone.id(), from, to),
                World.plan(drone.id(), from.minus(STEP), from.plusSeconds(1)),
                World.plan(drone.id(), to.minusSeconds(1), to.plus(STEP)),
                World.plan(drone.id(), from.plus(STEP), to.minus(STEP)),
                World.plan(drone.id(), from.minus(STEP), to.plus(STEP)));

        if (status.isFinal()) {
            FlightPlan accepted = plans.submit(pilot.id(), overlapping.get(0));
            assertThat(accepted.status()).isEqualTo(FlightPlanStatus.PENDING_ORG_APPROVAL);
        } else {
            for (SubmitFlightPlan command : overlapping) {
                assertRefusedStoringNothing(pilot, command, ConflictException.class,
                        e -> assertThat(((ConflictException) e).kind()).isEqualTo(ConflictException.Kind.STATE));
            }
        }
    }

    @Test
    void touchingWindowsDoNotOverlap() {
        FlightPlan middle = plans.submit(pilot.id(), World.plan(drone.id(), departure, HOUR));

        FlightPlan before = plans.submit(pilot.id(), World.plan(drone.id(), departure.minus(HOUR), departure));
        FlightPlan after = plans.submit(pilot.id(), World.plan(drone.id(), middle.plannedArrivalTime(), HOUR));

        assertThat(world.storage().flightPlans().findAll()).containsExactly(middle, before, after);
    }

    @Test
    void anotherDronesPlanDoesNotClaimThisDrone() {
        Drone other = world.newOrganizationDrone(org);
        world.assign(org, pilot, other);
        plans.submit(pilot.id(), World.plan(other.id(), departure, HOUR));

        FlightPlan accepted = plans.submit(pilot.id(), World.plan(drone.id(), departure, HOUR));

        assertThat(accepted.droneId()).isEqualTo(drone.id());
        assertThat(world.storage().flightPlans().findAll()).hasSize(2);
    }

    @Test
    void pilotNotAssignedToTheDroneIsToldItDoesNotExist() {
        User unassigned = world.newOrganizationPilot(org);

        assertRefusedStoringNothing(unassigned, World.plan(drone.id(), departure, HOUR), NotFoundException.class,
                e -> assertThat(((NotFoundException) e).resource()).isEqualTo("drone"));
    }

    @Test
    void pilotsOfAnotherOrganizationAndOtherSoloPilotsAreToldTheDroneDoesNotExist() {
        World.Org rival = world.newOrganization();
        User rivalPilot = world.newOrganizationPilot(rival);
        User solo = world.newSoloPilot();
        User otherSolo = world.newSoloPilot();
        Drone soloDrone = world.newSoloDrone(solo);

        assertRefusedStoringNothing(rival.admin(), World.plan(drone.id(), departure, HOUR), NotFoundException.class,
                e -> { });
        assertRefusedStoringNothing(rivalPilot, World.plan(drone.id(), departure, HOUR), NotFoundException.class,
                e -> { });
        assertRefusedStoringNothing(otherSolo, World.plan(soloDrone.id(), departure, HOUR), NotFoundException.class,
                e -> { });
        assertRefusedStoringNothing(pilot, World.plan(soloDrone.id(), departure, HOUR), NotFoundException.class,
                e -> { });
    }

    @Test
    void authorityMayReadTheDroneButSubmitsNoPlans() {
        assertRefusedStoringNothing(world.authority(), World.plan(drone.id(), departure, HOUR),
                AccessDeniedException.class, e -> assertThat(((AccessDeniedException) e).reason()).isNotBlank());
    }

    @Test
    void inactivePilotMaySubmitNothing() {
        User deactivated = world.deactivate(pilot);

        assertRefusedStoringNothing(deactivated, World.plan(drone.id(), departure, HOUR), AccessDeniedException.class,
                e -> { });
    }

    @Test
    void routeThroughRestrictedAirspaceIsRefusedWithEveryConflictAndStoresNothing() {
        List<AirspaceConflict> conflicts = List.of(
                new AirspaceConflict(ZoneId.of(4), "Almaty airport CTR", 0, new GeoPoint(43.238, 76.889), 120),
                new AirspaceConflict(ZoneId.of(9), "Presidential residence", 1, new GeoPoint(43.2395, 76.8905), 120));
        List<List<Waypoint>> routesChecked = new CopyOnWriteArrayList<>();
        world = World.builder().airspaceChecker((waypoints, from, to) -> {
            routesChecked.add(waypoints);
            return conflicts;
        }).build();
        plans = world.plans();
        User solo = world.newSoloPilot();
        Drone own = world.newSoloDrone(solo);
        SubmitFlightPlan command = World.plan(own.id(), departure, HOUR);

        assertRefusedStoringNothing(solo, command, RouteConflictException.class,
                e -> assertThat(((RouteConflictException) e).conflicts()).isEqualTo(conflicts));
        assertThat(routesChecked).singleElement().satisfies(route -> assertThat(route)
                .extracting(Waypoint::sequenceOrder).containsExactly(0, 1, 2));
    }

    // ---- guards and actors of the moves -------------------------------------------------------

    @Test
    void activatingWithADroneInMaintenanceIsRefusedAndChangesNothing() {
        FlightPlan approved = driveTo(FlightPlanStatus.APPROVED);
        world.setDroneStatus(org.admin(), drone, DroneStatus.MAINTENANCE);

        assertMoveRefused(approved, ACTIVATE, pilot.id(), ConflictException.class);
    }

    @Test
    void rejectionWithoutAReasonIsRefusedAndChangesNothing() {
        FlightPlan pending = driveTo(FlightPlanStatus.PENDING_ORG_APPROVAL);
        StoreSnapshot snapshot = world.snapshot();
        int mark = world.events().mark();

        assertThatThrownBy(() -> plans.rejectByOrganization(org.adminId(), pending.id(), new RejectFlightPlan("  ")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fields()).containsExactly("reason"));

        assertThat(world.snapshot()).isEqualTo(snapshot);
        assertThat(world.events().since(mark)).isEmpty();
    }

    @Test
    void submitterMayNotDecideOnTheirOwnPlan() {
        FlightPlan pending = driveTo(FlightPlanStatus.PENDING_ORG_APPROVAL);

        assertMoveRefused(pending, APPROVE_BY_ORGANIZATION, pilot.id(), AccessDeniedException.class);
        assertMoveRefused(pending, CANCEL_BY_ADMIN, pilot.id(), AccessDeniedException.class);
    }

    @Test
    void organizationAdminMayNotDecideAtTheAuthorityLevelNorFlyAnotherUsersPlan() {
        FlightPlan pending = driveTo(FlightPlanStatus.PENDING_AUTHORITY_APPROVAL);

        assertMoveRefused(pending, APPROVE_BY_AUTHORITY, org.adminId(), AccessDeniedException.class);
        assertMoveRefused(pending, CANCEL_BY_PILOT, org.adminId(), AccessDeniedException.class);
    }

    @Test
    void adminOfAnotherOrganizationIsToldThePlanDoesNotExist() {
        World.Org rival = world.newOrganization();
        FlightPlan pending = driveTo(FlightPlanStatus.PENDING_ORG_APPROVAL);

        assertMoveRefused(pending, APPROVE_BY_ORGANIZATION, rival.adminId(), NotFoundException.class);
        assertMoveRefused(pending, CANCEL_BY_ADMIN, rival.adminId(), NotFoundException.class);
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** A fresh plan of the organization's pilot, driven into {@code status} through the service. */
    private FlightPlan driveTo(FlightPlanStatus status) {
        FlightPlan plan = plans.submit(pilot.id(), World.plan(drone.id(), departure, HOUR));
        departure = departure.plus(Duration.ofHours(2));
        List<FlightPlanMove> path = switch (status) {
            case PENDING_ORG_APPROVAL -> List.of();
            case PENDING_AUTHORITY_APPROVAL -> List.of(APPROVE_BY_ORGANIZATION);
            case APPROVED -> List.of(APPROVE_BY_ORGANIZATION, APPROVE_BY_AUTHORITY);
            case ACTIVE -> List.of(APPROVE_BY_ORGANIZATION, APPROVE_BY_AUTHORITY, ACTIVATE);
            case COMPLETED -> List.of(APPROVE_BY_ORGANIZATION, APPROVE_BY_AUTHORITY, ACTIVATE, COMPLETE);
            case REJECTED_BY_ORG -> List.of(REJECT_BY_ORGANIZATION);
            case REJECTED_BY_AUTHORITY -> List.of(APPROVE_BY_ORGANIZATION, REJECT_BY_AUTHORITY);
            case CANCELLED_BY_PILOT -> List.of(CANCEL_BY_PILOT);
            case CANCELLED_BY_ADMIN -> List.of(CANCEL_BY_ADMIN);
        };
        for (FlightPlanMove move : path) {
            world.clock().advance(STEP);
            plan = WorkflowMoves.perform(plans, move, idOf(naturalMover(move)), plan.id(), REASON);
        }
        assertThat(plan.status()).isEqualTo(status);
        return plan;
    }

    private static Mover naturalMover(FlightPlanMove move) {
        return switch (move) {
            case APPROVE_BY_ORGANIZATION, REJECT_BY_ORGANIZATION -> Mover.ORGANIZATION_ADMIN;
            case APPROVE_BY_AUTHORITY, REJECT_BY_AUTHORITY, CANCEL_BY_ADMIN -> Mover.AUTHORITY;
            case ACTIVATE, COMPLETE, CANCEL_BY_PILOT -> Mover.SUBMITTER;
        };
    }

    private UserId idOf(Mover mover) {
        return switch (mover) {
            case SUBMITTER -> pilot.id();
            case ORGANIZATION_ADMIN -> org.adminId();
            case AUTHORITY -> world.authority().id();
        };
    }

    private FlightPlan stored(FlightPlan plan) {
        return world.storage().flightPlans().findByIdIncludingDeleted(plan.id()).orElseThrow();
    }

    private void assertSingleEvent(List<DomainEvent> published, FlightPlanMove move, FlightPlan before,
            FlightPlan after, UserId actor, Instant now) {
        assertThat(published).singleElement().isInstanceOf(WorkflowMoves.eventType(move));
        FlightPlanEvent event = (FlightPlanEvent) published.get(0);
        assertThat(event.planId()).isEqualTo(before.id());
        assertThat(event.actorId()).isEqualTo(actor);
        assertThat(event.from()).isEqualTo(before.status());
        assertThat(event.status()).isEqualTo(after.status());
        assertThat(event.version()).isEqualTo(after.version());
        assertThat(event.occurredAt()).isEqualTo(now);
        assertThat(WorkflowMoves.moveOf(event)).contains(move);
        if (event instanceof FlightPlanEvent.FlightPlanRejected rejected) {
            assertThat(rejected.reason()).isEqualTo(REASON);
        }
    }

    private void assertRefusedStoringNothing(User actor, SubmitFlightPlan command,
            Class<? extends RuntimeException> error, java.util.function.Consumer<RuntimeException> details) {
        StoreSnapshot snapshot = world.snapshot();
        int mark = world.events().mark();

        assertThatThrownBy(() -> plans.submit(actor.id(), command))
                .isInstanceOfSatisfying(error, e -> details.accept(e));

        assertThat(world.snapshot()).isEqualTo(snapshot);
        assertThat(world.events().since(mark)).isEmpty();
        if (snapshot.plans().isEmpty()) {
            assertThat(plans.find(world.authority().id(), FlightPlanQuery.all(100))).isEmpty();
        }
    }

    private void assertMoveRefused(FlightPlan plan, FlightPlanMove move, UserId actor,
            Class<? extends RuntimeException> error) {
        FlightPlan before = stored(plan);
        StoreSnapshot snapshot = world.snapshot();
        int mark = world.events().mark();

        assertThatThrownBy(() -> WorkflowMoves.perform(plans, move, actor, plan.id(), REASON)).isInstanceOf(error);

        assertThat(stored(plan)).isEqualTo(before);
        assertThat(world.snapshot()).isEqualTo(snapshot);
        assertThat(world.events().since(mark)).isEmpty();
    }
}
