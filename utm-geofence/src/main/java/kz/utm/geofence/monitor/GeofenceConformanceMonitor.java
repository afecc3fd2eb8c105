package kz.utm.geofence.monitor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.EventPublisher;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.ZoneId;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.telemetry.ConformanceChanged;
import kz.utm.core.telemetry.ConformanceMonitor;
import kz.utm.core.telemetry.ConformanceStatus;
import kz.utm.core.telemetry.TelemetryPoint;
import kz.utm.geofence.Geofence;
import kz.utm.geofence.ZoneHits;

/**
 * utm-core's {@link ConformanceMonitor} over a {@link Geofence}: judges every telemetry point
 * against the restricted zones and the drone's active plan, follows each drone's status, and
 * publishes a {@link ConformanceChanged} when it changes, never once per point: a drone that
 * sits in a zone for a thousand points raises one alert.
 *
 * <p><b>Judging a point</b> ({@link #assess}), most severe first:
 * {@link ConformanceStatus#NFZ_ALERT} inside a zone (horizontally and within its altitude
 * band); {@link ConformanceStatus#NFZ_WARNING} within the geofence's warning distances of one
 * ({@link kz.utm.geofence.GeofenceSettings}); {@link ConformanceStatus#OFF_ROUTE} when the drone
 * flies an active plan and is further from its planned path than the corridor allows, laterally
 * (horizontal distance to the nearest leg, legs straight in longitude/latitude) or vertically
 * (difference from the path's altitude at the nearest point of the nearest leg, linear along
 * the leg); otherwise {@link ConformanceStatus#ON_SCHEDULE}. Assessing changes no state and,
 * once the calling thread's buffers have grown, allocates nothing and takes no lock: it reads
 * the geofence's current snapshot.
 *
 * <p><b>Following a drone</b> ({@link #recorded}). Each drone has a status, the newest point
 * timestamp seen, and the zones concerned. A drone not yet seen (or {@linkplain #forget
 * forgotten}) counts as {@code ON_SCHEDULE}, so its first point raises an event only if it is
 * anything else. An event is published when the status changes, and also, while the drone
 * stays in {@code NFZ_ALERT}, when the set of zones it is inside changes (it entered another
 * zone or left one of several): a new breach is news, whereas moving between warning areas
 * while staying {@code NFZ_WARNING} is not. Events carry the zones the point is inside for an
 * alert, the zones it is near for a warning, none otherwise; those are found by checking the
 * point again against the current snapshot, so if the zones changed between assessing and
 * recording, the event names the zones as they are now (possibly none). A point older than the
 * newest one already seen for its drone (a late arrival) is ignored: it is stored by the
 * service with its own status, but it does not move the drone's state back in time and
 * publishes nothing. A point with the same timestamp as the newest seen does apply. Points of
 * a batch are taken in timestamp order whatever their order in the list.
 *
 * <p><b>Signal lost.</b> The monitor starts no threads: the hosting service calls
 * {@link #sweep()} periodically, typically every second from a scheduled executor. A sweep
 * declares {@link ConformanceStatus#SIGNAL_LOST} for every drone whose newest point is more than
 * {@link ConformanceSettings#signalLostAfter()} old on the monitor's clock, publishing one event
 * per drone; its next point recovers it, with an event from {@code SIGNAL_LOST} to that point's
 * status. A point's age counts from its timestamp, or from when it was recorded if its timestamp
 * lies ahead of the clock: a drone whose clock runs fast cannot keep itself alive after falling
 * silent. Drone clocks are expected to agree with the monitor's to well within
 * {@code signalLostAfter} (GNSS time does); a drone whose clock lags by more is declared lost
 * at every sweep and recovered by every batch.
 *
 * <p><b>Memory.</b> The state of a drone is kept until {@link #forget} is called, typically when
 * its plan completes or it lands; a drone that merely stops reporting stays
 * {@code SIGNAL_LOST}.
 *
 * <p><b>Events.</b> Published on the thread that records the point or sweeps, while holding
 * that drone's lock, so a drone's events are published in the order of its states: each
 * event's {@code from} is the previous event's {@code to}. Different drones never wait for each
 * other. The publisher may read {@link #status} but must not record, sweep or forget. Should the
 * publisher throw, the exception reaches the caller and the drone stays in the state before
 * the event that failed (later points of the batch are not applied), so that retrying the batch
 * publishes the event again rather than losing it.
 *
 * <p><b>Wiring</b>, in a service that runs utm-core:
 *
 * <pre>{@code
 * Geofence geofence = Geofence.loadedFrom(storage.zones(), GeofenceSettings.defaults());
 * GeofenceConformanceMonitor monitor =
 *         new GeofenceConformanceMonitor(geofence, ConformanceSettings.defaults(), events, clock);
 * UtmCore utm = UtmCore.builder().storage(storage).clock(clock)
 *         .airspaceChecker(geofence).conformanceMonitor(monitor)
 *         .eventPublisher(geofence.reloadingOnZoneEvents(storage.zones(), events))
 *         .build();
 * scheduler.scheduleAtFixedRate(monitor::sweep, 1, 1, TimeUnit.SECONDS);
 * }</pre>
 *
 * <p>(A scheduled executor stops running a task that throws: if the publisher may throw, catch
 * around the sweep.)
 *
 * <p><b>Thread-safety.</b> Thread-safe: any number of threads may assess, record, sweep and
 * forget at once, for thousands of drones. Each drone's state moves under its own lock.
 *
 * <p><b>Bad input.</b> A null argument (or a null point in a batch) throws
 * {@link NullPointerException}; a non-finite altitude, a batch mixing drones, and a point
 * whose status message is not a status {@link #assess} can give throw
 * {@link IllegalArgumentException}. Both are thrown before any state changes.
 */
