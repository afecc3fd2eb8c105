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

import kz.utm.core.zone.RestrictedZone;
import kz.utm.geofence.GeofenceSettings;
import kz.utm.geofence.ZoneIndex;

/**
 * Building the index from the zones, as a geofence does on every zone change: UTM Kit's
 * {@link ZoneIndex#build} against the JTS contenders built from the same zones (geometries
 * created, polygons prepared, tree inserted and built). The JTS prepared polygons build their
 * locators lazily (paid by the first query per polygon); the HPRtree contender builds its
 * locators eagerly, as {@link JtsHprTreeLocator} is written. One build per invocation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 2, jvmArgsAppend = {"-Xms4g", "-Xmx12g"})
public class IndexBuildBenchmark {

    @Param({"100000"})
    public int zones;

    @Param({"mixed"})
    public String polygons;

    private List<RestrictedZone> data;

    @Setup
    public void setUp() {
        data = KazakhAirspace.zones(zones, KazakhAirspace.PolygonSet.named(polygons));
    }

    @Benchmark
    public ZoneIndex utmKit() {
        return ZoneIndex.build(data, GeofenceSettings.defaults());
    }

    @Benchmark
    public Object jtsStrtreePrepared() {
        return JtsStrTreePrepared.build(data).tree();
    }

    @Benchmark
    public Object jtsHprtreeLocator() {
        return JtsHprTreeLocator.build(data).tree();
    }
}
