package kz.utm.persistence.jpa;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.PersistenceException;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.TelemetryId;
import kz.utm.core.common.UserId;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.Drones;
import kz.utm.persistence.jpa.entity.DroneEntity;

/**
 * {@link Drones} in the {@code drones} table.
 *
 * <p>{@code last_telemetry_id} and {@code last_seen_at} move forward only, in one conditional
 * {@code UPDATE} ({@link #moveLastSeenForward}): a concurrent report waits for the row's lock and
 * never moves them back. Thread-safe; see {@link JpaStorage}.
 */
final class JpaDrones implements Drones {

    // Forward only: a drone whose last point is later keeps it; an equal one moves, as Drone.seen.
    private static final String MOVE_FORWARD = "UPDATE drones SET last_telemetry_id = ?, last_seen_at = ?,"
            + " updated_at = ?, version = version + 1"
            + " WHERE id = ? AND deleted_at IS NULL AND (last_seen_at IS NULL OR last_seen_at <= ?)";
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

    /**
     * One conditional {@code UPDATE} on the unit of work's connection: the database takes the
     * row's lock and, if another unit of work moved the drone meanwhile, evaluates the condition
     * again against the row it committed, so the latest point wins without a read or a retry.
     * The drone, if the unit of work holds it, is evicted from its persistence context, which
     * the plain write went around: the next read sees the move.
     */
    @Override
    public boolean moveLastSeenForward(DroneId id, TelemetryId telemetry, Instant timestamp, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(telemetry, "telemetry");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(now, "now");
        return transactions.call(em -> {
            int moved;
            try {
                moved = JdbcWork.call(em, "moving drone " + id + " forward", connection -> {
                    try (PreparedStatement update = connection.prepareStatement(MOVE_FORWARD)) {
                        update.setLong(1, telemetry.value());
                        update.setObject(2, utc(timestamp));
                        update.setObject(3, utc(now));
                        update.setInt(4, id.value());
                        update.setObject(5, utc(timestamp));
                        return update.executeUpdate();
                    }
                });
            } catch (PersistenceException e) {
                throw CONFLICTS.translate(e, id);
            }
            em.detach(em.getReference(DroneEntity.class, id.value()));
            return moved > 0;
        });
    }

    // As the telemetry rows are stored: to the microsecond, rounded half up.
    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(TelemetryRows.toMicros(instant), ZoneOffset.UTC);
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
