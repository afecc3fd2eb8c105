package kz.utm.benchmarks;

import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

import kz.utm.core.flightplan.AirspaceConflict;
import kz.utm.core.flightplan.Waypoint;
import kz.utm.geofence.GeofenceSettings;
import kz.utm.geofence.ZoneIndex;

/**
 * The route check a plan submission runs: {@link ZoneIndex#conflicts} for a 50-waypoint plan
 * (legs of 300 m to 3 km, so 15 to 150 km long), cycling through 1,024 pre-generated routes,
 * against the frozen zones, default warning distances. No JTS contender: its answers (altitude
 * linear along the leg, metric circles, entry points) are not JTS's to give.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx12g"})
public class RouteCheckBenchmark {

    private static final int ROUTES = 1_024;

    @Param({"10000", "100000"})
    public int zones;

    @Param({"mixed"})
    public String polygons;

    private ZoneIndex index;
    private List<List<Waypoint>> routes;
    private int next;

    @Setup
    public void setUp() {
        index = ZoneIndex.build(KazakhAirspace.zones(zones, KazakhAirspace.PolygonSet.named(polygons)),
                GeofenceSettings.defaults());
        routes = KazakhAirspace.routes(ROUTES);
        long conflicts = routes.stream().mapToLong(r -> index.conflicts(r).size()).sum();
        long withConflicts = routes.stream().filter(r -> !index.conflicts(r).isEmpty()).count();
        System.out.printf("# %d routes: %d with conflicts, %d conflicts%n", ROUTES, withConflicts, conflicts);
    }

    @Benchmark
    public List<AirspaceConflict> utmKit() {
        int i = next;
        next = (i + 1) & (ROUTES - 1);
        return index.conflicts(routes.get(i));
    }
}
