package kz.utm.benchmarks.ingest;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Telemetry ingest into {@code telemetry_logs} on PostgreSQL: rows per second, the same frozen
 * rows ({@link IngestData}) for every contender, one thread.
 *
 * <ul>
 *   <li>{@code utmKitReport}: <b>UTM Kit's batch path</b>, {@code TelemetryService.report} with
 *       {@value IngestData#BATCH} points, as an application calls it (validation, access policy,
 *       ids in one round trip, one {@code INSERT ... SELECT FROM unnest}, the drone's last point
 *       moved forward), one report per transaction;
 *   <li>{@code utmKitStorage}: the storage calls of such a report alone (diagnostic);
 *   <li>{@code entityPerTransaction}: plain JPA on Hibernate, one entity persisted per
 *       transaction, ids from a pooled sequence as the batched baseline's;
 *   <li>{@code entityPerTransactionSchemaSequence}: the same, the entity mapped plainly on the
 *       schema's own sequence, which increments by one: one {@code nextval} per row;
 *   <li>{@code hibernateBatched}: <b>the competent Hibernate baseline</b>, JDBC batches of 50,
 *       ordered inserts, {@value IngestData#BATCH} rows per transaction, pooled sequence ids,
 *       the persistence context cleared every 50 rows.
 * </ul>
 *
 * <p>Every score is rows per second: the batched contenders count their
 * {@value IngestData#BATCH} rows with {@link OperationsPerInvocation}. Each fork starts its own
 * embedded PostgreSQL, migrated with UTM Kit's migrations; the table is emptied before every
 * iteration so that it never grows beyond one iteration's rows. Compare the contenders by
 * ratio, in one run: {@code benchmarks/ingest.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xmx2g", "-Dorg.jboss.logging.provider=slf4j"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class TelemetryIngestBenchmark {

    /** Drones the rows are spread over. */
    static final int DRONES = 16;

    /** PostgreSQL's {@code synchronous_commit}: its default {@code on}, as on a production server. */
    @Param({"on"})
    public String synchronousCommit;

    private IngestDatabase database;
    private IngestData data;
    private UtmKitIngest utmKit;
    private HibernateIngest hibernate;
    private long next;

    @Setup(Level.Trial)
    public void startDatabase() {
        database = IngestDatabase.start(synchronousCommit, DRONES);
        data = IngestData.generate(DRONES, Instant.now());
        utmKit = new UtmKitIngest(database);
        hibernate = new HibernateIngest(database);
    }

    @Setup(Level.Iteration)
    public void emptyTable() {
        database.reset();
        next = 0;
    }

    @TearDown(Level.Trial)
    public void stopDatabase() {
        try {
            hibernate.close();
        } finally {
            database.close();
        }
    }

    @Benchmark
    @OperationsPerInvocation(IngestData.BATCH)
    public int utmKitBatchPath() {
        return utmKit.storeOnly(data.batch(next++), Instant.now());
    }

    @Benchmark
    @OperationsPerInvocation(IngestData.BATCH)
    public int utmKitService() {
        return utmKit.report(data.batch(next++));
    }

    @Benchmark
    public void entityPerTransaction() {
        long row = next++;
        hibernate.perTransaction(database.drone(data.droneOfRow(row)).value(), data.row(row), Instant.now());
    }

    @Benchmark
    public void entityPerTransactionSchemaSequence() {
        long row = next++;
        hibernate.perTransactionOnTheSchemasSequence(database.drone(data.droneOfRow(row)).value(), data.row(row),
                Instant.now());
    }

    @Benchmark
    @OperationsPerInvocation(IngestData.BATCH)
    public int hibernateBatched() {
        IngestData.Batch batch = data.batch(next++);
        return hibernate.batched(database.drone(batch.drone()).value(), batch.points(), Instant.now());
    }
}
