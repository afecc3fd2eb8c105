package kz.utm.persistence.jpa.entity;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.TelemetryId;
import kz.utm.core.telemetry.TelemetryPoint;

/**
 * A row of {@code telemetry_logs}: a {@link TelemetryPoint}. Append-only: the repository
 * inserts rows and never changes them. Mutable and not thread-safe; see the package
 * documentation.
 */
@Entity
@Table(name = "telemetry_logs")
public class TelemetryLogEntity {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "flight_plan_id")
    private Integer flightPlanId;

    @Column(name = "drone_id", nullable = false)
    private Integer droneId;

    /** The {@code timestamp} column, named otherwise here because TIMESTAMP is a JPQL word. */
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
    protected TelemetryLogEntity() {
    }

    /** A new row for the point. */
    public static TelemetryLogEntity of(TelemetryPoint point) {
        TelemetryLogEntity entity = new TelemetryLogEntity();
        entity.id = point.id().value();
        entity.flightPlanId = point.flightPlanId().map(FlightPlanId::value).orElse(null);
        entity.droneId = point.droneId().value();
        entity.measuredAt = point.timestamp();
        entity.latitude = point.position().latitude();
        entity.longitude = point.position().longitude();
        entity.altitudeM = point.altitudeM();
        entity.speedMps = point.speedMps().isPresent() ? point.speedMps().getAsDouble() : null;
        entity.headingDegrees = point.headingDegrees().isPresent() ? point.headingDegrees().getAsDouble() : null;
        entity.statusMessage = point.statusMessage().orElse(null);
        entity.createdAt = point.createdAt();
        entity.updatedAt = point.updatedAt();
        return entity;
    }

    /** The point this row holds. */
    public TelemetryPoint toPoint() {
        return new TelemetryPoint(TelemetryId.of(id), DroneId.of(droneId),
                Optional.ofNullable(flightPlanId).map(FlightPlanId::of), measuredAt, GeoPoint.of(latitude, longitude),
                altitudeM, speedMps == null ? OptionalDouble.empty() : OptionalDouble.of(speedMps),
                headingDegrees == null ? OptionalDouble.empty() : OptionalDouble.of(headingDegrees),
                Optional.ofNullable(statusMessage), createdAt, updatedAt);
    }
}
