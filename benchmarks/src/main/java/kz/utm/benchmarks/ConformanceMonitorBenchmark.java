package kz.utm.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import kz.utm.core.common.Audit;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.TelemetryId;
import kz.utm.core.common.UserId;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.FlightPlanStatus;
import kz.utm.core.flightplan.Waypoint;
import kz.utm.core.telemetry.ConformanceChanged;
import kz.utm.core.telemetry.ConformanceStatus;
import kz.utm.core.telemetry.TelemetryPoint;
import kz.utm.geofence.Geofence;
import kz.utm.geofence.GeofenceSettings;
import kz.utm.geofence.monitor.ConformanceSettings;
import kz.utm.geofence.monitor.GeofenceConformanceMonitor;

/**
 * The conformance monitor, per telemetry point, with 10,000 drones in the air: what a service
 * does with each point, {@code assess} (zones, then the active plan's corridor) then
 * {@code recorded} (the drone's state moves, an event when its status changes). The drones take
 * turns, one point each; each flies its own 10-waypoint plan (the first ten waypoints of a
 * frozen route) with up to 20 m of lateral noise, 64 positions along it, repeated. Default
 * geofence and conformance settings; the point record is built per invocation, as a service
 * builds it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx12g"})
public class ConformanceMonitorBenchmark {

    private static final int PLAN_WAYPOINTS = 10;
    private static final int POSITIONS = 64;
    private static final long NOISE_SEED = 0x4B5A_4D4F_4E49_0006L;
    private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");

    @Param({"10000"})
    public int drones;

    @Param({"10000"})
    public int zones;

    private GeofenceConformanceMonitor monitor;
    private DroneId[] droneIds;
    private Optional<FlightPlan>[] plans;
    private Optional<FlightPlanId>[] planIds;
    private GeoPoint[][] positions;
    private double[][] altitudes;
    private int[] steps;
    private int nextDrone;
    private long nextId;
    private long events;
    private final long[] statuses = new long[ConformanceStatus.values().length];

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() {
        Geofence geofence = Geofence.of(KazakhAirspace.zones(zones, KazakhAirspace.PolygonSet.MIXED),
                GeofenceSettings.defaults());
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        monitor = new GeofenceConformanceMonitor(geofence, ConformanceSettings.defaults(), event -> {
            if (event instanceof ConformanceChanged) {
                events++;
            }
        }, clock);
        List<List<Waypoint>> routes = KazakhAirspace.routes(drones);
        SplittableRandom random = new SplittableRandom(NOISE_SEED);
        droneIds = new DroneId[drones];
        plans = (Optional<FlightPlan>[]) new Optional<?>[drones];
        planIds = (Optional<FlightPlanId>[]) new Optional<?>[drones];
        positions = new GeoPoint[drones][POSITIONS];
        altitudes = new double[drones][POSITIONS];
        steps = new int[drones];
        for (int d = 0; d < drones; d++) {
            droneIds[d] = DroneId.of(d + 1);
            List<Waypoint> waypoints = routes.get(d).subList(0, PLAN_WAYPOINTS);
            FlightPlanId planId = FlightPlanId.of(d + 1);
            plans[d] = Optional.of(new FlightPlan(planId, UserId.of(2), droneIds[d], Optional.empty(),
                    T0.minus(Duration.ofMinutes(5)), T0.plus(Duration.ofHours(2)), Optional.of(T0), Optional.empty(),
                    FlightPlanStatus.ACTIVE, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(UserId.of(1)), Optional.of(T0), List.copyOf(waypoints), 1, Audit.createdAt(T0)));
            planIds[d] = Optional.of(planId);
            for (int k = 0; k < POSITIONS; k++) {
                // Along the plan: leg and fraction from k, then up to 20 m of noise each way.
                double along = (double) k / POSITIONS * (PLAN_WAYPOINTS - 1);
                int leg = (int) along;
                double t = along - leg;
                Waypoint a = waypoints.get(leg);
                Waypoint b = waypoints.get(leg + 1);
                double lat = a.position().latitude() + t * (b.position().latitude() - a.position().latitude())
                        + random.nextDouble(-20, 20) / 111_000;
                double lon = a.position().longitude() + t * (b.position().longitude() - a.position().longitude())
                        + random.nextDouble(-20, 20) / 75_000;
                positions[d][k] = GeoPoint.of(lat, lon);
                altitudes[d][k] = a.altitudeM() + t * (b.altitudeM() - a.altitudeM()) + random.nextDouble(-10, 10);
            }
        }
    }

    @Benchmark
    public ConformanceStatus assessAndRecord() {
        int d = nextDrone;
        nextDrone = d + 1 == drones ? 0 : d + 1;
        int step = steps[d]++;
        DroneId drone = droneIds[d];
        Optional<FlightPlan> plan = plans[d];
        GeoPoint position = positions[d][step & (POSITIONS - 1)];
        double altitude = altitudes[d][step & (POSITIONS - 1)];
        ConformanceStatus status = monitor.assess(drone, plan, position, altitude);
        statuses[status.ordinal()]++;
        Instant at = T0.plusSeconds(step);
        TelemetryPoint point = new TelemetryPoint(TelemetryId.of(++nextId), drone, planIds[d], at, position,
                altitude, OptionalDouble.empty(), OptionalDouble.empty(), Optional.of(status.name()), at, at);
        monitor.recorded(List.of(point), plan);
        return status;
    }

    @TearDown
    public void tearDown() {
        StringBuilder s = new StringBuilder("# points by status:");
        for (ConformanceStatus status : ConformanceStatus.values()) {
            s.append(' ').append(status).append('=').append(statuses[status.ordinal()]);
        }
        System.out.println(s.append("; events: ").append(events));
    }
}
