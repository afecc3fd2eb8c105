package kz.utm.persistence.jpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.PersistenceException;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.TelemetryId;
import kz.utm.core.telemetry.TelemetryLog;
import kz.utm.core.telemetry.TelemetryPoint;
import kz.utm.persistence.jpa.entity.TelemetryLogEntity;

/**
 * {@link TelemetryLog} in the {@code telemetry_logs} table.
 *
 * <p>An append inserts its points in one unit of work, sent to the database as JDBC batches of
 * {@link JpaStorage#JDBC_BATCH_SIZE} rows: all or none. A batch with a taken id, or with one id
 * twice, is a {@link kz.utm.core.common.ConflictException.Kind#DUPLICATE} naming {@code id}; a
 * point the schema refuses otherwise (an unknown drone, a heading outside [0, 360)) fails with
 * the provider's {@link PersistenceException}; either way nothing of the batch is stored.
 * Points are detached once written or read, so that long batches do not weigh on the
 * persistence context of the unit of work. Thread-safe; see {@link JpaStorage}.
 */
final class JpaTelemetryLog implements TelemetryLog {

    private static final Conflicts CONFLICTS = new Conflicts("telemetry point", Map.of(
            "pk_telemetry_logs", "id"));

    private final JpaTransactions transactions;
    private final Database database;

    JpaTelemetryLog(JpaTransactions transactions, Database database) {
        this.transactions = transactions;
        this.database = database;
    }

    @Override
    public TelemetryId nextId() {
        return TelemetryId.of(transactions.call(em -> database.nextValue(em, "telemetry_logs_id_seq")));
    }

    @Override
    public void append(List<TelemetryPoint> points) {
        List<TelemetryPoint> batch = List.copyOf(points);
        if (batch.isEmpty()) {
            return;
        }
        transactions.call(em -> {
            List<TelemetryLogEntity> rows = new ArrayList<>(batch.size());
            try {
                for (TelemetryPoint point : batch) {
                    TelemetryLogEntity row = TelemetryLogEntity.of(point);
                    em.persist(row);
                    rows.add(row);
                }
                em.flush();
            } catch (PersistenceException e) {
                throw CONFLICTS.translate(e, batch.get(0).id());
            }
            rows.forEach(em::detach);
            return null;
        });
    }

    @Override
    public List<TelemetryPoint> findByDrone(DroneId drone, Instant from, Instant to, int limit) {
        Objects.requireNonNull(drone, "drone");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        if (limit == 0 || !from.isBefore(to)) {
            return List.of();
        }
        return transactions.call(em -> {
            List<TelemetryLogEntity> rows = em.createQuery("select t from TelemetryLogEntity t where t.droneId = :drone"
                            + " and t.measuredAt >= :from and t.measuredAt < :to order by t.measuredAt, t.id",
                            TelemetryLogEntity.class)
                    .setParameter("drone", drone.value())
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .setMaxResults(limit)
                    .getResultList();
            rows.forEach(em::detach);
            return rows.stream().map(TelemetryLogEntity::toPoint).toList();
        });
    }
}
