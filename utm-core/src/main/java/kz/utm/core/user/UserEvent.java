package kz.utm.core.user;

import java.time.Instant;
import java.util.Optional;

import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.UserId;

/** Something that happened to a user account, published after it was stored. */
public sealed interface UserEvent extends DomainEvent {

    /** The user concerned. */
    UserId userId();

    /**
     * A user account was created, by registration (no actor) or by an admin.
     *
     * @param userId the new user
     * @param role their role
     * @param actorId the admin who created it; empty for self-registration
     * @param occurredAt when
     */
    record UserRegistered(UserId userId, UserRole role, Optional<UserId> actorId, Instant occurredAt)
            implements UserEvent {
    }

    /**
     * A user account changed.
     *
     * @param userId the user
     * @param change what changed
     * @param actorId who changed it
     * @param occurredAt when
     */
    record UserChanged(UserId userId, Change change, UserId actorId, Instant occurredAt) implements UserEvent {
    }

    /** What changed about a user account. */
    enum Change {
        /** Name or phone number, or the password. */
        PROFILE,
        /** Role or organization. */
        ROLE,
        /** Deactivated. */
        DEACTIVATED,
        /** Reactivated. */
        REACTIVATED,
        /** Soft-deleted. */
        DELETED,
        /** Restored from a soft delete. */
        RESTORED
    }
}
