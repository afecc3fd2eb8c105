package kz.utm.core.drone;

import java.time.Instant;

import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.UserId;

/** Something that happened to a drone or its pilots, published after it was stored. */
public sealed interface DroneEvent extends DomainEvent {

    /** The drone concerned. */
    DroneId droneId();

    /**
     * A drone was registered.
     *
     * @param droneId the drone
     * @param owner its owner
     * @param actorId who registered it
     * @param occurredAt when
     */
    record DroneRegistered(DroneId droneId, DroneOwner owner, UserId actorId, Instant occurredAt)
            implements DroneEvent {
    }

    /**
     * A drone changed.
     *
     * @param droneId the drone
     * @param change what changed
     * @param actorId who changed it
     * @param occurredAt when
     */
    record DroneChanged(DroneId droneId, Change change, UserId actorId, Instant occurredAt) implements DroneEvent {
    }

    /**
     * A pilot was assigned to a drone.
     *
     * @param droneId the drone
     * @param pilotId the pilot
     * @param actorId the organization admin who assigned them
     * @param occurredAt when
     */
    record PilotAssigned(DroneId droneId, UserId pilotId, UserId actorId, Instant occurredAt) implements DroneEvent {
    }

    /**
     * A pilot's assignment to a drone was taken away.
     *
     * @param droneId the drone
     * @param pilotId the pilot
     * @param actorId the organization admin who took it away
     * @param occurredAt when
     */
    record PilotUnassigned(DroneId droneId, UserId pilotId, UserId actorId, Instant occurredAt)
            implements DroneEvent {
    }

    /** What changed about a drone. */
    enum Change {
        /** Brand, model or status. */
        DETAILS,
        /** Soft-deleted (grounded). */
        DELETED,
        /** Restored from a soft delete. */
        RESTORED
    }
}
