package kz.utm.core.access;

import java.util.Objects;
import java.util.Optional;

import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.organization.Organization;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;

/**
 * The user acting, with their organization as stored, as the access policy sees them.
 *
 * @param user the user, as stored (possibly inactive or soft-deleted: the policy refuses those)
 * @param organization the user's organization as stored, soft-deleted or not; empty for users
 *     without one, or when it could not be found
 */
public record Actor(User user, Optional<Organization> organization) {

    /** @throws NullPointerException if a component is null */
    public Actor {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(organization, "organization");
    }

    /** The user's id. */
    public UserId id() {
        return user.id();
    }

    /** The user's role. */
    public UserRole role() {
        return user.role();
    }

    /** Whether the actor has the role. */
    public boolean is(UserRole role) {
        return user.role() == role;
    }

    /** Whether the actor is the {@link UserRole#ORGANIZATION_ADMIN} of the given organization. */
    public boolean isAdminOf(Optional<OrganizationId> organizationId) {
        return is(UserRole.ORGANIZATION_ADMIN) && organizationId.filter(user::isMemberOf).isPresent();
    }

    /** Whether the actor is the user with this id. */
    public boolean isUser(UserId id) {
        return user.id().equals(id);
    }
}
