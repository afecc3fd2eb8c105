package kz.utm.sdk.wire;

import java.util.Objects;
import java.util.Optional;

/**
 * The authority changing a user's role and organization. Immutable and thread-safe. A
 * {@code null} is refused with a {@link NullPointerException} naming the parameter, an id below
 * 1 with an {@link IllegalArgumentException}.
 *
 * @param role the new role
 * @param organizationId the organization, for the organization roles
 */
public record ChangeRole(UserRole role, Optional<Integer> organizationId) {

    /** Refuses nulls and ids below 1. */
    public ChangeRole {
        Objects.requireNonNull(role, "role");
        Ids.requirePositive(organizationId, "organizationId");
    }
}
