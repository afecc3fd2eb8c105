package kz.utm.core.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kz.utm.core.ServiceContext;
import kz.utm.core.access.Action;
import kz.utm.core.access.Actor;
import kz.utm.core.access.Resource;
import kz.utm.core.common.AccessDeniedException;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.FieldError;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.TelemetryId;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ValidationException;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.DroneAssignment;
import kz.utm.core.drone.DroneAssignments;
import kz.utm.core.drone.Drones;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.FlightPlans;

/**
 * Application service for telemetry: stores reported points, ties them to the drone's active
 * plan, and moves the drone's last-seen position forward.
 *
 * <p>With a {@link ConformanceMonitor}, every point's {@code status_message} is the monitor's
 * judgement ({@link ConformanceStatus}), whatever the reporter sent; without one, it is what
 * the reporter sent. A batch is stored whole or not at all. The drone's {@code last_telemetry_id} and
 * {@code last_seen_at} only move forward in time: a point that arrives late is stored but does
 * not move them back. Thread-safe if its collaborators are.
 */
public final class TelemetryService {

    private final ServiceContext context;
    private final Optional<ConformanceMonitor> monitor;
    /** How far ahead of the service's clock a point's timestamp may be (drones' clocks drift). */
    public static final Duration MAX_CLOCK_AHEAD = Duration.ofMinutes(5);

    /** The most points one {@link #history} call returns. */
    public static final int MAX_HISTORY = 10_000;

    private static final Comparator<TelemetryPoint> BY_TIME =
            Comparator.comparing(TelemetryPoint::timestamp).thenComparing(p -> p.id().value());

    private final TelemetryLog log;
    private final Drones drones;
    private final DroneAssignments assignments;
    private final FlightPlans plans;

    /** @throws NullPointerException if an argument is null */
    public TelemetryService(ServiceContext context, Optional<ConformanceMonitor> monitor) {
        this.context = Objects.requireNonNull(context, "context");
        this.monitor = Objects.requireNonNull(monitor, "monitor");
        this.log = context.storage().telemetry();
        this.drones = context.storage().drones();
        this.assignments = context.storage().assignments();
        this.plans = context.storage().flightPlans();
    }

    /**
     * Stores a batch of a drone's telemetry. While the drone flies an active plan only that
     * plan's submitter may report, and the points are tied to the plan; otherwise its owner,
     * its organization's admin or an assigned pilot may.
     *
     * @return the stored points, in the order given
     * @throws ValidationException naming every invalid field, {@code points[i].latitude} and so
     *     on, including a timestamp more than {@link #MAX_CLOCK_AHEAD} ahead of the clock
     * @throws NotFoundException if the drone does not exist or the actor may not read it
     * @throws AccessDeniedException if the actor may not report for it
     */
    public List<TelemetryPoint> report(UserId actorId, ReportTelemetry command) {
        checkWithTimestamps(command);
        StoredBatch batch = context.inTransaction(() -> {
            Actor actor = context.actor(actorId);
            Drone drone = drones.findByIdIncludingDeleted(command.droneId())
                    .orElseThrow(() -> new NotFoundException("drone", command.droneId()));
            Optional<FlightPlan> active = plans.findActiveByDrone(drone.id());
            context.policy().authorize(actor, Action.TELEMETRY_SUBMIT,
                    new Resource.OfTelemetry(drone, pilotsOf(drone.id()), active));
            Instant now = context.now();
            // One reservation for the whole batch: a database adapter draws the ids in one round trip.
            List<TelemetryId> ids = log.nextIds(command.points().size());
            List<TelemetryPoint> points = new ArrayList<>(command.points().size());
            for (int i = 0; i < command.points().size(); i++) {
                TelemetryInput input = command.points().get(i);
                GeoPoint position = new GeoPoint(input.latitude(), input.longitude());
                Optional<String> status = monitor
                        .map(m -> m.assess(drone.id(), active, position, input.altitudeM()).name())
                        .or(input::statusMessage);
                points.add(new TelemetryPoint(ids.get(i), drone.id(), active.map(FlightPlan::id), input.timestamp(),
                        position, input.altitudeM(), optional(input.speedMps()), optional(input.headingDegrees()),
                        status, now, now));
            }
            log.append(points);
            TelemetryPoint newest = points.stream().max(BY_TIME).orElseThrow();
            // Another batch of the same drone may be stored concurrently: the port moves the
            // drone forward only, atomically.
            drones.moveLastSeenForward(drone.id(), newest.id(), newest.timestamp(), now);
            return new StoredBatch(List.copyOf(points), active);
        });
        List<TelemetryPoint> stored = batch.points();
        // Only what was stored moves the monitor on, so it hears of the batch after the commit.
        monitor.ifPresent(m -> m.recorded(stored.stream().sorted(BY_TIME).toList(), batch.plan()));
        context.publish(new TelemetryReceived(command.droneId(), stored, actorId, stored.get(0).createdAt()));
        return stored;
    }

    private record StoredBatch(List<TelemetryPoint> points, Optional<FlightPlan> plan) {
    }

    // A point stamped in the future would make the drone's real points look late: refuse it,
    // named together with whatever else is wrong in the batch.
    private void checkWithTimestamps(ReportTelemetry command) {
        List<FieldError> errors = new ArrayList<>();
        try {
            context.check(command);
        } catch (ValidationException invalid) {
            errors.addAll(invalid.errors());
        }
        if (command.points() != null) {
            Instant latest = context.now().plus(MAX_CLOCK_AHEAD);
            for (int i = 0; i < command.points().size(); i++) {
                TelemetryInput point = command.points().get(i);
                if (point != null && point.timestamp() != null && point.timestamp().isAfter(latest)) {
                    errors.add(new FieldError("points[" + i + "].timestamp",
                            "must not be more than " + MAX_CLOCK_AHEAD.toSeconds() + " s ahead of the service's clock"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /**
     * A drone's points with a timestamp in {@code [from, to)}, oldest first, at most {@code limit}.
     *
     * @throws ValidationException naming {@code from}, {@code to} or {@code limit} when
     *     missing, when {@code to} is before {@code from}, or when {@code limit} is not in
     *     [1, {@value #MAX_HISTORY}]
     * @throws NotFoundException if the drone does not exist or the actor may not read it
     */
    public List<TelemetryPoint> history(UserId actorId, DroneId droneId, Instant from, Instant to, int limit) {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new FieldError("from", "must not be null"));
        }
        if (to == null) {
            errors.add(new FieldError("to", "must not be null"));
        } else if (from != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        if (limit < 1 || limit > MAX_HISTORY) {
            errors.add(new FieldError("limit", "must be in [1, " + MAX_HISTORY + "], was " + limit));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Actor actor = context.actor(actorId);
        Drone drone = drones.findByIdIncludingDeleted(Objects.requireNonNull(droneId, "droneId"))
                .orElseThrow(() -> new NotFoundException("drone", droneId));
        context.policy().authorize(actor, Action.TELEMETRY_READ,
                new Resource.OfTelemetry(drone, pilotsOf(droneId), Optional.empty()));
        return log.findByDrone(droneId, from, to, limit);
    }

    private Set<UserId> pilotsOf(DroneId drone) {
        return assignments.findByDrone(drone).stream().map(DroneAssignment::userId).collect(Collectors.toSet());
    }

    private static java.util.OptionalDouble optional(Optional<Double> value) {
        return value.map(java.util.OptionalDouble::of).orElseGet(java.util.OptionalDouble::empty);
    }
}
