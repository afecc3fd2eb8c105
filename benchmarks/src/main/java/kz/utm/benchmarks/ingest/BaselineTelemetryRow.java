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
 * A {@code telemetry_logs} row as an application would map it for the Hibernate baselines: the
 * same columns as UTM Kit's entity, the id from a pooled sequence (one round trip per
 * {@value #ALLOCATION} ids, so that ids never defeat JDBC batching). The sequence is the
 * benchmark's own ({@link IngestDatabase#BASELINE_SEQUENCE}, incremented by the allocation size,
 * starting far above UTM Kit's ids). Mutable; not thread-safe.
 */
@Entity
@Table(name = "telemetry_logs")
public class BaselineTelemetryRow {

    /** Ids per sequence round trip: Hibernate's default allocation size. */
    public static final int ALLOCATION = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "baseline_ids")
    @SequenceGenerator(name = "baseline_ids", sequenceName = IngestDatabase.BASELINE_SEQUENCE,
            allocationSize = ALLOCATION)
    @Column(name = "id")
    private Long id;

    @Column(name = "flight_plan_id")
    private Integer flightPlanId;

    @Column(name = "drone_id", nullable = false)
    private Integer droneId;

    @Column(name = "timestamp", nullable = false)
    private Instant measuredAt;

    @Column(name = "latitude", nullable = false)
    private double latitude;

    @Column(name = "longitude", nullable = false)
    private double longitude;

    @Column(name = "altitude_m", nullable = false)
    private double altitudeM;

    @Column(name = "speed_mps")
    private Double speedMps;

    @Column(name = "heading_degrees")
    private Double headingDegrees;

    @Column(name = "status_message")
    private String statusMessage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** For the persistence provider. */
    protected BaselineTelemetryRow() {
    }

    /** The row of a reported point of a drone with no active plan, stored at {@code now}. */
    public static BaselineTelemetryRow of(int drone, TelemetryInput point, Instant now) {
        BaselineTelemetryRow row = new BaselineTelemetryRow();
        row.droneId = drone;
        row.measuredAt = point.timestamp();
        row.latitude = point.latitude();
        row.longitude = point.longitude();
        row.altitudeM = point.altitudeM();
        row.speedMps = point.speedMps().orElse(null);
        row.headingDegrees = point.headingDegrees().orElse(null);
        row.statusMessage = point.statusMessage().orElse(null);
        row.createdAt = now;
        row.updatedAt = now;
        return row;
    }
}
