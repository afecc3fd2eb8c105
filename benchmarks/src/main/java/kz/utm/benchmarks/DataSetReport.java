package kz.utm.benchmarks;

import java.util.List;
import java.util.Locale;

import kz.utm.core.zone.RestrictedZone;
import kz.utm.geofence.GeofenceSettings;
import kz.utm.geofence.ZoneHits;
import kz.utm.geofence.ZoneIndex;

/**
 * Prints what the frozen data sets look like: zones, circles, vertices, and the share of each
 * query set's points inside a zone. With {@code --verify}, also runs the full agreement check.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar kz.utm.benchmarks.DataSetReport [--verify] [zones...]</pre>
 */
public final class DataSetReport {

    private DataSetReport() {
    }

    public static void main(String[] args) {
        boolean verify = false;
        java.util.List<Integer> counts = new java.util.ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--verify")) {
                verify = true;
            } else {
                counts.add(Integer.parseInt(arg));
            }
        }
        if (counts.isEmpty()) {
            counts = List.of(100, 1_000, 10_000, 100_000);
        }
        for (int count : counts) {
            for (KazakhAirspace.PolygonSet set : KazakhAirspace.PolygonSet.values()) {
                long start = System.nanoTime();
                List<RestrictedZone> zones = KazakhAirspace.zones(count, set);
                ZoneIndex index = ZoneIndex.build(zones, new GeofenceSettings(0, 0));
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                        "%6d zones %-6s: %6d circles, %9d vertices (%.0f a polygon); built in %.1f s",
                        count, set.name().toLowerCase(Locale.ROOT), DataSetStats.circles(zones),
                        DataSetStats.vertices(zones),
                        (double) DataSetStats.vertices(zones) / (count - DataSetStats.circles(zones)),
                        (System.nanoTime() - start) / 1e9));
                for (String queries : List.of("uniform", "tracks")) {
                    KazakhAirspace.Points points = KazakhAirspace.queryPoints(queries, count);
                    if (verify) {
                        Agreement.Outcome outcome = Agreement.verify(zones, index, JtsStrTreePrepared.build(zones)
                                .forceLocators(), JtsHprTreeLocator.build(zones),
                                count <= TelemetryCheckBenchmark.BRUTE_FORCE_MAX_ZONES, points);
                        line.append("; ").append(queries).append(": ").append(outcome);
                    } else {
                        ZoneHits hits = new ZoneHits();
                        int inside = 0;
                        for (int i = 0; i < points.size(); i++) {
                            if (index.check(points.lat()[i], points.lon()[i], points.alt()[i], hits) > 0) {
                                inside++;
                            }
                        }
                        line.append(String.format(Locale.ROOT, "; %s %.2f%% inside", queries,
                                100.0 * inside / points.size()));
                    }
                }
                System.out.println(line);
            }
        }
    }
}
