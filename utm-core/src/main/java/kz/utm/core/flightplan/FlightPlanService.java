package kz.utm.core.flightplan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import kz.utm.core.ServiceContext;
import kz.utm.core.access.Action;
import kz.utm.core.access.Actor;
import kz.utm.core.access.Resource;
import kz.utm.core.common.AccessDeniedException;
import kz.utm.core.common.ConflictException;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ValidationException;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.DroneAssignment;
import kz.utm.core.drone.DroneAssignments;
import kz.utm.core.drone.DroneStatus;
import kz.utm.core.drone.Drones;
import kz.utm.core.user.UserRole;

/**
 * Application service for flight plans: submission and every move of the approval workflow.
 *
 * <p>Submission checks, in order: the input; the actor's right to fly the drone; the drone not
 * in maintenance; no other pending, approved or active plan of the drone overlapping in time;
 * the route clear of restricted zones ({@link AirspaceChecker}). Each move checks the actor's
 * right, then the move against {@link FlightPlanLifecycle}, then its own guards, and stores
 * the plan only if nobody changed it since it was read (optimistic locking), so concurrent
 * moves of one plan never both succeed. A command that throws has stored nothing; each stored
 * change publishes one {@link FlightPlanEvent}. Thread-safe if its collaborators are.
 */
public final class FlightPlanService {

    /** At submission: no pending, approved or active plan of the drone overlaps in time. */
    private static final DroneScheduleRule NO_OVERLAPPING_LIVE_PLAN = (plan, others) -> {
        List<FlightPlanId> overlapping = others.stream()
                .filter(other -> other.overlaps(plan.plannedDepartureTime(), plan.plannedArrivalTime()))
                .map(FlightPlan::id)
                .toList();
        if (!overlapping.isEmpty()) {
            throw ConflictException.state("drone " + plan.droneId() + " is already claimed by flight plan "
                    + overlapping + " for an overlapping time");
        }
    };

    /**
     * At the authority's approval: no other approved or active plan of the drone overlaps. The
     * submission rule keeps live plans apart already; this holds even against plans stored by
     * other means, such as an import.
     */
    private static final DroneScheduleRule NO_OVERLAPPING_APPROVED_PLAN = (plan, others) -> {
        List<FlightPlanId> committed = others.stream()
                .filter(other -> other.status() == FlightPlanStatus.APPROVED || other.status() == FlightPlanStatus.ACTIVE)
                .filter(other -> other.overlaps(plan.plannedDepartureTime(), plan.plannedArrivalTime()))
                .map(FlightPlan::id)
                .toList();
        if (!committed.isEmpty()) {
            throw ConflictException.state("drone " + plan.droneId() + " is already approved for flight plan "
                    + committed + " at an overlapping time");
        }
    };

    /** At take-off: the drone flies no other plan. */
    private static final DroneScheduleRule NO_OTHER_ACTIVE_PLAN = (plan, others) -> {
        others.stream().filter(other -> other.status() == FlightPlanStatus.ACTIVE).findFirst().ifPresent(flying -> {
            throw ConflictException.state("drone " + plan.droneId() + " is flying flight plan " + flying.id());
        });
    };

    private final ServiceContext context;
    private final FlightPlans plans;
    private final Drones drones;
    private final DroneAssignments assignments;
    private final AirspaceChecker airspace;

    /** @throws NullPointerException if an argument is null */
    public FlightPlanService(ServiceContext context, AirspaceChecker airspace) {
        this.context = Objects.requireNonNull(context, "context");
        this.plans = context.storage().flightPlans();
        this.drones = context.storage().drones();
        this.assignments = context.storage().assignments();
        this.airspace = Objects.requireNonNull(airspace, "airspace");
    }