public final class GeofenceConformanceMonitor implements ConformanceMonitor {

    // One pair of buffers per thread, shared by every monitor: the zone check and the path
    // measure then allocate nothing once grown.
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static final Set<String> ASSESSABLE = Arrays.stream(ConformanceStatus.values())
            .filter(status -> status != ConformanceStatus.SIGNAL_LOST)
            .map(ConformanceStatus::name)
            .collect(Collectors.toUnmodifiableSet());

    private static final Comparator<TelemetryPoint> BY_TIMESTAMP = Comparator.comparing(TelemetryPoint::timestamp);

    private final Geofence geofence;
    private final ConformanceSettings settings;
    private final EventPublisher publisher;
    private final Clock clock;
    private final ConcurrentHashMap<DroneId, Track> tracks = new ConcurrentHashMap<>();

    /**
     * Creates a monitor with no drone seen yet.
     *
     * @param geofence the zones, read through its current snapshot at every check
     * @param settings the corridor and the signal-lost time
     * @param publisher where {@link ConformanceChanged} events go; usually the one utm-core
     *     publishes through
     * @param clock what "now" is for signal loss; the one utm-core runs on
     * @throws NullPointerException if an argument is null
     */
    public GeofenceConformanceMonitor(Geofence geofence, ConformanceSettings settings, EventPublisher publisher,
            Clock clock) {
        this.geofence = Objects.requireNonNull(geofence, "geofence");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The corridor and signal-lost time this monitor applies. */
    public ConformanceSettings settings() {
        return settings;
    }

    /**
     * Judges one point against the zones and the plan; see the class description. Changes no
     * state.
     *
     * @return never {@link ConformanceStatus#SIGNAL_LOST}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the altitude is not finite
     */
    @Override
    public ConformanceStatus assess(DroneId drone, Optional<FlightPlan> activePlan, GeoPoint position,
            double altitudeM) {
        Objects.requireNonNull(drone, "drone");
        Objects.requireNonNull(activePlan, "activePlan");
        Objects.requireNonNull(position, "position");
        if (!Double.isFinite(altitudeM)) {
            throw new IllegalArgumentException("altitudeM must be finite, was " + altitudeM);
        }
        Scratch scratch = SCRATCH.get();
        double latitude = position.latitude();
        double longitude = position.longitude();
        if (geofence.index().check(latitude, longitude, altitudeM, scratch.hits) > 0) {
            return ConformanceStatus.NFZ_ALERT;
        }
        if (scratch.hits.nearCount() > 0) {
            return ConformanceStatus.NFZ_WARNING;
        }
        if (activePlan.isPresent()) {
            PathDistance path = scratch.path.measure(activePlan.get().waypoints(), latitude, longitude);
            if (path.lateralMetres() > settings.corridorLateralMetres()
                    || Math.abs(altitudeM - path.plannedAltitudeM()) > settings.corridorVerticalMetres()) {
                return ConformanceStatus.OFF_ROUTE;
            }
        }
        return ConformanceStatus.ON_SCHEDULE;
    }

    /**
     * Moves the drone's state through the stored points, oldest first, publishing an event at
     * each change; see the class description. An empty list changes nothing.
     *
     * @param points stored points of one drone, each with the status {@link #assess} gave it as
     *     its status message
     * @param activePlan the plan the drone flies, if any (the events name the plan each point is
     *     tied to)
     * @throws NullPointerException if an argument or point is null
     * @throws IllegalArgumentException if the points are of several drones, or a point's status
     *     message is absent, not a {@link ConformanceStatus} name, or {@code SIGNAL_LOST}
     */
    @Override
    public void recorded(List<TelemetryPoint> points, Optional<FlightPlan> activePlan) {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(activePlan, "activePlan");
        if (points.isEmpty()) {
            return;
        }
        DroneId drone = checked(points);
        List<TelemetryPoint> ordered = inTimestampOrder(points);
        Instant recordedAt = clock.instant();
        while (true) {
            Track track = tracks.computeIfAbsent(drone, Track::new);
            track.lock.lock();
            try {
                if (track.forgotten) {
                    continue; // forgotten meanwhile: start from a fresh track
                }
                boolean moved = false;
                try {
                    for (int i = 0; i < ordered.size(); i++) {
                        moved |= apply(track, ordered.get(i));
                    }
                } finally {
                    // Also when the publisher threw: the points applied before count.
                    if (moved) {
                        Instant newest = track.newestPointAt;
                        Instant aliveFrom = newest.isAfter(recordedAt) ? recordedAt : newest;
                        track.lostAfter = aliveFrom.plus(settings.signalLostAfter());
                    }
                }
                return;
            } finally {
                track.lock.unlock();
            }
        }
    }

    /**
     * {@link #sweep(Instant)} at the monitor clock's current instant: what a scheduler calls
     * every second or so.
     *
     * @return how many drones were declared lost
     */
    public int sweep() {
        return sweep(clock.instant());
    }

    /**
     * Declares {@link ConformanceStatus#SIGNAL_LOST} for every drone whose newest point is more
     * than {@link ConformanceSettings#signalLostAfter()} old at {@code now}, publishing one
     * event for each ({@code occurredAt} is {@code now}, no zones). A drone already lost is
     * left alone, so sweeping again publishes nothing new. {@code now} should come from the
     * monitor's clock.
     *
     * @return how many drones were declared lost
     * @throws NullPointerException if {@code now} is null
     */
    public int sweep(Instant now) {
        Objects.requireNonNull(now, "now");
        int lost = 0;
        for (Track track : tracks.values()) {
            // A cheap look without the lock first: most drones are alive.
            if (!track.isLostAt(now)) {
                continue;
            }
            track.lock.lock();
            try {
                if (track.forgotten || !track.isLostAt(now)) {
                    continue;
                }
                publisher.publish(new ConformanceChanged(track.drone, track.planId, track.status,
                        ConformanceStatus.SIGNAL_LOST, List.of(), now));
                track.status = ConformanceStatus.SIGNAL_LOST;
                track.zones = List.of();
                lost++;
            } finally {
                track.lock.unlock();
            }
        }
        return lost;
    }

    /**
     * The drone's current status: that of its newest point, or {@code SIGNAL_LOST}; empty if no
     * point of it was recorded since it was last forgotten.
     *
     * @throws NullPointerException if {@code drone} is null
     */
    public Optional<ConformanceStatus> status(DroneId drone) {
        Track track = tracks.get(Objects.requireNonNull(drone, "drone"));
        return track == null ? Optional.empty() : Optional.ofNullable(track.status);
    }

    /**
     * Forgets a drone, publishing nothing: it is no longer swept, and its next point starts
     * afresh as for a drone never seen. Call it when its plan completes or it lands.
     *
     * @return whether the drone was followed
     * @throws NullPointerException if {@code drone} is null
     */
    public boolean forget(DroneId drone) {
        Track track = tracks.get(Objects.requireNonNull(drone, "drone"));
        if (track == null) {
            return false;
        }
        track.lock.lock();
        try {
            if (track.forgotten) {
                return false;
            }
            track.forgotten = true;
            tracks.remove(drone, track);
            return true;
        } finally {
            track.lock.unlock();
        }
    }

    /**
     * Applies one point under the drone's lock, publishing first and moving the state after,
     * so that a publisher failure leaves the state as it was.
     *
     * @return whether the point was applied (not late)
     */
    private boolean apply(Track track, TelemetryPoint point) {
        if (track.newestPointAt != null && point.timestamp().isBefore(track.newestPointAt)) {
            return false;
        }
        ConformanceStatus to = ConformanceStatus.valueOf(point.statusMessage().orElseThrow());
        ConformanceStatus from = track.status == null ? ConformanceStatus.ON_SCHEDULE : track.status;
        List<ZoneId> zones = track.zones;
        boolean changed = false;
        if (to == ConformanceStatus.NFZ_ALERT || to == ConformanceStatus.NFZ_WARNING) {
            if (from != to) {
                zones = zonesConcerned(point, to);
                changed = true;
            } else if (to == ConformanceStatus.NFZ_ALERT) {
                ZoneHits hits = check(point);
                // No zone found inside any more means the zones changed since the point was
                // assessed: its stored status stands, and the next point tells.
                if (hits.insideCount() > 0 && !sameZones(hits, track.zones)) {
                    zones = insideZones(hits);
                    changed = true;
                }
            }
        } else if (from != to) {
            zones = List.of();
            changed = true;
        }
        if (changed) {
            publisher.publish(new ConformanceChanged(track.drone, point.flightPlanId(), from, to, zones,
                    point.timestamp()));
        }
        track.status = to;
        track.zones = zones;
        track.newestPointAt = point.timestamp();
        track.planId = point.flightPlanId();
        return true;
    }

    private List<ZoneId> zonesConcerned(TelemetryPoint point, ConformanceStatus status) {
        ZoneHits hits = check(point);
        return status == ConformanceStatus.NFZ_ALERT ? insideZones(hits) : nearZones(hits);
    }

    private ZoneHits check(TelemetryPoint point) {
        ZoneHits hits = SCRATCH.get().hits;
        geofence.index().check(point.position().latitude(), point.position().longitude(), point.altitudeM(), hits);
        return hits;
    }

    private static boolean sameZones(ZoneHits hits, List<ZoneId> zones) {
        if (hits.insideCount() != zones.size()) {
            return false;
        }
        for (int i = 0; i < hits.insideCount(); i++) {
            if (!zones.contains(hits.inside(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<ZoneId> insideZones(ZoneHits hits) {
        ZoneId[] zones = new ZoneId[hits.insideCount()];
        for (int i = 0; i < zones.length; i++) {
            zones[i] = hits.inside(i);
        }
        Arrays.sort(zones);
        return List.of(zones);
    }

    private static List<ZoneId> nearZones(ZoneHits hits) {
        ZoneId[] zones = new ZoneId[hits.nearCount()];
        for (int i = 0; i < zones.length; i++) {
            zones[i] = hits.near(i);
        }
        Arrays.sort(zones);
        return List.of(zones);
    }

    /** Checks the whole batch before anything changes; returns its drone. */
    private static DroneId checked(List<TelemetryPoint> points) {
        DroneId drone = null;
        for (int i = 0; i < points.size(); i++) {
            TelemetryPoint point = points.get(i);
            if (point == null) {
                throw new NullPointerException("points[" + i + "]");
            }
            if (drone == null) {
                drone = point.droneId();
            } else if (!drone.equals(point.droneId())) {
                throw new IllegalArgumentException("points[" + i + "] is of drone " + point.droneId()
                        + ", not " + drone + ": a batch is one drone's");
            }
            if (point.statusMessage().isEmpty()) {
                throw new IllegalArgumentException(
                        "points[" + i + "] has no status message; expected the status assess gave it");
            }
            String message = point.statusMessage().get();
            if (!isAssessable(message)) {
                throw new IllegalArgumentException("points[" + i + "] has status message '" + message
                        + "'; expected ON_SCHEDULE, OFF_ROUTE, NFZ_WARNING or NFZ_ALERT");
            }
        }
        return drone;
    }

    /** Whether the message is a status {@link #assess} can give; SIGNAL_LOST is not one. */
    private static boolean isAssessable(String message) {
        return ASSESSABLE.contains(message);
    }

    private static List<TelemetryPoint> inTimestampOrder(List<TelemetryPoint> points) {
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).timestamp().isBefore(points.get(i - 1).timestamp())) {
                List<TelemetryPoint> sorted = new ArrayList<>(points);
                sorted.sort(BY_TIMESTAMP); // stable: equal timestamps keep their order
                return sorted;
            }
        }
        return points;
    }

    /** One drone's state. Fields move under {@link #lock}; the volatile ones are also read without it. */
    private static final class Track {

        final DroneId drone;
        final ReentrantLock lock = new ReentrantLock();
        boolean forgotten;
        /** Null until a point is applied. */
        volatile ConformanceStatus status;
        /** When the newest point counts as too old; null until a point is applied. */
        volatile Instant lostAfter;
        Instant newestPointAt;
        List<ZoneId> zones = List.of();
        Optional<FlightPlanId> planId = Optional.empty();

        Track(DroneId drone) {
            this.drone = drone;
        }

        boolean isLostAt(Instant now) {
            ConformanceStatus current = status;
            Instant after = lostAfter;
            return current != null && current != ConformanceStatus.SIGNAL_LOST && after != null
                    && now.isAfter(after);
        }
    }

    /** A thread's reusable buffers. */
    private static final class Scratch {
        final ZoneHits hits = new ZoneHits();
        final PathDistance path = new PathDistance();
    }
}
