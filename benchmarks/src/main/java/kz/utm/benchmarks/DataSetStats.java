package kz.utm.benchmarks;

import java.util.List;

import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;

/** Counts over a data set, for the reports. */
final class DataSetStats {

    private DataSetStats() {
    }

    /** Polygon vertices over all rings, the closing repeat included, as stored. */
    static long vertices(List<RestrictedZone> zones) {
        long n = 0;
        for (RestrictedZone zone : zones) {
            if (zone.geometry() instanceof ZoneGeometry.Polygon p) {
                n += p.shell().size();
                for (List<?> hole : p.holes()) {
                    n += hole.size();
                }
            }
        }
        return n;
    }

    /** How many zones are circles. */
    static long circles(List<RestrictedZone> zones) {
        return zones.stream().filter(z -> z.geometry() instanceof ZoneGeometry.Circle).count();
    }
}