    /**
     * Submits a plan. An organization pilot's plan waits for the organization admin; a solo
     * pilot's, or one the organization's admin submits (recorded as its organization
     * approver), goes straight to the authority.
     *
     * @return the plan as stored
     * @throws ValidationException naming every invalid field
     * @throws NotFoundException if the drone does not exist or the actor may not read it
     * @throws AccessDeniedException if the actor may not fly the drone
     * @throws ConflictException if the drone is in maintenance or another plan claims it for an
     *     overlapping time
     * @throws RouteConflictException if the route enters restricted airspace
     */
    public FlightPlan submit(UserId actorId, SubmitFlightPlan command) {
        context.check(command);
        FlightPlan stored = context.inTransaction(() -> {
            Actor actor = context.actor(actorId);
            Drone drone = drones.findByIdIncludingDeleted(command.droneId())
                    .orElseThrow(() -> new NotFoundException("drone", command.droneId()));
            Set<UserId> pilots = pilotsOf(drone.id());
            context.policy().authorize(actor, Action.FLIGHT_PLAN_SUBMIT, new Resource.NewFlightPlan(drone, pilots));
            requireFlyable(drone);
            List<Waypoint> waypoints = command.waypoints().stream()
                    .map(w -> new Waypoint(w.sequenceOrder(), new GeoPoint(w.latitude(), w.longitude()), w.altitudeM()))
                    .toList();
            List<AirspaceConflict> conflicts = airspace.conflicts(waypoints, command.plannedDepartureTime(),
                    command.plannedArrivalTime());
            if (!conflicts.isEmpty()) {
                throw new RouteConflictException(conflicts);
            }
            boolean byOrganizationAdmin = actor.is(UserRole.ORGANIZATION_ADMIN);
            FlightPlanStatus first = actor.is(UserRole.ORGANIZATION_PILOT)
                    ? FlightPlanStatus.PENDING_ORG_APPROVAL : FlightPlanStatus.PENDING_AUTHORITY_APPROVAL;
            return plans.insert(FlightPlan.submitted(plans.nextId(), actorId, drone.id(), drone.organizationId(),
                    command.plannedDepartureTime(), command.plannedArrivalTime(),
                    command.notes().map(String::strip), waypoints, first, byOrganizationAdmin, context.now()),
                    NO_OVERLAPPING_LIVE_PLAN);
        });
        context.publish(new FlightPlanEvent.FlightPlanSubmitted(stored.id(), actorId, stored.status(), stored.status(),
                stored.version(), stored.audit().createdAt()));
        return stored;
    }

    /**
     * A plan as the actor may see it: their own, their organization's for its admin, any for
     * the authority.
     *
     * @throws NotFoundException if there is none or the actor may not read it
     */
    public FlightPlan get(UserId actorId, FlightPlanId planId) {
        return authorized(context.actor(actorId), Action.FLIGHT_PLAN_READ, planId);
    }

    /**
     * The live plans that match the query and that the actor may read, by id, paged. An
     * organization admin's query is narrowed to their organization, a pilot's to their own plans.
     */
    public List<FlightPlan> find(UserId actorId, FlightPlanQuery query) {
        Actor actor = context.actor(actorId);
        context.policy().requireStanding(actor);
        // The caller's scope narrows the query; a criterion outside that scope matches nothing
        // (it must not be replaced by the caller's own scope).
        Optional<OrganizationId> ownOrganization = actor.user().organizationId();
        FlightPlanQuery narrowed = switch (actor.role()) {
            case AUTHORITY_ADMIN -> query;
            case ORGANIZATION_ADMIN -> query.organization().isPresent() && !query.organization().equals(ownOrganization)
                    ? null
                    : new FlightPlanQuery(query.submitter(), ownOrganization, query.drone(), query.statuses(),
                            query.offset(), query.limit());
            case ORGANIZATION_PILOT, SOLO_PILOT -> query.submitter().filter(s -> !s.equals(actorId)).isPresent()
                    ? null
                    : new FlightPlanQuery(Optional.of(actorId), query.organization(), query.drone(), query.statuses(),
                            query.offset(), query.limit());
        };
        if (narrowed == null) {
            return List.of();
        }
        return plans.find(narrowed).stream()
                .filter(p -> context.policy().canRead(actor, Action.FLIGHT_PLAN_READ, new Resource.OfFlightPlan(p)))
                .toList();
    }

    /** The plan's organization admin approves it: on to the authority. */
    public FlightPlan approveByOrganization(UserId actorId, FlightPlanId planId) {
        return move(actorId, planId, Action.FLIGHT_PLAN_DECIDE_AS_ORGANIZATION, FlightPlanMove.APPROVE_BY_ORGANIZATION,
                (plan, now) -> plan.approveByOrganization(actorId, now), DroneScheduleRule.none());
    }

    /**
     * The plan's organization admin refuses it.
     *
     * @throws ValidationException naming {@code reason} if it is blank or too long
     */
    public FlightPlan rejectByOrganization(UserId actorId, FlightPlanId planId, RejectFlightPlan command) {
        context.check(command);
        return move(actorId, planId, Action.FLIGHT_PLAN_DECIDE_AS_ORGANIZATION, FlightPlanMove.REJECT_BY_ORGANIZATION,
                (plan, now) -> plan.rejectByOrganization(command.reason().strip(), now), DroneScheduleRule.none());
    }

