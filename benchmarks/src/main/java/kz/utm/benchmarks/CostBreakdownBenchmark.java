package kz.utm.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
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

import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;
import kz.utm.geofence.ZoneHits;
import kz.utm.geofence.ZoneIndex;

/**
 * Where the time of a telemetry check goes, without a sampling profiler: the query points of a
 * workload split by how much exact testing they need. {@code none}: points whose location no
 * zone's extent covers, so the answer is the tree search alone; {@code candidates}: points
 * that reach at least one zone's exact test (altitude band, then circle or polygon). The setup
 * prints, per point, the extents hit, the exact tests that pass the band, and the polygon edges
 * UTM Kit's linear point-in-polygon scans for them. Diagnostic, not part of the quick suite.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx12g"})
public class CostBreakdownBenchmark {

    private static final int MASK = KazakhAirspace.QUERY_POINTS - 1;

    @Param({"10000"})
    public int zones;

    @Param({"mixed"})
    public String polygons;

    @Param({"uniform", "tracks"})
    public String queries;

    @Param({"none", "candidates"})
    public String subset;

    private ZoneIndex index;
    private final ZoneHits hits = new ZoneHits();
    private JtsStrTreePrepared strtree;
    private final InsideHits jtsHits = new InsideHits();
    private double[] lat;
    private double[] lon;
    private double[] alt;
    private int next;

    @Setup
    public void setUp() {
        TelemetryCheckBenchmark.Contenders c = TelemetryCheckBenchmark.Contenders.verified(zones,
                KazakhAirspace.PolygonSet.named(polygons), queries, zones <= 100, 0, 0);
        index = c.index();
        strtree = c.strtree();
        Work work = Work.of(c.zones(), c.points());
        System.out.println("# " + work);
        boolean wantCandidates = subset.equals("candidates");
        lat = new double[KazakhAirspace.QUERY_POINTS];
        lon = new double[KazakhAirspace.QUERY_POINTS];
        alt = new double[KazakhAirspace.QUERY_POINTS];
        int n = 0;
        for (int round = 0; n < lat.length; round++) {
            for (int i = 0; i < c.points().size() && n < lat.length; i++) {
                if ((work.extentsHit[i] > 0) == wantCandidates) {
                    lat[n] = c.points().lat()[i];
                    lon[n] = c.points().lon()[i];
                    alt[n] = c.points().alt()[i];
                    n++;
                }
            }
            if (round > 0 && n == 0) {
                throw new IllegalStateException("no point in subset " + subset);
            }
        }
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

    /** Per-point work counts: zone extents hit, exact tests past the band, polygon edges scanned. */
    static final class Work {
        final int[] extentsHit;
        final int points;
        long extents;
        long pastBand;
        long circleTests;
        long polygonTests;
        long edges;
        int withCandidates;

        private Work(int points) {
            this.points = points;
            this.extentsHit = new int[points];
        }

        static Work of(List<RestrictedZone> zones, KazakhAirspace.Points points) {
            STRtree tree = new STRtree();
            for (RestrictedZone zone : zones) {
                if (zone.geometry() instanceof ZoneGeometry.Circle circle) {
                    double[] e = new MetricCircle(circle.centre().latitude(), circle.centre().longitude(),
                            circle.radiusMetres()).extent();
                    tree.insert(new Envelope(e[0], e[2], e[1], e[3]), zone);
                } else {
                    tree.insert(JtsZones.polygon((ZoneGeometry.Polygon) zone.geometry()).getEnvelopeInternal(), zone);
                }
            }
            Work work = new Work(points.size());
            for (int i = 0; i < points.size(); i++) {
                double la = points.lat()[i];
                double lo = points.lon()[i];
                double al = points.alt()[i];
                int[] count = {0};
                tree.query(new Envelope(lo, lo, la, la), item -> {
                    RestrictedZone zone = (RestrictedZone) item;
                    count[0]++;
                    work.extents++;
                    if (!zone.altitudeBand().contains(al)) {
                        return;
                    }
                    work.pastBand++;
                    if (zone.geometry() instanceof ZoneGeometry.Polygon p) {
                        work.polygonTests++;
                        work.edges += p.shell().size() - 1;
                        for (List<?> hole : p.holes()) {
                            work.edges += hole.size() - 1;
                        }
                    } else {
                        work.circleTests++;
                    }
                });
                work.extentsHit[i] = count[0];
                if (count[0] > 0) {
                    work.withCandidates++;
                }
            }
            return work;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "work per point: %.1f%% of points hit a zone extent; per point %.3f "
                    + "extents hit, %.3f exact tests past the band (%.3f circles, %.3f polygons), %.1f polygon "
                    + "edges scanned by a linear point-in-polygon; per point with candidates %.2f extents, %.1f edges",
                    100.0 * withCandidates / points, (double) extents / points, (double) pastBand / points,
                    (double) circleTests / points, (double) polygonTests / points, (double) edges / points,
                    (double) extents / Math.max(1, withCandidates), (double) edges / Math.max(1, withCandidates));
        }
    }
}
