package kz.utm.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

import kz.utm.core.zone.RestrictedZone;
import kz.utm.geofence.GeofenceSettings;
import kz.utm.geofence.ZoneIndex;

/**
 * Retained memory of each contender's index over the frozen zones, measured with JOL
 * ({@code GraphLayout.parseInstance(...).totalSize()}): UTM Kit's {@link ZoneIndex}, and JTS's
 * STRtree with its prepared polygons, their point locators built (one {@code covers} each, which
 * also builds their segment intersection finders), and HPRtree with its point locators.
 *
 * <p>UTM Kit's index keeps the {@link RestrictedZone} records it was built from (for
 * {@code zones()} and the conflicts' names); the application holds those records anyway, so
 * they are reported apart: "own" is the index without them.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar kz.utm.benchmarks.MemoryFootprint [zones...] [--polygons mixed]</pre>
 */
public final class MemoryFootprint {

    private MemoryFootprint() {
    }

    public static void main(String[] args) {
        // Records' field offsets are not to be had from Unsafe: JOL then finds them its own way.
        System.setProperty("jol.magicFieldOffset", "true");
        List<Integer> counts = new ArrayList<>();
        String polygons = "mixed";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--polygons")) {
                polygons = args[++i];
            } else {
                counts.add(Integer.parseInt(args[i]));
            }
        }
        if (counts.isEmpty()) {
            counts = List.of(10_000);
        }
        System.out.println(VM.current().details());
        for (int count : counts) {
            List<RestrictedZone> zones = KazakhAirspace.zones(count, KazakhAirspace.PolygonSet.named(polygons));
            long vertices = DataSetStats.vertices(zones);
            ZoneIndex index = ZoneIndex.build(zones, GeofenceSettings.defaults());
            Object[] records = zones.toArray();
            long recordBytes = GraphLayout.parseInstance(records).totalSize() - VM.current().sizeOf(records);
            long utmTotal = GraphLayout.parseInstance(index).totalSize();
            long utmOwn = utmTotal - recordBytes;
            JtsStrTreePrepared strtree = JtsStrTreePrepared.build(zones).forceLocators();
            long strBytes = GraphLayout.parseInstance(strtree.tree()).totalSize();
            JtsHprTreeLocator hpr = JtsHprTreeLocator.build(zones);
            long hprBytes = GraphLayout.parseInstance(hpr.tree()).totalSize();
            System.out.printf(Locale.ROOT, "%d zones (%s), %d polygon vertices; the zone records alone: %s%n",
                    count, polygons, vertices, bytes(recordBytes, count, vertices));
            System.out.printf(Locale.ROOT, "  UTM Kit ZoneIndex, own:                 %s%n", bytes(utmOwn, count, vertices));
            System.out.printf(Locale.ROOT, "  UTM Kit ZoneIndex, with zone records:   %s%n", bytes(utmTotal, count, vertices));
            System.out.printf(Locale.ROOT, "  JTS STRtree + PreparedGeometry:         %s%n", bytes(strBytes, count, vertices));
            System.out.printf(Locale.ROOT, "  JTS HPRtree + IndexedPointInAreaLocator: %s%n", bytes(hprBytes, count, vertices));
            System.out.printf(Locale.ROOT, "  ratio JTS STRtree+PreparedGeometry / UTM Kit own: %.2f (with zone records: %.2f)%n",
                    (double) strBytes / utmOwn, (double) strBytes / utmTotal);
        }
    }

    private static String bytes(long total, int zones, long vertices) {
        return String.format(Locale.ROOT, "%,d bytes, %.0f a zone, %.1f a vertex", total, (double) total / zones,
                (double) total / vertices);
    }
}
