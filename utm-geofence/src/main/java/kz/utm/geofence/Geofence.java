package kz.utm.geofence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.EventPublisher;
import kz.utm.core.common.ZoneId;
import kz.utm.core.flightplan.AirspaceChecker;
import kz.utm.core.flightplan.AirspaceConflict;
import kz.utm.core.flightplan.Waypoint;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.RestrictedZones;
import kz.utm.core.zone.ZoneEvent;

/**
 * The restricted zones in force, as an index snapshot that is replaced whenever they change: the
 * geofence a UTM service checks telemetry and routes against.
 *
 * <p>Readers take the current {@link ZoneIndex} snapshot ({@link #index()}) and work on it: they
 * never lock and never see a half-built index, since a new snapshot is built aside and then
 * published with one atomic reference swap. A change of one zone ({@link #putZone},
 * {@link #removeZone}) builds its snapshot from the current one, at the cost of that zone. It is also utm-core's {@link AirspaceChecker}, so
 * that plan submission refuses routes that enter a zone.
 *
 * <p>Thread-safe. Changes are serialized, so that two concurrent changes cannot publish their
 * snapshots out of order, nor one lose the other.
 */
public final class Geofence implements AirspaceChecker {

    private final GeofenceSettings settings;
    private final AtomicReference<ZoneIndex> current;

    private Geofence(ZoneIndex initial) {
        this.settings = initial.settings();
        this.current = new AtomicReference<>(initial);
    }

    /**
     * A geofence over the given zones (those not in force are skipped).
     *
     * @throws NullPointerException if an argument or zone is null
     */
    public static Geofence of(Collection<RestrictedZone> zones, GeofenceSettings settings) {
        return new Geofence(ZoneIndex.build(zones, settings));
    }

    /** A geofence over the zones in force in the repository now. */
    public static Geofence loadedFrom(RestrictedZones repository, GeofenceSettings settings) {
        return of(repository.findEnforced(), settings);
    }

    /** The current snapshot: check against it as long as needed; it never changes. */
    public ZoneIndex index() {
        return current.get();
    }

    /**
     * Builds a snapshot of the given zones and makes it current. Readers switch to it with their
     * next {@link #index()}.
     *
     * @throws NullPointerException if a zone is null
     */
    public synchronized void replaceZones(Collection<RestrictedZone> zones) {
        current.set(ZoneIndex.build(zones, settings));
    }

    /**
     * Puts one zone in place of the one with its id (adds it if there was none; removes it if it
     * is not in force), and makes the result current: a new snapshot that shares all but the
     * changed zone's part with the current one, made in a small fraction of a full rebuild.
     *
     * @throws NullPointerException if the zone is null
     */
    public synchronized void putZone(RestrictedZone zone) {
        current.set(current.get().with(zone));
    }

    /**
     * Removes the zone with this id, if held, and makes the result current; see {@link #putZone}.
     *
     * @throws NullPointerException if the id is null
     */
    public synchronized void removeZone(ZoneId id) {
        current.set(current.get().without(id));
    }

    /** Rebuilds from the zones in force in the repository now. */
    public void reloadFrom(RestrictedZones repository) {
        replaceZones(repository.findEnforced());
    }

    /**
     * An event publisher that, on every {@link ZoneEvent}, reads the zone it names from the
     * repository and puts it in this geofence as now stored ({@link #putZone}; removed if it is
     * gone, deactivated or deleted), then passes every event on to {@code next}: plug it in as
     * utm-core's publisher so that zone changes reach the geofence as they are stored, each at the
     * cost of one zone, not of a full rebuild.
     */
    public EventPublisher reloadingOnZoneEvents(RestrictedZones repository, EventPublisher next) {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(next, "next");
        return (DomainEvent event) -> {
            if (event instanceof ZoneEvent change) {
                Optional<RestrictedZone> stored = repository.findById(change.zoneId());
                if (stored.isPresent()) {
                    putZone(stored.get());
                } else {
                    removeZone(change.zoneId());
                }
            }
            next.publish(event);
        };
    }

    /** The zones the route enters, against the current snapshot; see {@link ZoneIndex#conflicts}. */
    @Override
    public List<AirspaceConflict> conflicts(List<Waypoint> waypoints, Instant departure, Instant arrival) {
        return current.get().conflicts(waypoints);
    }
}
