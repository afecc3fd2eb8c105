package kz.utm.core.organization;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

import kz.utm.core.ServiceContext;
import kz.utm.core.access.Action;
import kz.utm.core.access.Actor;
import kz.utm.core.access.Resource;
import kz.utm.core.common.AccessDeniedException;
import kz.utm.core.common.Audit;
import kz.utm.core.common.ConflictException;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ValidationException;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;
import kz.utm.core.user.Users;

/**
 * Application service for organizations: registration, details, admin, activation, soft delete.
 *
 * <p>Validate, authorize, apply, store, publish, in that order; a command that throws has
 * stored nothing. Thread-safe if its collaborators are.
 */
public final class OrganizationService {

    private final ServiceContext context;
    private final Organizations organizations;
    private final Users users;

    /** @throws NullPointerException if an argument is null */
    public OrganizationService(ServiceContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.organizations = context.storage().organizations();
        this.users = context.storage().users();
    }

    /**
     * The authority registers an organization, active and without an admin yet.
     *
     * @throws ValidationException naming every invalid field
     * @throws AccessDeniedException if the actor is not the authority
     * @throws ConflictException naming {@code name} or {@code bin} when taken
     */
    public Organization register(UserId actorId, RegisterOrganization command) {
        context.check(command);
        Organization stored = context.inTransaction(() -> {
            context.policy().authorize(context.actor(actorId), Action.ORGANIZATION_CREATE, Resource.OfOrganization.creating());
            return organizations.insert(new Organization(organizations.nextId(), command.name().strip(),
                    command.bin(), command.companyAddress().strip(), command.city().strip(), Optional.empty(), true, 0,
                    Audit.createdAt(context.now())));
        });
        context.publish(new OrganizationEvent.OrganizationRegistered(stored.id(), actorId, stored.audit().createdAt()));
        return stored;
    }

    /**
     * An organization as the actor may see it: members their own, the authority any (soft-deleted
     * ones included).
     *
     * @throws NotFoundException if there is none or the actor may not read it
     */
    public Organization get(UserId actorId, OrganizationId organizationId) {
        return authorized(context.actor(actorId), Action.ORGANIZATION_READ, organizationId);
    }

    /** The live organizations the actor may read, by id. */
    public List<Organization> list(UserId actorId) {
        Actor actor = context.actor(actorId);
        context.policy().requireStanding(actor);
        return organizations.findAll().stream()
                .filter(o -> context.policy().canRead(actor, Action.ORGANIZATION_READ, Resource.OfOrganization.of(o)))
                .toList();
    }

    /**
     * The organization's admin or the authority changes its details.
     *
     * @throws ValidationException naming every invalid field
     * @throws NotFoundException if there is none or the actor may not read it
     * @throws AccessDeniedException if the actor may not change it
     * @throws ConflictException naming {@code name} when taken, or on a concurrent update
     */
    public Organization update(UserId actorId, OrganizationId organizationId, UpdateOrganization command) {
        context.check(command);
        return change(actorId, organizationId, Action.ORGANIZATION_UPDATE, OrganizationEvent.Change.DETAILS,
                (o, now) -> o.withDetails(command.name().strip(), command.companyAddress().strip(),
                        command.city().strip(), now));
    }

    /**
     * The authority names the organization's designated admin, an organization admin who is a
     * member of it.
     *
     * @throws NotFoundException if the organization or the user does not exist
     * @throws ValidationException naming {@code adminId} if the user is not an organization
     *     admin of this organization
     * @throws ConflictException naming {@code adminId} if the user administers another organization
     */
    public Organization setAdmin(UserId actorId, OrganizationId organizationId, UserId adminId) {
        Objects.requireNonNull(adminId, "adminId");
        return change(actorId, organizationId, Action.ORGANIZATION_SET_ADMIN, OrganizationEvent.Change.ADMIN,
                (o, now) -> {
                    User admin = users.findById(adminId).orElseThrow(() -> new NotFoundException("user", adminId));
                    if (admin.role() != UserRole.ORGANIZATION_ADMIN || !admin.isMemberOf(o.id())) {
                        throw ValidationException.of("adminId",
                                "must be an ORGANIZATION_ADMIN member of organization " + o.id());
                    }
                    return o.withAdmin(Optional.of(adminId), now);
                });
    }

    /** The authority deactivates an organization: its members may do nothing until reactivated. */
    public Organization deactivate(UserId actorId, OrganizationId organizationId) {
        return change(actorId, organizationId, Action.ORGANIZATION_DEACTIVATE, OrganizationEvent.Change.DEACTIVATED,
                (o, now) -> o.withActive(false, now));
    }

    /** The authority reactivates an organization. */
    public Organization reactivate(UserId actorId, OrganizationId organizationId) {
        return change(actorId, organizationId, Action.ORGANIZATION_REACTIVATE, OrganizationEvent.Change.REACTIVATED,
                (o, now) -> o.withActive(true, now));
    }

    /** The authority soft-deletes an organization. */
    public Organization delete(UserId actorId, OrganizationId organizationId) {
        return change(actorId, organizationId, Action.ORGANIZATION_DELETE, OrganizationEvent.Change.DELETED,
                (o, now) -> o.deleted(now));
    }

    /**
     * The authority restores a soft-deleted organization.
     *
     * @throws ConflictException if it is not deleted
     */
    public Organization restore(UserId actorId, OrganizationId organizationId) {
        return change(actorId, organizationId, Action.ORGANIZATION_RESTORE, OrganizationEvent.Change.RESTORED,
                (o, now) -> {
                    if (!o.audit().isDeleted()) {
                        throw ConflictException.state("organization " + organizationId + " is not deleted");
                    }
                    return o.restored(now);
                });
    }

    private Organization change(UserId actorId, OrganizationId organizationId, Action action,
            OrganizationEvent.Change kind, BiFunction<Organization, Instant, Organization> change) {
        Organization stored = context.inTransaction(() -> {
            Organization organization = authorized(context.actor(actorId), action, organizationId);
            return organizations.update(change.apply(organization, context.now()));
        });
        context.publish(new OrganizationEvent.OrganizationChanged(organizationId, kind, actorId,
                stored.audit().updatedAt()));
        return stored;
    }

    private Organization authorized(Actor actor, Action action, OrganizationId organizationId) {
        Organization organization = organizations.findByIdIncludingDeleted(
                Objects.requireNonNull(organizationId, "organizationId"))
                .orElseThrow(() -> new NotFoundException("organization", organizationId));
        context.policy().authorize(actor, action, Resource.OfOrganization.of(organization));
        return organization;
    }
}
