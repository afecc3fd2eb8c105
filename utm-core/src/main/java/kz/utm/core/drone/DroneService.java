package kz.utm.core.drone;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kz.utm.core.ServiceContext;
import kz.utm.core.access.Action;
import kz.utm.core.access.Actor;
import kz.utm.core.access.Resource;
import kz.utm.core.common.AccessDeniedException;
import kz.utm.core.common.Audit;
import kz.utm.core.common.ConflictException;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ValidationException;
import kz.utm.core.organization.Organizations;
import kz.utm.core.user.User;
import kz.utm.core.user.Users;

/**
 * Application service for drones and the assignment of organization pilots to them.
 *
 * <p>Validate, authorize, apply, store, publish, in that order; a command that throws has
 * stored nothing. Thread-safe if its collaborators are.
 */
public final class DroneService {

    private final ServiceContext context;
    private final Drones drones;
    private final DroneAssignments assignments;
    private final Users users;
    private final Organizations organizations;

    /** @throws NullPointerException if an argument is null */
    public DroneService(ServiceContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.drones = context.storage().drones();
        this.assignments = context.storage().assignments();
        this.users = context.storage().users();
        this.organizations = context.storage().organizations();
    }

    /**
     * Registers a drone: for an organization by its admin, or by a solo pilot as its owner.
     * New drones are {@link DroneStatus#IDLE}.
     *
     * @throws ValidationException naming every invalid field
     * @throws NotFoundException if the organization does not exist
     * @throws AccessDeniedException if the actor may not register it
     * @throws ConflictException naming {@code serialNumber} when taken
     */
    public Drone register(UserId actorId, RegisterDrone command) {
        context.check(command);
        Drone stored = context.inTransaction(() -> {
            Actor actor = context.actor(actorId);
            DroneOwner owner = command.organizationId()
                    .<DroneOwner>map(DroneOwner.OfOrganization::new)
                    .orElseGet(() -> new DroneOwner.OfSoloPilot(actorId));
            // Authorized first: whether an organization the actor may not act for exists is not
            // theirs to learn.
            context.policy().authorize(actor, Action.DRONE_REGISTER, new Resource.NewDrone(owner));
            command.organizationId().ifPresent(o -> organizations.findById(o)
                    .orElseThrow(() -> new NotFoundException("organization", o)));
            return drones.insert(new Drone(drones.nextId(), command.brand().strip(), command.model().strip(),
                    command.serialNumber().strip(), owner, DroneStatus.IDLE, Optional.empty(), Optional.empty(), 0,
                    Audit.createdAt(context.now())));
        });
        context.publish(new DroneEvent.DroneRegistered(stored.id(), stored.owner(), actorId, stored.audit().createdAt()));
        return stored;
    }

    /**
     * A drone as the actor may see it (soft-deleted ones for the authority only).
     *
     * @throws NotFoundException if there is none or the actor may not read it
     */
    public Drone get(UserId actorId, DroneId droneId) {
        return authorized(context.actor(actorId), Action.DRONE_READ, droneId).drone();
    }

    /** The live drones the actor may read, by id. */
    public List<Drone> list(UserId actorId) {
        Actor actor = context.actor(actorId);
        context.policy().requireStanding(actor);
        List<Drone> candidates = switch (actor.role()) {
            case AUTHORITY_ADMIN -> drones.findAll();
            case ORGANIZATION_ADMIN, ORGANIZATION_PILOT ->
                    drones.findByOrganization(actor.user().organizationId().orElseThrow());
            case SOLO_PILOT -> drones.findBySoloOwner(actorId);
        };
        return candidates.stream()
                .filter(d -> context.policy().canRead(actor, Action.DRONE_READ, new Resource.OfDrone(d, pilotsOf(d.id()))))
                .toList();
    }

    /**
     * The drone's owner or organization admin changes its brand, model or status.
     *
     * @throws ValidationException naming every invalid field
     * @throws NotFoundException if there is none or the actor may not read it
     * @throws AccessDeniedException if the actor may not change it
     * @throws ConflictException on a concurrent update
     */
    public Drone update(UserId actorId, DroneId droneId, UpdateDrone command) {
        context.check(command);
        return change(actorId, droneId, Action.DRONE_UPDATE, DroneEvent.Change.DETAILS,
                drone -> drone.withDetails(command.brand().strip(), command.model().strip(), context.now())
                        .withStatus(command.status(), context.now()));
    }

    /** Soft-deletes (grounds) a drone: its owner, its organization admin, or the authority. */
    public Drone delete(UserId actorId, DroneId droneId) {
        return change(actorId, droneId, Action.DRONE_DELETE, DroneEvent.Change.DELETED,
                drone -> drone.deleted(context.now()));
    }

