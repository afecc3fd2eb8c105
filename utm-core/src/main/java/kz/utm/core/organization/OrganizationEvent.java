package kz.utm.core.organization;

import java.time.Instant;

import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;

/** Something that happened to an organization, published after it was stored. */
public sealed interface OrganizationEvent extends DomainEvent {

    /** The organization concerned. */
    OrganizationId organizationId();

    /**
     * An organization was registered.
     *
     * @param organizationId the organization
     * @param actorId the authority admin who registered it
     * @param occurredAt when
     */
    record OrganizationRegistered(OrganizationId organizationId, UserId actorId, Instant occurredAt)
            implements OrganizationEvent {
    }

    /**
     * An organization changed.
     *
     * @param organizationId the organization
     * @param change what changed
     * @param actorId who changed it
     * @param occurredAt when
     */
    record OrganizationChanged(OrganizationId organizationId, Change change, UserId actorId, Instant occurredAt)
            implements OrganizationEvent {
    }

    /** What changed about an organization. */
    enum Change {
        /** Name, address or city. */
        DETAILS,
        /** Its designated admin. */
        ADMIN,
        /** Deactivated: its members may do nothing. */
        DEACTIVATED,
        /** Reactivated. */
        REACTIVATED,
        /** Soft-deleted. */
        DELETED,
        /** Restored from a soft delete. */
        RESTORED
    }
}
