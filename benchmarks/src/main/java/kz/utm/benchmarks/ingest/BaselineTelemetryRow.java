package kz.utm.benchmarks.ingest;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import kz.utm.core.telemetry.TelemetryInput;

/**
 * A {@code telemetry_logs} row with ids from a pooled sequence (one round trip per
 * {@value #ALLOCATION} ids, so that ids never defeat JDBC batching): the competent mapping. The
 * sequence is the benchmark's own ({@link IngestDatabase#BASELINE_SEQUENCE}, incremented by the
 * allocation size, starting far above UTM Kit's ids), since the schema's increments by one.
 * Mutable; not thread-safe.
 */
@Entity
@Table(name = "telemetry_logs")
public class BaselineTelemetryRow extends TelemetryRowColumns {

    /** Ids per sequence round trip: Hibernate's default allocation size. */
    public static final int ALLOCATION = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "baseline_ids")
    @SequenceGenerator(name = "baseline_ids", sequenceName = IngestDatabase.BASELINE_SEQUENCE,
            allocationSize = ALLOCATION)
    @Column(name = "id")
    private Long id;

    /** For the persistence provider. */
    protected BaselineTelemetryRow() {
    }

    /** The row of a reported point of a drone with no active plan, stored at {@code now}. */
    public static BaselineTelemetryRow of(int drone, TelemetryInput point, Instant now) {
        BaselineTelemetryRow row = new BaselineTelemetryRow();
        row.fill(drone, point, now);
        return row;
    }
}
