package kz.utm.sdk.wire;

import java.time.Instant;

/**
 * A pilot's assignment to a drone. Immutable and thread-safe.
 *
 * @param userId the pilot
 * @param droneId the drone
 * @param assignedAt when assigned
 */
public record Assignment(int userId, int droneId, Instant assignedAt) {
}
