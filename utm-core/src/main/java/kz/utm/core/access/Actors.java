package kz.utm.core.access;

import java.util.Objects;
import java.util.Optional;

import kz.utm.core.common.AccessDeniedException;
import kz.utm.core.common.UserId;
import kz.utm.core.organization.Organization;
import kz.utm.core.organization.Organizations;
import kz.utm.core.user.User;
import kz.utm.core.user.Users;

/**
 * Loads the {@link Actor} behind a user id, as stored, for the access policy to judge.
 * Thread-safe if the repositories are.
 */
public final class Actors {

    private final Users users;
    private final Organizations organizations;

    /** @throws NullPointerException if an argument is null */
    public Actors(Users users, Organizations organizations) {
        this.users = Objects.requireNonNull(users, "users");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
    }

    /**
     * The actor with this id, soft-deleted or inactive ones included (the policy refuses those
     * with the reason).
     *
     * @throws AccessDeniedException if no user has the id
     * @throws NullPointerException if {@code id} is null
     */
    public Actor require(UserId id) {
        Objects.requireNonNull(id, "actor id");
        User user = users.findByIdIncludingDeleted(id)
                .orElseThrow(() -> new AccessDeniedException("unknown user " + id));
        Optional<Organization> organization = user.organizationId()
                .flatMap(organizations::findByIdIncludingDeleted);
        return new Actor(user, organization);
    }
}
