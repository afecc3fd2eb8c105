package kz.utm.core.drone;

import java.time.Instant;
import java.util.Objects;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.UserId;

/**
 * An organization pilot allowed to fly an organization drone: a row of
 * {@code user_drone_assignments}.
 *
 * @param userId {@code user_id}, the pilot
 * @param droneId {@code drone_id}
 * @param assignedAt {@code assigned_at}
 */
public record DroneAssignment(UserId userId, DroneId droneId, Instant assignedAt) {

    /** @throws NullPointerException if a component is null */
    public DroneAssignment {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(droneId, "droneId");
        Objects.requireNonNull(assignedAt, "assignedAt");
    }
}
