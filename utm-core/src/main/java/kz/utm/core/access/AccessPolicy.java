package kz.utm.core.access;

import static kz.utm.core.access.Decision.allow;
import static kz.utm.core.access.Decision.allowIf;
import static kz.utm.core.access.Decision.conceal;
import static kz.utm.core.access.Decision.deny;
import static kz.utm.core.user.UserRole.AUTHORITY_ADMIN;
import static kz.utm.core.user.UserRole.ORGANIZATION_ADMIN;
import static kz.utm.core.user.UserRole.ORGANIZATION_PILOT;
import static kz.utm.core.user.UserRole.SOLO_PILOT;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import kz.utm.core.common.AccessDeniedException;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.UserId;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.DroneOwner;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.organization.Organization;
import kz.utm.core.user.User;
import kz.utm.core.zone.RestrictedZone;

/**
 * Who may do what: the access matrix of {@code docs/access-policy.md}, one rule per row.
 *
 * <p>Deny by default: an action is allowed only where a rule allows it. Before any rule, the
 * actor must be active and not soft-deleted, and a member of an organization acts only while
 * it is active and not soft-deleted. A soft-deleted resource is hidden from everyone but the
 * authority, who may read and restore it. A resource the actor may not read is reported as not
 * found by {@link #authorize}; an action on one the actor may read but not change is denied
 * with the reason. Stateless and thread-safe.
 */
public final class AccessPolicy {

    /** Creates the policy. */
    public AccessPolicy() {
    }

