package kz.utm.examples.server.api;

import java.time.Instant;

import kz.utm.core.drone.DroneAssignment;

/** A pilot's assignment to a drone. */
public record AssignmentView(int userId, int droneId, Instant assignedAt) {

    /** The view of a stored assignment. */
    public static AssignmentView of(DroneAssignment assignment) {
        return new AssignmentView(assignment.userId().value(), assignment.droneId().value(), assignment.assignedAt());
    }
}
