package kz.utm.persistence.jpa.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.UserId;
import kz.utm.core.drone.DroneAssignment;

/**
 * A row of {@code user_drone_assignments}: a {@link DroneAssignment}, keyed by
 * ({@code user_id}, {@code drone_id}). Mutable and not thread-safe; see the package
 * documentation.
 */
@Entity
@Table(name = "user_drone_assignments")
@IdClass(DroneAssignmentEntity.Key.class)
public class DroneAssignmentEntity {

    @Id
    @Column(name = "user_id")
    private Integer userId;

    @Id
    @Column(name = "drone_id")
    private Integer droneId;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    /** For the persistence provider. */
    protected DroneAssignmentEntity() {
    }

    /** A new row for the assignment. */
    public static DroneAssignmentEntity of(DroneAssignment assignment) {
        DroneAssignmentEntity entity = new DroneAssignmentEntity();
        entity.userId = assignment.userId().value();
        entity.droneId = assignment.droneId().value();
        entity.assignedAt = assignment.assignedAt();
        return entity;
    }

    /** The assignment this row holds. */
    public DroneAssignment toAssignment() {
        return new DroneAssignment(UserId.of(userId), DroneId.of(droneId), assignedAt);
    }

    /**
     * The primary key ({@code user_id}, {@code drone_id}), as JPA's {@link IdClass} wants it:
     * public, serializable, with equality by value. Mutable for the provider; not thread-safe.
     */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Integer userId;
        private Integer droneId;

        /** For the persistence provider. */
        public Key() {
        }

        /** The key of the pair. */
        public Key(UserId userId, DroneId droneId) {
            this.userId = userId.value();
            this.droneId = droneId.value();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(userId, key.userId) && Objects.equals(droneId, key.droneId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, droneId);
        }
    }
}
