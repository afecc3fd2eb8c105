package kz.utm.persistence.jpa;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.UserId;
import kz.utm.core.drone.DroneAssignment;
import kz.utm.core.drone.DroneAssignments;
import kz.utm.persistence.jpa.entity.DroneAssignmentEntity;

/**
 * {@link DroneAssignments} in the {@code user_drone_assignments} table.
 *
 * <p>An {@link #add} takes the drone's row lock ({@link DroneLocks}) before it looks for the
 * pair, so that of concurrent adds of one pair exactly one stores it and the others return
 * false, without a unique violation that would abort their units of work. Rows are read from
 * the database, never from the persistence context: assignment entities are detached as soon
 * as they are read or written. Thread-safe; see {@link JpaStorage}.
 */
final class JpaDroneAssignments implements DroneAssignments {

    private static final Conflicts CONFLICTS = new Conflicts("drone assignment", Map.of(
            "pk_user_drone_assignments", "id"));

    private final JpaTransactions transactions;
    private final Database database;

    JpaDroneAssignments(JpaTransactions transactions, Database database) {
        this.transactions = transactions;
        this.database = database;
    }

    @Override
    public boolean add(DroneAssignment assignment) {
        Objects.requireNonNull(assignment, "assignment");
        return transactions.call(em -> {
            DroneLocks.lock(em, database, assignment.droneId(), CONFLICTS, assignment.droneId());
            if (!pair(em, assignment.userId(), assignment.droneId()).isEmpty()) {
                return false;
            }
            DroneAssignmentEntity entity = DroneAssignmentEntity.of(assignment);
            EntityWrites.insert(em, entity, CONFLICTS, assignment.droneId());
            em.detach(entity);
            return true;
        });
    }

    @Override
    public boolean remove(UserId user, DroneId drone) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(drone, "drone");
        return transactions.call(em -> em.createQuery(
                        "delete from DroneAssignmentEntity a where a.userId = :user and a.droneId = :drone")
                .setParameter("user", user.value())
                .setParameter("drone", drone.value())
                .executeUpdate() > 0);
    }

    @Override
    public Optional<DroneAssignment> find(UserId user, DroneId drone) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(drone, "drone");
        return transactions.call(em -> pair(em, user, drone).stream().findFirst());
    }

    @Override
    public List<DroneAssignment> findByDrone(DroneId drone) {
        Objects.requireNonNull(drone, "drone");
        return transactions.call(em -> detached(em, em.createQuery(
                        "select a from DroneAssignmentEntity a where a.droneId = :drone order by a.userId",
                        DroneAssignmentEntity.class)
                .setParameter("drone", drone.value())
                .getResultList()));
    }

    @Override
    public List<DroneAssignment> findByUser(UserId user) {
        Objects.requireNonNull(user, "user");
        return transactions.call(em -> detached(em, em.createQuery(
                        "select a from DroneAssignmentEntity a where a.userId = :user order by a.droneId",
                        DroneAssignmentEntity.class)
                .setParameter("user", user.value())
                .getResultList()));
    }

    private static List<DroneAssignment> pair(EntityManager em, UserId user, DroneId drone) {
        return detached(em, em.createQuery(
                        "select a from DroneAssignmentEntity a where a.userId = :user and a.droneId = :drone",
                        DroneAssignmentEntity.class)
                .setParameter("user", user.value())
                .setParameter("drone", drone.value())
                .getResultList());
    }

    // Detached at once, so that a later query in the same unit of work reads the table again
    // rather than a row this one may have deleted with a bulk delete.
    private static List<DroneAssignment> detached(EntityManager em, List<DroneAssignmentEntity> rows) {
        rows.forEach(em::detach);
        return rows.stream().map(DroneAssignmentEntity::toAssignment).toList();
    }
}