    /**
     * Decides whether the actor may do the action to the resource, by the matrix alone (without
     * the read check that {@link #authorize} adds).
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the action does not apply to that kind of resource
     */
    public Decision decide(Actor actor, Action action, Resource resource) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resource, "resource");
        Decision standing = standing(actor);
        if (!standing.allowed()) {
            return standing;
        }
        if (resource.deleted()) {
            if (!actor.is(AUTHORITY_ADMIN)) {
                return conceal(resource.kind() + " " + resource.id() + " is deleted");
            }
            if (!isRead(action) && !action.isRestore()) {
                return deny(resource.kind() + " " + resource.id() + " is deleted; restore it first");
            }
        }
        return rule(actor, action, resource);
    }

    /**
     * Checks that the actor may do the action to the resource, and may read it at all.
     *
     * @throws AccessDeniedException if the actor may not act at all (inactive, deleted, or in an
     *     inactive organization), or may read the resource but not do this to it
     * @throws NotFoundException if the actor may not read the resource
     */
    public void authorize(Actor actor, Action action, Resource resource) {
        requireStanding(actor);
        Optional<Action> visibility = isRead(action) ? Optional.of(action) : action.visibility();
        if (visibility.isPresent()) {
            Decision read = decide(actor, visibility.get(), resource);
            if (!read.allowed()) {
                throw new NotFoundException(resource.kind(), resource.id());
            }
        }
        Decision decision = decide(actor, action, resource);
        if (!decision.allowed()) {
            if (decision.concealed()) {
                throw new NotFoundException(resource.kind(), resource.id());
            }
            throw new AccessDeniedException(decision.reason());
        }
    }

    /**
     * Checks that the actor may act at all: active, not soft-deleted, and, for a member of an
     * organization, that organization active and not soft-deleted.
     *
     * @throws AccessDeniedException with the reason if not
     */
    public void requireStanding(Actor actor) {
        Decision standing = standing(Objects.requireNonNull(actor, "actor"));
        if (!standing.allowed()) {
            throw new AccessDeniedException(standing.reason());
        }
    }

    /** Whether the actor may read the resource; for filtering lists. */
    public boolean canRead(Actor actor, Action readAction, Resource resource) {
        return decide(actor, readAction, resource).allowed();
    }

    // Rule 2: an inactive or deleted actor, or a member of an inactive organization, does nothing.
    private static Decision standing(Actor actor) {
        User user = actor.user();
        if (user.audit().isDeleted()) {
            return deny("your account is deleted");
        }
        if (!user.active()) {
            return deny("your account is inactive");
        }
        if (user.role().isOrganizationMember()) {
            Optional<Organization> organization = actor.organization()
                    .filter(o -> user.organizationId().filter(o.id()::equals).isPresent());
            if (organization.isEmpty() || organization.get().audit().isDeleted()) {
                return deny("your organization is deleted");
            }
            if (!organization.get().active()) {
                return deny("your organization is inactive");
            }
        }
        return allow();
    }

    private static boolean isRead(Action action) {
        return switch (action) {
            case USER_READ, ORGANIZATION_READ, DRONE_READ, ASSIGNMENT_READ, FLIGHT_PLAN_READ, TELEMETRY_READ,
                    ZONE_READ -> true;
            default -> false;
        };
    }

    private static Decision rule(Actor actor, Action action, Resource resource) {
        return switch (action) {
            case USER_CREATE -> createUser(actor, as(resource, Resource.NewUser.class, action));
            case USER_READ -> readUser(actor, as(resource, Resource.OfUser.class, action).user());
            case USER_UPDATE_PROFILE -> allowIf(actor.isUser(as(resource, Resource.OfUser.class, action).user().id()),
                    "only the user may change their own profile");
            case USER_CHANGE_ROLE -> allowIf(actor.is(AUTHORITY_ADMIN),
                    "only the authority may change a user's role or organization");
            case USER_DEACTIVATE, USER_REACTIVATE, USER_DELETE ->
                    manageUser(actor, as(resource, Resource.OfUser.class, action).user());
            case USER_RESTORE, ORGANIZATION_CREATE, ORGANIZATION_SET_ADMIN, ORGANIZATION_DEACTIVATE,
                    ORGANIZATION_REACTIVATE, ORGANIZATION_DELETE, ORGANIZATION_RESTORE, DRONE_RESTORE ->
                    allowIf(actor.is(AUTHORITY_ADMIN), "only the authority may do this");
            case ORGANIZATION_READ -> readOrganization(actor, as(resource, Resource.OfOrganization.class, action));
            case ORGANIZATION_UPDATE -> updateOrganization(actor, as(resource, Resource.OfOrganization.class, action));
            case DRONE_REGISTER -> registerDrone(actor, as(resource, Resource.NewDrone.class, action).owner());
            case DRONE_READ, TELEMETRY_READ -> readDrone(actor, drone(resource, action), assigned(resource, action));
            case DRONE_UPDATE -> updateDrone(actor, drone(resource, action));
            case DRONE_DELETE -> actor.is(AUTHORITY_ADMIN) ? allow() : updateDrone(actor, drone(resource, action));
            case ASSIGNMENT_CHANGE -> changeAssignment(actor, as(resource, Resource.OfAssignment.class, action));
            case ASSIGNMENT_READ -> readAssignment(actor, as(resource, Resource.OfAssignment.class, action));
            case FLIGHT_PLAN_SUBMIT -> submitPlan(actor, as(resource, Resource.NewFlightPlan.class, action));
            case FLIGHT_PLAN_READ -> readPlan(actor, plan(resource, action));
            case FLIGHT_PLAN_DECIDE_AS_ORGANIZATION -> allowIf(actor.isAdminOf(plan(resource, action).organizationId()),
                    "only the admin of the plan's organization decides at the organization level");
            case FLIGHT_PLAN_DECIDE_AS_AUTHORITY -> allowIf(actor.is(AUTHORITY_ADMIN),
                    "only the authority decides at the authority level");
            case FLIGHT_PLAN_ACTIVATE, FLIGHT_PLAN_COMPLETE, FLIGHT_PLAN_CANCEL_AS_PILOT ->
                    allowIf(actor.isUser(plan(resource, action).submitterId()), "only the plan's submitter may do this");
            case FLIGHT_PLAN_CANCEL_AS_ADMIN -> allowIf(actor.is(AUTHORITY_ADMIN)
                    || actor.isAdminOf(plan(resource, action).organizationId()),
                    "only the admin of the plan's organization or the authority may cancel it as admin");
            case TELEMETRY_SUBMIT -> submitTelemetry(actor, as(resource, Resource.OfTelemetry.class, action));
            case ZONE_MANAGE -> allowIf(actor.is(AUTHORITY_ADMIN), "only the authority manages restricted zones");
            case ZONE_READ -> readZone(actor, as(resource, Resource.OfZone.class, action));
        };
    }

    private static Decision createUser(Actor actor, Resource.NewUser user) {
        return switch (user.role()) {
            case AUTHORITY_ADMIN, ORGANIZATION_ADMIN -> allowIf(actor.is(AUTHORITY_ADMIN),
                    "only the authority creates " + user.role() + " users");
            case ORGANIZATION_PILOT -> allowIf(actor.is(AUTHORITY_ADMIN) || actor.isAdminOf(user.organizationId()),
                    "only the admin of the pilot's organization or the authority creates organization pilots");
            case SOLO_PILOT -> deny("solo pilots register themselves");
        };
    }

    private static Decision readUser(Actor actor, User user) {
        return allowIf(actor.isUser(user.id()) || actor.is(AUTHORITY_ADMIN) || actor.isAdminOf(user.organizationId()),
                "you may read only yourself and the members of the organization you administer");
    }

    private static Decision manageUser(Actor actor, User user) {
        if (actor.is(AUTHORITY_ADMIN)) {
            return allow();
        }
        return allowIf(user.role() == ORGANIZATION_PILOT && actor.isAdminOf(user.organizationId()),
                "only the authority, or the admin of the organization for its pilots, may do this");
    }

    private static Decision readOrganization(Actor actor, Resource.OfOrganization resource) {
        if (actor.is(AUTHORITY_ADMIN)) {
            return allow();
        }
        return allowIf(resource.organization().filter(o -> actor.user().isMemberOf(o.id())).isPresent(),
                "you may read only your own organization");
    }

    private static Decision updateOrganization(Actor actor, Resource.OfOrganization resource) {
        if (actor.is(AUTHORITY_ADMIN)) {
            return allow();
        }
        return allowIf(actor.isAdminOf(resource.organization().map(Organization::id)),
                "only the organization's admin or the authority may update it");
    }

    private static Decision registerDrone(Actor actor, DroneOwner owner) {
        if (owner instanceof DroneOwner.OfOrganization org) {
            return allowIf(actor.isAdminOf(Optional.of(org.organizationId())),
                    "only the organization's admin registers its drones");
        }
        DroneOwner.OfSoloPilot solo = (DroneOwner.OfSoloPilot) owner;
        return allowIf(actor.is(SOLO_PILOT) && actor.isUser(solo.userId()),
                "only a solo pilot registers a drone, as its own owner");
    }

    private static Decision readDrone(Actor actor, Drone drone, Set<UserId> assigned) {
        return allowIf(actor.is(AUTHORITY_ADMIN)
                        || isOwnerOrOrganizationAdmin(actor, drone)
                        || (actor.is(ORGANIZATION_PILOT) && assigned.contains(actor.id())
                                && actor.user().organizationId().equals(drone.organizationId())),
                "you may read only the drones you own, administer or are assigned to");
    }

    private static Decision updateDrone(Actor actor, Drone drone) {
        return allowIf(isOwnerOrOrganizationAdmin(actor, drone),
                "only the drone's owner or its organization's admin may change it");
    }

    private static boolean isOwnerOrOrganizationAdmin(Actor actor, Drone drone) {
        return drone.soloOwnerId().filter(actor::isUser).isPresent() || actor.isAdminOf(drone.organizationId());
    }

    private static Decision changeAssignment(Actor actor, Resource.OfAssignment assignment) {
        User pilot = assignment.pilot();
        Drone drone = assignment.drone();
        if (!actor.isAdminOf(drone.organizationId())) {
            return deny("only the admin of the drone's organization assigns its pilots");
        }
        if (!readUser(actor, pilot).allowed()) {
            // Rule 4 covers the pilot named in the request too: an admin learns nothing about
            // users outside their organization.
            return conceal("user " + pilot.id() + " is not visible to you");
        }
        return allowIf(pilot.role() == ORGANIZATION_PILOT && drone.organizationId().isPresent()
                        && pilot.isMemberOf(drone.organizationId().get()),
                "only a pilot of the drone's own organization can be assigned to it");
    }

    private static Decision readAssignment(Actor actor, Resource.OfAssignment assignment) {
        return allowIf(actor.is(AUTHORITY_ADMIN) || actor.isUser(assignment.pilot().id())
                        || actor.isAdminOf(assignment.drone().organizationId()),
                "you may read only your own assignments and those of the organization you administer");
    }

    private static Decision submitPlan(Actor actor, Resource.NewFlightPlan resource) {
        Drone drone = resource.drone();
        boolean may = switch (actor.role()) {
            case AUTHORITY_ADMIN -> false;
            case ORGANIZATION_ADMIN -> actor.isAdminOf(drone.organizationId());
            case ORGANIZATION_PILOT -> resource.assignedPilots().contains(actor.id())
                    && actor.user().organizationId().equals(drone.organizationId());
            case SOLO_PILOT -> drone.soloOwnerId().filter(actor::isUser).isPresent();
        };
        return allowIf(may, actor.is(AUTHORITY_ADMIN) ? "the authority does not fly: it submits no plans"
                : "you may submit plans only with drones you own, administer or are assigned to");
    }

    private static Decision readPlan(Actor actor, FlightPlan plan) {
        return allowIf(actor.is(AUTHORITY_ADMIN) || actor.isUser(plan.submitterId())
                        || actor.isAdminOf(plan.organizationId()),
                "you may read only your own plans and those of the organization you administer");
    }

    // No read check comes first here: the submitter of the drone's active plan reports for it
    // even if they were unassigned in flight, when they may no longer read the drone.
    private static Decision submitTelemetry(Actor actor, Resource.OfTelemetry resource) {
        Drone drone = resource.drone();
        boolean reporter = resource.activePlan().isPresent()
                ? actor.isUser(resource.activePlan().get().submitterId())
                : isOwnerOrOrganizationAdmin(actor, drone)
                        || (actor.is(ORGANIZATION_PILOT) && resource.assignedPilots().contains(actor.id()));
        if (reporter) {
            return allow();
        }
        if (!readDrone(actor, drone, resource.assignedPilots()).allowed()) {
            return conceal("drone " + drone.id() + " is not visible to you");
        }
        return deny(resource.activePlan().isPresent()
                ? "the drone is flying an active plan: only its submitter reports its telemetry"
                : "only the drone's owner, its organization's admin or an assigned pilot reports its telemetry");
    }

    private static Decision readZone(Actor actor, Resource.OfZone resource) {
        if (actor.is(AUTHORITY_ADMIN)) {
            return allow();
        }
        // A zone about to be created hides nothing; an inactive one is the authority's alone.
        return resource.zone().map(RestrictedZone::active).orElse(true) ? allow()
                : conceal("only the authority sees inactive zones");
    }

    private static Drone drone(Resource resource, Action action) {
        if (resource instanceof Resource.OfDrone d) {
            return d.drone();
        }
        if (resource instanceof Resource.NewFlightPlan p) {
            return p.drone();
        }
        return as(resource, Resource.OfTelemetry.class, action).drone();
    }

    private static Set<UserId> assigned(Resource resource, Action action) {
        if (resource instanceof Resource.OfDrone d) {
            return d.assignedPilots();
        }
        if (resource instanceof Resource.NewFlightPlan p) {
            return p.assignedPilots();
        }
        return as(resource, Resource.OfTelemetry.class, action).assignedPilots();
    }

    private static FlightPlan plan(Resource resource, Action action) {
        return as(resource, Resource.OfFlightPlan.class, action).plan();
    }

    private static <R extends Resource> R as(Resource resource, Class<R> type, Action action) {
        if (!type.isInstance(resource)) {
            throw new IllegalArgumentException(action + " does not apply to a " + resource.getClass().getSimpleName());
        }
        return type.cast(resource);
    }
}
