package kz.utm.benchmarks;

import java.util.List;
import java.util.Optional;
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
import org.openjdk.jmh.annotations.Warmup;

import kz.utm.core.common.Audit;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ZoneId;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.geofence.Geofence;
import kz.utm.geofence.GeofenceSettings;
import kz.utm.geofence.ZoneIndex;

/**
 * One zone changing in a large airspace, as a zone event does to a running geofence, to set
 * beside the full build ({@link IndexBuildBenchmark}): from one base snapshot of the frozen
 * zones, each invocation makes a new snapshot with one zone
 *
 * <ul>
 *   <li>{@link #change}: redefined (it takes the shape and band of another zone of the set, so
 *       that its old tiles lose it and its new ones gain it);
 *   <li>{@link #add}: added, a zone with a new id and the shape of one of the set;
 *   <li>{@link #remove}: removed;
 *   <li>{@link #putAndPublish}: redefined through {@link Geofence#putZone}, which also publishes
 *       the new snapshot (atomically, as readers see it), back and forth between two shapes.
 * </ul>
 *
 * <p>The zones changed are drawn from a fixed seed, 1,024 of them in turn.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms4g", "-Xmx12g"})
public class ZoneChangeBenchmark {

    private static final int CHANGES = 1_024;
    private static final Audit CREATED = Audit.createdAt(java.time.Instant.parse("2026-01-01T00:00:00Z"));

    @Param({"100000"})
    public int zones;

    @Param({"mixed"})
    public String polygons;

    private ZoneIndex base;
    private Geofence geofence;
    private RestrictedZone[] redefined;
    private RestrictedZone[] originals;
    private RestrictedZone[] added;
    private ZoneId[] removed;
    private int next;
    private boolean back;

    @Setup
    public void setUp() {
        List<RestrictedZone> data = KazakhAirspace.zones(zones, KazakhAirspace.PolygonSet.named(polygons));
        base = ZoneIndex.build(data, GeofenceSettings.defaults());
        geofence = Geofence.of(data, GeofenceSettings.defaults());
        SplittableRandom random = new SplittableRandom(0x5A4F_4E45_4348_0001L);
        redefined = new RestrictedZone[CHANGES];
        originals = new RestrictedZone[CHANGES];
        added = new RestrictedZone[CHANGES];
        removed = new ZoneId[CHANGES];
        for (int i = 0; i < CHANGES; i++) {
            RestrictedZone zone = data.get(random.nextInt(data.size()));
            RestrictedZone other = data.get(random.nextInt(data.size()));
            originals[i] = zone;
            redefined[i] = zone.withDefinition(zone.name(), Optional.empty(), other.geometry(), other.altitudeBand(),
                    CREATED.createdAt());
            added[i] = new RestrictedZone(ZoneId.of(zones + 1 + i), "added " + i, Optional.empty(), other.geometry(),
                    other.altitudeBand(), true, UserId.of(1), 0, CREATED);
            removed[i] = data.get(random.nextInt(data.size())).id();
        }
        next = 0;
    }

    private int nextChange() {
        int i = next;
        next = (i + 1) & (CHANGES - 1);
        return i;
    }

    @Benchmark
    public ZoneIndex change() {
        return base.with(redefined[nextChange()]);
    }

    @Benchmark
    public ZoneIndex add() {
        return base.with(added[nextChange()]);
    }

    @Benchmark
    public ZoneIndex remove() {
        return base.without(removed[nextChange()]);
    }

    @Benchmark
    public ZoneIndex putAndPublish() {
        int i = nextChange();
        if (i == 0) {
            back = !back;
        }
        geofence.putZone(back ? originals[i] : redefined[i]);
        return geofence.index();
    }
}
