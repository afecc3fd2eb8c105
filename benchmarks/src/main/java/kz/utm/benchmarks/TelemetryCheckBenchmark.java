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
import org.openjdk.jmh.infra.BenchmarkParams;

import kz.utm.core.zone.RestrictedZone;
import kz.utm.geofence.GeofenceSettings;
import kz.utm.geofence.ZoneHits;
import kz.utm.geofence.ZoneIndex;

/**
 * The telemetry-vs-zone hot path: one point against every zone, answering which zones it is
 * inside. All contenders in this one class, on one shared data set ({@link KazakhAirspace}):
 *
 * <ul>
 *   <li>{@link #utmKit}: UTM Kit's {@link ZoneIndex#check} with a reused {@link ZoneHits}; the
 *       index built with warning distances 0, since the contenders do not compute warnings;
 *   <li>{@link #jtsStrtreePrepared}, the baseline: JTS STRtree + PreparedGeometry.covers;
 *   <li>{@link #jtsHprtreeLocator}: JTS HPRtree + IndexedPointInAreaLocator;
 *   <li>{@link #bruteForce}: {@link ZoneIndex#checkExhaustively}, at 100 and 1,000 zones only.
 * </ul>
 *
 * <p>Before anything is timed, the setup checks that every contender finds the same zones for
 * every query point, and for 4,096 points on the zones' edges ({@link Agreement}); it fails the
 * trial otherwise. The brute force joins that check when it is the benchmark timed, and at 100
 * zones (elsewhere it would take minutes per fork). Query points come from a pre-generated array of 2^16, one per invocation,
 * in order (so that track points come in flight order).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx12g"})
public class TelemetryCheckBenchmark {

    private static final int MASK = KazakhAirspace.QUERY_POINTS - 1;
    private static final int BOUNDARY_POINTS = 4_096;
    private static final long BOUNDARY_SEED = 0x4B5A_4544_4745_0005L;
    /** The largest zone count the brute force is measured (and verified) at. */
    static final int BRUTE_FORCE_MAX_ZONES = 1_000;
    /** Up to this many zones the brute force joins every benchmark's agreement check. */
    static final int BRUTE_FORCE_ALWAYS_CHECKED_ZONES = 100;

    /** Zones in force. */
    @Param({"100", "1000", "10000", "100000"})
    public int zones;

    /** Polygon size: {@code mixed} (4-1,000 vertices), {@code large} (250-1,000), {@code jagged}. */
    @Param({"mixed", "large", "jagged"})
    public String polygons;

    /** Query points: {@code uniform} over Kazakhstan, or {@code tracks} in flight order. */
    @Param({"uniform", "tracks"})
    public String queries;

    private ZoneIndex index;
    private final ZoneHits hits = new ZoneHits();
    private JtsStrTreePrepared strtree;
    private JtsHprTreeLocator hpr;
    private final InsideHits jtsHits = new InsideHits();
    private double[] lat;
    private double[] lon;
    private double[] alt;
    private int next;

    @Setup
    public void setUp(BenchmarkParams params) {
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        // The brute force costs a full point-in-polygon test per zone: it joins the agreement
        // check where it is cheap (100 zones) and wherever it is timed itself.
        boolean bruteForce = method.equals("bruteForce") || zones <= BRUTE_FORCE_ALWAYS_CHECKED_ZONES;
        if (method.equals("bruteForce") && zones > BRUTE_FORCE_MAX_ZONES) {
            throw new IllegalStateException("the brute force is measured at up to " + BRUTE_FORCE_MAX_ZONES
                    + " zones only; run it with -p zones=100,1000");
        }
        Contenders c = Contenders.verified(zones, KazakhAirspace.PolygonSet.named(polygons), queries, bruteForce,
                BOUNDARY_POINTS, BOUNDARY_SEED);
        System.out.println("# data set: " + c.description());
        // Keep only what this benchmark times, so that the others' garbage does not weigh on it.
        index = c.index();
        strtree = method.equals("jtsStrtreePrepared") ? c.strtree() : null;
        hpr = method.equals("jtsHprtreeLocator") ? c.hpr() : null;
        lat = c.points().lat();
        lon = c.points().lon();
        alt = c.points().alt();
        next = 0;
    }

    @Benchmark
    public int utmKit() {
        int i = next;
        next = (i + 1) & MASK;
        return index.check(lat[i], lon[i], alt[i], hits);
    }

    @Benchmark
    public int jtsStrtreePrepared() {
        int i = next;
        next = (i + 1) & MASK;
        return strtree.check(lat[i], lon[i], alt[i], jtsHits);
    }

    @Benchmark
    public int jtsHprtreeLocator() {
        int i = next;
        next = (i + 1) & MASK;
        return hpr.check(lat[i], lon[i], alt[i], jtsHits);
    }

    @Benchmark
    public int bruteForce() {
        int i = next;
        next = (i + 1) & MASK;
        return index.checkExhaustively(lat[i], lon[i], alt[i], hits);
    }

    /** The zones, the contenders built over them, the query points, checked to agree. */
    record Contenders(List<RestrictedZone> zones, ZoneIndex index, JtsStrTreePrepared strtree,
            JtsHprTreeLocator hpr, KazakhAirspace.Points points, String description) {

        static Contenders verified(int zoneCount, KazakhAirspace.PolygonSet set, String queries, boolean bruteForce,
                int boundaryPoints, long boundarySeed) {
            long start = System.nanoTime();
            List<RestrictedZone> zones = KazakhAirspace.zones(zoneCount, set);
            ZoneIndex index = ZoneIndex.build(zones, new GeofenceSettings(0, 0));
            JtsStrTreePrepared strtree = JtsStrTreePrepared.build(zones).forceLocators();
            JtsHprTreeLocator hpr = JtsHprTreeLocator.build(zones);
            KazakhAirspace.Points points = KazakhAirspace.queryPoints(queries, zoneCount);
            Agreement.Outcome timed = Agreement.verify(zones, index, strtree, hpr, bruteForce, points);
            Agreement.Outcome edges = Agreement.verify(zones, index, strtree, hpr, bruteForce,
                    KazakhAirspace.boundaryPoints(zones, boundaryPoints, boundarySeed));
            long vertices = DataSetStats.vertices(zones);
            String description = String.format(java.util.Locale.ROOT,
                    "%d zones (%s polygons, %d vertices), %s points: %s%s; edge points: %s; set up in %.1f s",
                    zoneCount, set.name().toLowerCase(java.util.Locale.ROOT), vertices, queries, timed,
                    bruteForce ? " (brute force too)" : "", edges, (System.nanoTime() - start) / 1e9);
            return new Contenders(zones, index, strtree, hpr, points, description);
        }
    }
}
