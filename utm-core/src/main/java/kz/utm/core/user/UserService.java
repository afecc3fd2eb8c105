package kz.utm.core.user;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
import kz.utm.core.organization.Organization;
import kz.utm.core.organization.Organizations;

/**
 * Application service for user accounts: registration, creation by admins, profiles, roles,
 * activation, soft delete, and sign-in.
 *
 * <p>Every command validates its input, loads the acting user, asks the access policy, applies
 * the change, stores it and publishes an event, in that order; a command that throws has
 * stored nothing. Thread-safe if its collaborators are.
 */
public final class UserService {

    private final ServiceContext context;
    private final Users users;
    private final Organizations organizations;
    private final PasswordHasher hasher;
    private volatile String decoyHash;

    /** @throws NullPointerException if an argument is null */
    public UserService(ServiceContext context, PasswordHasher hasher) {
        this.context = Objects.requireNonNull(context, "context");
        this.users = context.storage().users();
        this.organizations = context.storage().organizations();
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    /**
     * Anyone registers themselves as a solo pilot.
     *
     * @return the new user
     * @throws ValidationException naming every invalid field
     * @throws ConflictException naming {@code email}, {@code phoneNumber} or {@code iin} when taken
     */
    public User registerSoloPilot(RegisterSoloPilot command) {
        context.check(command);
        User user = context.inTransaction(() -> {
            Instant now = context.now();
            return users.insert(new User(users.nextId(), command.fullName().strip(), normalized(command.email()),
                    command.phoneNumber(), command.iin(), hasher.hash(command.password()), UserRole.SOLO_PILOT,
                    Optional.empty(), true, 0, Audit.createdAt(now)));
        });
        context.publish(new UserEvent.UserRegistered(user.id(), user.role(), Optional.empty(), user.audit().createdAt()));
        return user;
    }

    /**
     * An admin creates a user: the authority any admin, an organization admin the pilots of
     * their organization. The first admin created for an organization becomes its
     * {@code admin_id}.
     *
     * @return the new user
     * @throws ValidationException naming every invalid field
     * @throws NotFoundException if the organization does not exist
     * @throws AccessDeniedException if the actor may not create this user
     * @throws ConflictException naming the unique field when taken
     */
    public User createUser(UserId actorId, CreateUser command) {
        context.check(command);
        User user = context.inTransaction(() -> {
            Actor actor = context.actor(actorId);
            // Authorized first: whether an organization the actor may not act for exists is not
            // theirs to learn.
            context.policy().authorize(actor, Action.USER_CREATE, new Resource.NewUser(command.role(), command.organizationId()));
            Optional<Organization> organization = command.organizationId().map(this::liveOrganization);
            Instant now = context.now();
            User created = users.insert(new User(users.nextId(), command.fullName().strip(),
                    normalized(command.email()), command.phoneNumber(), command.iin(), hasher.hash(command.password()),
                    command.role(), command.organizationId(), true, 0, Audit.createdAt(now)));
            if (command.role() == UserRole.ORGANIZATION_ADMIN && organization.get().adminId().isEmpty()) {
                organizations.update(organization.get().withAdmin(Optional.of(created.id()), now));
            }
            return created;
        });
        context.publish(new UserEvent.UserRegistered(user.id(), user.role(), Optional.of(actorId),
                user.audit().createdAt()));
        return user;
    }

    /**
     * Creates the first authority admin of an empty service, the one user nobody can create:
     * services call it on start with the credentials from their configuration. Once any
     * active authority admin exists it does nothing, so calling it on every start is safe.
     *
     * @param command an {@link UserRole#AUTHORITY_ADMIN} without organization
     * @return the new admin, or empty if an active authority admin already exists
     * @throws ValidationException naming every invalid field, {@code role} when it is not
     *     {@code AUTHORITY_ADMIN}
     * @throws ConflictException naming the unique field when taken by another user
     */
    public Optional<User> createFirstAuthorityAdmin(CreateUser command) {
        context.check(command);
        if (command.role() != UserRole.AUTHORITY_ADMIN) {
            throw ValidationException.of("role", "must be AUTHORITY_ADMIN");
        }
        Optional<User> created = context.inTransaction(() -> {
            if (users.countActiveAuthorityAdmins() > 0) {
                return Optional.<User>empty();
            }
            Instant now = context.now();
            return Optional.of(users.insert(new User(users.nextId(), command.fullName().strip(),
                    normalized(command.email()), command.phoneNumber(), command.iin(),
                    hasher.hash(command.password()), UserRole.AUTHORITY_ADMIN, Optional.empty(), true, 0,
                    Audit.createdAt(now))));
        });
        created.ifPresent(user -> context.publish(new UserEvent.UserRegistered(user.id(), user.role(),
                Optional.empty(), user.audit().createdAt())));
        return created;
    }

    /**
     * A user as the actor may see it: themselves, a member of the organization they
     * administer, or anyone for the authority (soft-deleted users included).
     *
     * @throws NotFoundException if there is no such user or the actor may not read it
     */
    public User get(UserId actorId, UserId userId) {
        Actor actor = context.actor(actorId);
        User user = users.findByIdIncludingDeleted(userId).orElseThrow(() -> new NotFoundException("user", userId));
        context.policy().authorize(actor, Action.USER_READ, new Resource.OfUser(user));
        return user;
    }

    /** The live users the actor may read, by id. */
    public List<User> list(UserId actorId) {
        Actor actor = context.actor(actorId);
        context.policy().requireStanding(actor);
        List<User> candidates = switch (actor.role()) {
            case AUTHORITY_ADMIN -> users.findAll();
            case ORGANIZATION_ADMIN -> users.findByOrganization(actor.user().organizationId().orElseThrow());
            default -> List.of(actor.user());
        };
        return candidates.stream()
                .filter(u -> context.policy().canRead(actor, Action.USER_READ, new Resource.OfUser(u)))
                .toList();
    }

    /**
     * A user changes their own name, phone number or password.
     *
     * @return the user as stored
     * @throws ValidationException naming every invalid field
     * @throws NotFoundException if the user does not exist or the actor may not read it
     * @throws AccessDeniedException if the actor is not that user
     * @throws ConflictException naming {@code phoneNumber} when taken, or on a concurrent update
     */
    public User updateProfile(UserId actorId, UserId userId, UpdateProfile command) {
        context.check(command);
        User stored = context.inTransaction(() -> {
            User user = authorized(actorId, Action.USER_UPDATE_PROFILE, userId);
            Instant now = context.now();
            User changed = user.withProfile(command.fullName().strip(), command.phoneNumber(), now);
            if (command.newPassword().isPresent()) {
                changed = changed.withHashedPassword(hasher.hash(command.newPassword().get()), now);
            }
            return users.update(changed);
        });
        context.publish(new UserEvent.UserChanged(userId, UserEvent.Change.PROFILE, actorId, stored.audit().updatedAt()));
        return stored;
    }

    /**
     * The authority changes a user's role and organization. The last active authority admin
     * keeps the role; a user who stops being an organization's designated admin leaves its
     * {@code admin_id} empty.
     *
     * @throws ValidationException naming every invalid field
     * @throws NotFoundException if the user or the organization does not exist
     * @throws AccessDeniedException if the actor is not the authority
     * @throws ConflictException if the user is the last active authority admin
     */
    public User changeRole(UserId actorId, UserId userId, ChangeRole command) {
        context.check(command);
        User stored = context.inTransaction(() -> {
            User user = authorized(actorId, Action.USER_CHANGE_ROLE, userId);
            command.organizationId().ifPresent(this::liveOrganization);
            if (command.role() != UserRole.AUTHORITY_ADMIN) {
                requireNotLastAuthority(user, "change the role of");
            }
            Instant now = context.now();
            Optional<Organization> administered = organizations.findByAdmin(user.id());
            boolean staysAdmin = command.role() == UserRole.ORGANIZATION_ADMIN && administered
                    .filter(o -> command.organizationId().filter(o.id()::equals).isPresent()).isPresent();
            User changed = users.update(user.withRole(command.role(), command.organizationId(), now));
            if (administered.isPresent() && !staysAdmin) {
                organizations.update(administered.get().withAdmin(Optional.empty(), now));
            }
            return changed;
        });
        context.publish(new UserEvent.UserChanged(userId, UserEvent.Change.ROLE, actorId, stored.audit().updatedAt()));
        return stored;
    }

    /**
     * Deactivates a user: they may do nothing until reactivated. The authority may deactivate
     * anyone but the last active authority admin; an organization admin, their own pilots.
     *
     * @throws NotFoundException if the user does not exist or the actor may not read it
     * @throws AccessDeniedException if the actor may not do this
     * @throws ConflictException if the user is the last active authority admin
     */
    public User deactivate(UserId actorId, UserId userId) {
        return change(actorId, userId, Action.USER_DEACTIVATE, UserEvent.Change.DEACTIVATED, (user, now) -> {
            requireNotLastAuthority(user, "deactivate");
            return user.withActive(false, now);
        });
    }

    /** Reactivates a user; as {@link #deactivate} for who may. */
    public User reactivate(UserId actorId, UserId userId) {
        return change(actorId, userId, Action.USER_REACTIVATE, UserEvent.Change.REACTIVATED,
                (user, now) -> user.withActive(true, now));
    }

    /**
     * Soft-deletes a user; as {@link #deactivate} for who may. A deleted organization admin
     * stops being its designated admin, so that the next admin created takes over.
     */
    public User delete(UserId actorId, UserId userId) {
        return change(actorId, userId, Action.USER_DELETE, UserEvent.Change.DELETED, (user, now) -> {
            requireNotLastAuthority(user, "delete");
            organizations.findByAdmin(user.id())
                    .ifPresent(o -> organizations.update(o.withAdmin(Optional.empty(), now)));
            return user.deleted(now);
        });
    }

    /** The authority restores a soft-deleted user. */
    public User restore(UserId actorId, UserId userId) {
        return change(actorId, userId, Action.USER_RESTORE, UserEvent.Change.RESTORED, (user, now) -> {
            if (!user.audit().isDeleted()) {
                throw ConflictException.state("user " + userId + " is not deleted");
            }
            return user.restored(now);
        });
    }

    /**
     * Checks an e-mail and password, for sign-in. Takes about as long whether or not the
     * e-mail is known, so that timing does not reveal which accounts exist.
     *
     * @return the user, if the password matches and the user may act (active, not deleted)
     */
    public Optional<User> authenticate(String email, CharSequence password) {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Optional<User> user = users.findByEmail(normalized(email));
        if (user.isEmpty()) {
            hasher.matches(password, decoyHash());
            return Optional.empty();
        }
        boolean matches = hasher.matches(password, user.get().hashedPassword());
        return matches && user.get().isUsable() ? user : Optional.empty();
    }

    private User change(UserId actorId, UserId userId, Action action, UserEvent.Change kind,
            java.util.function.BiFunction<User, Instant, User> change) {
        User stored = context.inTransaction(() -> {
            User user = authorized(actorId, action, userId);
            return users.update(change.apply(user, context.now()));
        });
        context.publish(new UserEvent.UserChanged(userId, kind, actorId, stored.audit().updatedAt()));
        return stored;
    }

    private User authorized(UserId actorId, Action action, UserId userId) {
        Actor actor = context.actor(actorId);
        User user = users.findByIdIncludingDeleted(Objects.requireNonNull(userId, "userId"))
                .orElseThrow(() -> new NotFoundException("user", userId));
        context.policy().authorize(actor, action, new Resource.OfUser(user));
        return user;
    }

    private void requireNotLastAuthority(User user, String verb) {
        if (user.role() == UserRole.AUTHORITY_ADMIN && user.isUsable() && users.countActiveAuthorityAdmins() <= 1) {
            throw ConflictException.state("cannot " + verb + " the last active authority admin");
        }
    }

    private Organization liveOrganization(OrganizationId id) {
        return organizations.findById(id).orElseThrow(() -> new NotFoundException("organization", id));
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = hasher.hash("decoy password for unknown accounts");
            decoyHash = hash;
        }
        return hash;
    }

    private static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