    /**
     * The authority restores a soft-deleted drone.
     *
     * @throws ConflictException if it is not deleted
     */
    public Drone restore(UserId actorId, DroneId droneId) {
        return change(actorId, droneId, Action.DRONE_RESTORE, DroneEvent.Change.RESTORED, drone -> {
            if (!drone.audit().isDeleted()) {
                throw ConflictException.state("drone " + droneId + " is not deleted");
            }
            return drone.restored(context.now());
        });
    }

    /**
     * The organization admin assigns one of its pilots to one of its drones. Assigning twice
     * keeps the first assignment.
     *
     * @return the assignment as stored
     * @throws NotFoundException if the pilot or the drone does not exist or may not be read
     * @throws AccessDeniedException if the actor may not assign them
     */
    public DroneAssignment assign(UserId actorId, UserId pilotId, DroneId droneId) {
        DroneAssignment stored = context.inTransaction(() -> {
            authorizedAssignment(actorId, pilotId, droneId, Action.ASSIGNMENT_CHANGE);
            assignments.add(new DroneAssignment(pilotId, droneId, context.now()));
            return assignments.find(pilotId, droneId).orElseThrow();
        });
        context.publish(new DroneEvent.PilotAssigned(droneId, pilotId, actorId, stored.assignedAt()));
        return stored;
    }

    /**
     * The organization admin takes a pilot's assignment to a drone away.
     *
     * @return whether there was an assignment
     * @throws NotFoundException if the pilot or the drone does not exist or may not be read
     * @throws AccessDeniedException if the actor may not change it
     */
    public boolean unassign(UserId actorId, UserId pilotId, DroneId droneId) {
        boolean removed = context.inTransaction(() -> {
            authorizedAssignment(actorId, pilotId, droneId, Action.ASSIGNMENT_CHANGE);
            return assignments.remove(pilotId, droneId);
        });
        if (removed) {
            context.publish(new DroneEvent.PilotUnassigned(droneId, pilotId, actorId, context.now()));
        }
        return removed;
    }

    /**
     * The assignments of a drone that the actor may read: all of them for its organization's
     * admin and the authority, their own for a pilot.
     *
     * @throws NotFoundException if the drone does not exist or may not be read
     */
    public List<DroneAssignment> assignments(UserId actorId, DroneId droneId) {
        Actor actor = context.actor(actorId);
        Drone drone = authorized(actor, Action.DRONE_READ, droneId).drone();
        return assignments.findByDrone(droneId).stream()
                .filter(a -> users.findByIdIncludingDeleted(a.userId())
                        .filter(p -> context.policy().canRead(actor, Action.ASSIGNMENT_READ, new Resource.OfAssignment(p, drone)))
                        .isPresent())
                .toList();
    }

    private void authorizedAssignment(UserId actorId, UserId pilotId, DroneId droneId, Action action) {
        Actor actor = context.actor(actorId);
        Drone drone = authorized(actor, Action.DRONE_READ, droneId).drone();
        User pilot = users.findById(Objects.requireNonNull(pilotId, "pilotId"))
                .orElseThrow(() -> new NotFoundException("user", pilotId));
        context.policy().authorize(actor, Action.USER_READ, new Resource.OfUser(pilot));
        context.policy().authorize(actor, action, new Resource.OfAssignment(pilot, drone));
    }

    private Drone change(UserId actorId, DroneId droneId, Action action, DroneEvent.Change kind,
            java.util.function.UnaryOperator<Drone> change) {
        Drone stored = context.inTransaction(() -> {
            Drone drone = authorized(context.actor(actorId), action, droneId).drone();
            return drones.update(change.apply(drone));
        });
        context.publish(new DroneEvent.DroneChanged(droneId, kind, actorId, stored.audit().updatedAt()));
        return stored;
    }

    private Resource.OfDrone authorized(Actor actor, Action action, DroneId droneId) {
        Drone drone = drones.findByIdIncludingDeleted(Objects.requireNonNull(droneId, "droneId"))
                .orElseThrow(() -> new NotFoundException("drone", droneId));
        Resource.OfDrone resource = new Resource.OfDrone(drone, pilotsOf(droneId));
        context.policy().authorize(actor, action, resource);
        return resource;
    }

    /** The ids of the pilots assigned to the drone. */
    Set<UserId> pilotsOf(DroneId droneId) {
        return assignments.findByDrone(droneId).stream().map(DroneAssignment::userId).collect(Collectors.toSet());
    }
}
