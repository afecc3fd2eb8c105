package kz.utm.core.zone;

import java.time.Instant;

import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ZoneId;

/**
 * Something that happened to a restricted zone, published after it was stored. A geofence
 * index listens to these to rebuild its snapshot.
 */
public sealed interface ZoneEvent extends DomainEvent {

    /** The zone concerned. */
    ZoneId zoneId();

    /**
     * A zone was created.
     *
     * @param zoneId the zone
     * @param actorId the authority admin who created it
     * @param occurredAt when
     */
    record ZoneCreated(ZoneId zoneId, UserId actorId, Instant occurredAt) implements ZoneEvent {
    }

    /**
     * A zone changed.
     *
     * @param zoneId the zone
     * @param change what changed
     * @param actorId who changed it
     * @param occurredAt when
     */
    record ZoneChanged(ZoneId zoneId, Change change, UserId actorId, Instant occurredAt) implements ZoneEvent {
    }

    /** What changed about a zone. */
    enum Change {
        /** Name, description, geometry or altitude band. */
        REDEFINED,
        /** Deactivated: it no longer restricts airspace. */
        DEACTIVATED,
        /** Activated again. */
        ACTIVATED,
        /** Soft-deleted. */
        DELETED,
        /** Restored from a soft delete. */
        RESTORED
    }
}
