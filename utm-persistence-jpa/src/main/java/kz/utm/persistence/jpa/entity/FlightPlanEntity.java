package kz.utm.persistence.jpa.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.FlightPlanStatus;
import kz.utm.core.flightplan.Waypoint;

/**
 * A row of {@code flight_plans} with its rows of {@code waypoints}: a {@link FlightPlan}.
 *
 * <p>The waypoints are owned: stored, changed and removed with the plan. Mutable and not
 * thread-safe; see the package documentation.
 */
@Entity
@Table(name = "flight_plans")
public class FlightPlanEntity {

    @Id
    @Column(name = "id")
    private Integer id;

    @Column(name = "user_id", nullable = false)
    private Integer submitterId;

    @Column(name = "drone_id", nullable = false)
    private Integer droneId;

    @Column(name = "organization_id")
    private Integer organizationId;

    @Column(name = "planned_departure_time", nullable = false)
    private Instant plannedDepartureTime;

    @Column(name = "planned_arrival_time", nullable = false)
    private Instant plannedArrivalTime;

    @Column(name = "actual_departure_time")
    private Instant actualDepartureTime;

    @Column(name = "actual_arrival_time")
    private Instant actualArrivalTime;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 32)
    private FlightPlanStatus status;

    @Column(name = "notes", length = 1000)
    private String notes;

    @Column(name = "rejection_reason", length = 500)
    private String rejectionReason;

    @Column(name = "approved_by_organization_admin_id")
    private Integer approvedByOrganizationAdminId;

    @Column(name = "approved_by_authority_admin_id")
    private Integer approvedByAuthorityAdminId;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @OneToMany(mappedBy = "flightPlan", cascade = {CascadeType.PERSIST, CascadeType.REMOVE}, orphanRemoval = true)
    @OrderBy("sequenceOrder")
    private List<WaypointEntity> waypoints = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    @Embedded
    private AuditColumns audit;

    /** For the persistence provider. */
    protected FlightPlanEntity() {
    }

    /** A new row for the plan, with its waypoints; the provider stores it at version 0. */
    public static FlightPlanEntity of(FlightPlan plan) {
        FlightPlanEntity entity = new FlightPlanEntity();
        entity.id = plan.id().value();
        entity.assign(plan);
        return entity;
    }

    /**
     * Copies every column but {@code id} and {@code version} from the plan, and its waypoints:
     * each existing waypoint row is changed in place (so that the unique
     * ({@code flight_plan_id}, {@code sequence_order}) never sees two rows of one order), new
     * ones are added and surplus ones removed.
     */
    public void assign(FlightPlan plan) {
        submitterId = plan.submitterId().value();
        droneId = plan.droneId().value();
        organizationId = plan.organizationId().map(OrganizationId::value).orElse(null);
        plannedDepartureTime = plan.plannedDepartureTime();
        plannedArrivalTime = plan.plannedArrivalTime();
        actualDepartureTime = plan.actualDepartureTime().orElse(null);
        actualArrivalTime = plan.actualArrivalTime().orElse(null);
        status = plan.status();
        notes = plan.notes().orElse(null);
        rejectionReason = plan.rejectionReason().orElse(null);
        approvedByOrganizationAdminId = plan.approvedByOrganizationAdminId().map(UserId::value).orElse(null);
        approvedByAuthorityAdminId = plan.approvedByAuthorityAdminId().map(UserId::value).orElse(null);
        approvedAt = plan.approvedAt().orElse(null);
        audit = AuditColumns.of(plan.audit());
        assignWaypoints(plan.waypoints(), plan.audit().createdAt());
    }

    private void assignWaypoints(List<Waypoint> target, Instant createdAt) {
        waypoints.sort(Comparator.comparingInt(WaypointEntity::sequenceOrder));
        for (int i = 0; i < target.size(); i++) {
            if (i < waypoints.size()) {
                waypoints.get(i).assign(target.get(i), createdAt);
            } else {
                waypoints.add(WaypointEntity.of(this, target.get(i), createdAt));
            }
        }
        while (waypoints.size() > target.size()) {
            waypoints.remove(waypoints.size() - 1);
        }
    }

    /** The {@code id} column. */
    public int id() {
        return id;
    }

    /** The stored version. */
    public long version() {
        return version;
    }

    /** The plan this row holds, with its waypoints by sequence order. */
    public FlightPlan toFlightPlan() {
        List<Waypoint> path = waypoints.stream()
                .sorted(Comparator.comparingInt(WaypointEntity::sequenceOrder))
                .map(WaypointEntity::toWaypoint)
                .toList();
        return new FlightPlan(FlightPlanId.of(id), UserId.of(submitterId), DroneId.of(droneId),
                Optional.ofNullable(organizationId).map(OrganizationId::of), plannedDepartureTime, plannedArrivalTime,
                Optional.ofNullable(actualDepartureTime), Optional.ofNullable(actualArrivalTime), status,
                Optional.ofNullable(notes), Optional.ofNullable(rejectionReason),
                Optional.ofNullable(approvedByOrganizationAdminId).map(UserId::of),
                Optional.ofNullable(approvedByAuthorityAdminId).map(UserId::of), Optional.ofNullable(approvedAt),
                path, version, audit.toAudit());
    }
}
