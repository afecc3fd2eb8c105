package kz.utm.persistence.jpa.entity;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.TelemetryId;
import kz.utm.core.common.UserId;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.DroneOwner;
import kz.utm.core.drone.DroneOwnerType;
import kz.utm.core.drone.DroneStatus;

/**
 * A row of {@code drones}: a {@link Drone}, its {@link DroneOwner} spread over
 * {@code owner_type}, {@code organization_id} and {@code solo_owner_user_id}. Mutable and not
 * thread-safe; see the package documentation.
 */
@Entity
@Table(name = "drones")
public class DroneEntity {

    @Id
    @Column(name = "id")
    private Integer id;

    @Column(name = "brand", nullable = false, length = 100)
    private String brand;

    @Column(name = "model", nullable = false, length = 100)
    private String model;

    @Column(name = "serial_number", nullable = false, length = 100)
    private String serialNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_type", nullable = false, length = 32)
    private DroneOwnerType ownerType;

    @Column(name = "organization_id")
    private Integer organizationId;

    @Column(name = "solo_owner_user_id")
    private Integer soloOwnerUserId;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_status", nullable = false, length = 32)
    private DroneStatus status;

    @Column(name = "last_telemetry_id")
    private Long lastTelemetryId;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    @Embedded
    private AuditColumns audit;

    /** For the persistence provider. */
    protected DroneEntity() {
    }

    /** A new row for the drone; the provider stores it at version 0. */
    public static DroneEntity of(Drone drone) {
        DroneEntity entity = new DroneEntity();
        entity.id = drone.id().value();
        entity.assign(drone);
        return entity;
    }

    /** Copies every column but {@code id} and {@code version} from the drone. */
    public void assign(Drone drone) {
        brand = drone.brand();
        model = drone.model();
        serialNumber = drone.serialNumber();
        ownerType = drone.owner().type();
        organizationId = drone.organizationId().map(OrganizationId::value).orElse(null);
        soloOwnerUserId = drone.soloOwnerId().map(UserId::value).orElse(null);
        status = drone.status();
        lastTelemetryId = drone.lastTelemetryId().map(TelemetryId::value).orElse(null);
        lastSeenAt = drone.lastSeenAt().orElse(null);
        audit = AuditColumns.of(drone.audit());
    }

    /** The stored version. */
    public long version() {
        return version;
    }

    /** The drone this row holds. */
    public Drone toDrone() {
        DroneOwner owner = switch (ownerType) {
            case ORGANIZATION -> new DroneOwner.OfOrganization(OrganizationId.of(organizationId));
            case SOLO_PILOT -> new DroneOwner.OfSoloPilot(UserId.of(soloOwnerUserId));
        };
        return new Drone(DroneId.of(id), brand, model, serialNumber, owner, status,
                Optional.ofNullable(lastTelemetryId).map(TelemetryId::of), Optional.ofNullable(lastSeenAt), version,
                audit.toAudit());
    }
}
