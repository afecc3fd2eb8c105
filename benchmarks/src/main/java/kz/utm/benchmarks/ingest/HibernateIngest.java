package kz.utm.benchmarks.ingest;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;

import kz.utm.core.telemetry.TelemetryInput;

/**
 * The baselines: telemetry written as an application would with plain JPA on Hibernate ORM,
 * through {@link BaselineTelemetryRow}, on the same data source as UTM Kit.
 *
 * <ul>
 *   <li>{@link #perTransaction}: one entity persisted per transaction, ids from a pooled sequence;
 *   <li>{@link #perTransactionOnTheSchemasSequence}: the same, the entity mapped plainly on the
 *       schema's own sequence (one {@code nextval} per row);
 *   <li>{@link #batched}: the competent way: {@code hibernate.jdbc.batch_size} 50 with
 *       {@code hibernate.order_inserts}, a whole batch (1,000 rows) in one transaction, ids
 *       from a pooled sequence (50 a round trip), the persistence context flushed and cleared
 *       every 50 rows so that it does not grow with the batch.
 * </ul>
 *
 * <p>Thread-safe (the factory is; each call has its own entity manager). {@link #close()}
 * closes the factory.
 */
public final class HibernateIngest implements AutoCloseable {

    /** {@code hibernate.jdbc.batch_size}, and the rows between flushes. */
    public static final int JDBC_BATCH_SIZE = 50;

    private final EntityManagerFactory factory;

    /** A factory over the database's data source, with the baseline's settings. */
    public HibernateIngest(IngestDatabase database) {
        this.factory = new PersistenceConfiguration("ingest-baseline")
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .sharedCacheMode(SharedCacheMode.NONE)
                .validationMode(ValidationMode.NONE)
                .managedClass(TelemetryRowColumns.class)
                .managedClass(BaselineTelemetryRow.class)
                .managedClass(PlainTelemetryRow.class)
                .property("jakarta.persistence.nonJtaDataSource", database.dataSource())
                .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "none")
                .property("hibernate.jdbc.batch_size", String.valueOf(JDBC_BATCH_SIZE))
                .property("hibernate.order_inserts", "true")
                .createEntityManagerFactory();
    }

    /** Persists one row in a transaction of its own, its id from the pooled sequence. */
    public void perTransaction(int drone, TelemetryInput point, Instant now) {
        persistAlone(BaselineTelemetryRow.of(drone, point, now));
    }

    /** Persists one row in a transaction of its own, its id from the table's own sequence. */
    public void perTransactionOnTheSchemasSequence(int drone, TelemetryInput point, Instant now) {
        persistAlone(PlainTelemetryRow.of(drone, point, now));
    }

    private void persistAlone(TelemetryRowColumns row) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            em.persist(row);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /**
     * Persists a batch in one transaction, in JDBC batches.
     *
     * @return the rows stored
     */
    public int batched(int drone, List<TelemetryInput> points, Instant now) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            for (int i = 0; i < points.size(); i++) {
                em.persist(BaselineTelemetryRow.of(drone, points.get(i), now));
                if ((i + 1) % JDBC_BATCH_SIZE == 0) {
                    em.flush();
                    em.clear();
                }
            }
            em.getTransaction().commit();
            return points.size();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
