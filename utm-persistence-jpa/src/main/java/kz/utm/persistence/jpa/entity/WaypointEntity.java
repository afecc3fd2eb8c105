package kz.utm.persistence.jpa.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import kz.utm.core.common.GeoPoint;
import kz.utm.core.flightplan.Waypoint;

/**
 * A row of {@code waypoints}: one {@link Waypoint} of a plan, owned by its
 * {@link FlightPlanEntity}.
 *
 * <p>Its {@code id} is a storage key the domain does not see, drawn from
 * {@code waypoints_id_seq} one at a time (allocation size 1, the sequence's increment). A plan's
 * waypoints never change after submission, so their {@code created_at} and {@code updated_at}
 * are the plan's {@code created_at}. Mutable and not thread-safe; see the package
 * documentation.
 */
@Entity
@Table(name = "waypoints")
public class WaypointEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoints_id")
    @SequenceGenerator(name = "waypoints_id", sequenceName = "waypoints_id_seq", allocationSize = 1)
    @Column(name = "id")
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "flight_plan_id", nullable = false)
    private FlightPlanEntity flightPlan;

    @Column(name = "latitude", nullable = false)
    private double latitude;

    @Column(name = "longitude", nullable = false)
    private double longitude;

    @Column(name = "altitude_m", nullable = false)
    private double altitudeM;

    @Column(name = "sequence_order", nullable = false)
    private int sequenceOrder;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** For the persistence provider. */
    protected WaypointEntity() {
    }

    static WaypointEntity of(FlightPlanEntity plan, Waypoint waypoint, Instant createdAt) {
        WaypointEntity entity = new WaypointEntity();
        entity.flightPlan = plan;
        entity.assign(waypoint, createdAt);
        return entity;
    }

    void assign(Waypoint waypoint, Instant createdAt) {
        latitude = waypoint.position().latitude();
        longitude = waypoint.position().longitude();
        altitudeM = waypoint.altitudeM();
        sequenceOrder = waypoint.sequenceOrder();
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    int sequenceOrder() {
        return sequenceOrder;
    }

    /** The waypoint this row holds. */
    public Waypoint toWaypoint() {
        return new Waypoint(sequenceOrder, GeoPoint.of(latitude, longitude), altitudeM);
    }
}