    /**
     * The authority approves a plan: it may be flown.
     *
     * @throws ConflictException if another approved or active plan of the drone overlaps it
     */
    public FlightPlan approveByAuthority(UserId actorId, FlightPlanId planId) {
        return move(actorId, planId, Action.FLIGHT_PLAN_DECIDE_AS_AUTHORITY, FlightPlanMove.APPROVE_BY_AUTHORITY,
                (plan, now) -> plan.approveByAuthority(actorId, now), NO_OVERLAPPING_APPROVED_PLAN);
    }

    /**
     * The authority refuses a plan.
     *
     * @throws ValidationException naming {@code reason} if it is blank or too long
     */
    public FlightPlan rejectByAuthority(UserId actorId, FlightPlanId planId, RejectFlightPlan command) {
        context.check(command);
        return move(actorId, planId, Action.FLIGHT_PLAN_DECIDE_AS_AUTHORITY, FlightPlanMove.REJECT_BY_AUTHORITY,
                (plan, now) -> plan.rejectByAuthority(command.reason().strip(), now), DroneScheduleRule.none());
    }

    /**
     * The submitter takes off: the actual departure is recorded.
     *
     * @throws ConflictException if the drone is deleted or in maintenance, or already flies
     *     another active plan
     */
    public FlightPlan activate(UserId actorId, FlightPlanId planId) {
        return move(actorId, planId, Action.FLIGHT_PLAN_ACTIVATE, FlightPlanMove.ACTIVATE, (plan, now) -> {
            FlightPlan active = plan.activate(now);
            requireFlyable(drones.findById(plan.droneId())
                    .orElseThrow(() -> ConflictException.state("drone " + plan.droneId() + " is deleted")));
            return active;
        }, NO_OTHER_ACTIVE_PLAN);
    }

    /** The submitter lands: the actual arrival is recorded. */
    public FlightPlan complete(UserId actorId, FlightPlanId planId) {
        return move(actorId, planId, Action.FLIGHT_PLAN_COMPLETE, FlightPlanMove.COMPLETE,
                (plan, now) -> plan.complete(now), DroneScheduleRule.none());
    }

    /** The submitter withdraws a pending or approved plan. */
    public FlightPlan cancelByPilot(UserId actorId, FlightPlanId planId) {
        return move(actorId, planId, Action.FLIGHT_PLAN_CANCEL_AS_PILOT, FlightPlanMove.CANCEL_BY_PILOT,
                (plan, now) -> plan.cancelByPilot(now), DroneScheduleRule.none());
    }

    /** The plan's organization admin or the authority cancels a pending, approved or active plan. */
    public FlightPlan cancelByAdmin(UserId actorId, FlightPlanId planId) {
        return move(actorId, planId, Action.FLIGHT_PLAN_CANCEL_AS_ADMIN, FlightPlanMove.CANCEL_BY_ADMIN,
                (plan, now) -> plan.cancelByAdmin(now), DroneScheduleRule.none());
    }

    private FlightPlan move(UserId actorId, FlightPlanId planId, Action action, FlightPlanMove move,
            BiFunction<FlightPlan, Instant, FlightPlan> apply, DroneScheduleRule rule) {
        FlightPlan[] before = new FlightPlan[1];
        FlightPlan stored = context.inTransaction(() -> {
            FlightPlan plan = authorized(context.actor(actorId), action, planId);
            before[0] = plan;
            return plans.update(apply.apply(plan, context.now()), rule);
        });
        context.publish(FlightPlanEvent.of(move, before[0], stored, actorId, stored.audit().updatedAt()));
        return stored;
    }

    private FlightPlan authorized(Actor actor, Action action, FlightPlanId planId) {
        FlightPlan plan = plans.findByIdIncludingDeleted(Objects.requireNonNull(planId, "planId"))
                .orElseThrow(() -> new NotFoundException("flight plan", planId));
        context.policy().authorize(actor, action, new Resource.OfFlightPlan(plan));
        return plan;
    }

    private static void requireFlyable(Drone drone) {
        if (drone.status() == DroneStatus.MAINTENANCE) {
            throw ConflictException.state("drone " + drone.id() + " is in maintenance");
        }
    }

    private Set<UserId> pilotsOf(DroneId drone) {
        return assignments.findByDrone(drone).stream().map(DroneAssignment::userId).collect(Collectors.toSet());
    }
}
