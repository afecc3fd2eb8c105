package kz.utm.persistence.jpa;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.Drones;
import kz.utm.persistence.jpa.entity.DroneEntity;

/**
 * {@link Drones} in the {@code drones} table.
 *
 * <p>{@code last_telemetry_id} and {@code last_seen_at} are stored as the drone gives them:
 * the domain's {@link Drone#seen} moves them forward only, and the version check makes a
 * concurrent report re-read the drone rather than move them back. Thread-safe; see
 * {@link JpaStorage}.
 */
final class JpaDrones implements Drones {

    private static final Conflicts CONFLICTS = new Conflicts("drone", Map.of(
            "pk_drones", "id",
            "uq_drones_serial_number", "serialNumber"));

    private final JpaTransactions transactions;
    private final Database database;

    JpaDrones(JpaTransactions transactions, Database database) {
        this.transactions = transactions;
        this.database = database;
    }

    @Override
    public DroneId nextId() {
        return DroneId.of(Math.toIntExact(transactions.call(em -> database.nextValue(em, "drones_id_seq"))));
    }

    @Override
    public Drone insert(Drone drone) {
        Drone row = Objects.requireNonNull(drone, "drone").withVersion(0);
        return transactions.call(em -> {
            DroneEntity entity = DroneEntity.of(row);
            EntityWrites.insert(em, entity, CONFLICTS, row.id());
            return entity.toDrone();
        });
    }

    @Override
    public Drone update(Drone drone) {
        Drone row = Objects.requireNonNull(drone, "drone");
        return transactions.call(em -> {
            DroneEntity entity = EntityWrites.lockCurrent(em, DroneEntity.class, row.id().value(), CONFLICTS, row.id());
            EntityWrites.requireVersion(entity.version(), row.version(), CONFLICTS, row.id());
            boolean changed = !entity.toDrone().equals(row);
            entity.assign(row);
            EntityWrites.flushChange(em, entity, changed, CONFLICTS, row.id());
            return entity.toDrone();
        });
    }

    @Override
    public Optional<Drone> findById(DroneId id) {
        return findByIdIncludingDeleted(id).filter(drone -> !drone.audit().isDeleted());
    }

    @Override
    public Optional<Drone> findByIdIncludingDeleted(DroneId id) {
        Objects.requireNonNull(id, "id");
        return transactions.call(em -> Optional.ofNullable(em.find(DroneEntity.class, id.value()))
                .map(DroneEntity::toDrone));
    }

    @Override
    public List<Drone> findByOrganization(OrganizationId organization) {
        Objects.requireNonNull(organization, "organization");
        return list("d.organizationId = :owner", organization.value());
    }

    @Override
    public List<Drone> findBySoloOwner(UserId owner) {
        Objects.requireNonNull(owner, "owner");
        return list("d.soloOwnerUserId = :owner", owner.value());
    }

    @Override
    public List<Drone> findAll() {
        return list(null, null);
    }

    private List<Drone> list(String condition, Integer owner) {
        String where = condition == null ? "" : condition + " and ";
        return transactions.call(em -> {
            var query = em.createQuery("select d from DroneEntity d where " + where
                    + "d.audit.deletedAt is null order by d.id", DroneEntity.class);
            if (owner != null) {
                query.setParameter("owner", owner);
            }
            return query.getResultList().stream().map(DroneEntity::toDrone).toList();
        });
    }
}
