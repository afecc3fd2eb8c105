package kz.utm.benchmarks.ingest;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import kz.utm.core.telemetry.TelemetryInput;

/**
 * The columns of a {@code telemetry_logs} row but its id, as an application would map them for
 * the Hibernate baselines: the same as UTM Kit's entity. Subclasses choose how ids are drawn.
 * Mutable; not thread-safe.
 */
@MappedSuperclass
public abstract class TelemetryRowColumns {

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
    protected TelemetryRowColumns() {
    }

    /** Fills the columns from a reported point of a drone with no active plan, stored at {@code now}. */
    protected final void fill(int drone, TelemetryInput point, Instant now) {
        droneId = drone;
        measuredAt = point.timestamp();
        latitude = point.latitude();
        longitude = point.longitude();
        altitudeM = point.altitudeM();
        speedMps = point.speedMps().orElse(null);
        headingDegrees = point.headingDegrees().orElse(null);
        statusMessage = point.statusMessage().orElse(null);
        createdAt = now;
        updatedAt = now;
    }
}
