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
 * <p><b>Ids</b> come from {@code telemetry_logs_id_seq}; {@link #nextIds} draws a whole block in
 * one statement.
 *
 * <p><b>Appends</b> are the telemetry hot path. They go around the persistence context, on the
 * unit of work's own connection, in the database's fastest way ({@link Database#telemetryRows}):
 * on PostgreSQL the whole batch in one {@code INSERT ... SELECT FROM unnest(arrays)}, elsewhere
 * one {@code INSERT} in JDBC batches of {@link JpaStorage#JDBC_BATCH_SIZE} rows. A batch is
 * stored whole or not at all: a taken id, or one id twice, is a
 * {@link kz.utm.core.common.ConflictException.Kind#DUPLICATE} naming {@code id}; a point the
 * schema refuses otherwise (an unknown drone, a heading outside [0, 360)) fails with a
 * {@link PersistenceException} that carries the driver's error; either way nothing of the batch
 * is stored once the refusal has rolled the unit of work back. Timestamps are kept to the
 * microsecond, rounded half up. Thread-safe; see {@link JpaStorage}.
 */
final class JpaTelemetryLog implements TelemetryLog {

    private static final String SEQUENCE = "telemetry_logs_id_seq";
    private static final Conflicts CONFLICTS = new Conflicts("telemetry point", Map.of(
            "pk_telemetry_logs", "id"));

    private final JpaTransactions transactions;
    private final Database database;
    private final TelemetryRows rows;

    JpaTelemetryLog(JpaTransactions transactions, Database database) {
        this.transactions = transactions;
        this.database = database;
        this.rows = database.telemetryRows();
    }

    @Override
    public TelemetryId nextId() {
        return TelemetryId.of(transactions.call(em -> database.nextValue(em, SEQUENCE)));
    }

    @Override
    public List<TelemetryId> nextIds(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        if (count == 0) {
            return List.of();
        }
        long[] values = transactions.call(em -> database.nextValues(em, SEQUENCE, count));
        List<TelemetryId> ids = new ArrayList<>(values.length);
        for (long value : values) {
            ids.add(TelemetryId.of(value));
        }
        return List.copyOf(ids);
    }

    @Override
    public void append(List<TelemetryPoint> points) {
        List<TelemetryPoint> batch = List.copyOf(points);
        if (batch.isEmpty()) {
            return;
        }
        transactions.call(em -> {
            try {
                return JdbcWork.call(em, "storing a batch of " + batch.size() + " telemetry points", connection -> {
                    rows.insert(connection, batch);
                    return null;
                });
            } catch (PersistenceException e) {
                throw CONFLICTS.translate(e, batch.get(0).id());
            }
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
