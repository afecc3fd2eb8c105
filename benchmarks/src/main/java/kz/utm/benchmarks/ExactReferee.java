package kz.utm.benchmarks;

import java.math.BigDecimal;
import java.util.List;

import kz.utm.core.common.GeoPoint;
import kz.utm.core.zone.ZoneGeometry;

/**
 * A third opinion when contenders disagree about a polygon: where the point lies, decided in
 * exact decimal arithmetic (every double is a finite decimal), edges straight in
 * longitude/latitude, the boundary inside. Slow; used only to explain a disagreement.
 */
final class ExactReferee {

    static final String INSIDE = "inside";
    static final String ON_BOUNDARY = "on the boundary";
    static final String OUTSIDE = "outside";

    private ExactReferee() {
    }

    static String locate(ZoneGeometry.Polygon polygon, double lat, double lon) {
        BigDecimal x = new BigDecimal(lon);
        BigDecimal y = new BigDecimal(lat);
        int crossings = 0;
        for (int r = -1; r < polygon.holes().size(); r++) {
            List<GeoPoint> ring = r < 0 ? polygon.shell() : polygon.holes().get(r);
            for (int i = 0; i + 1 < ring.size(); i++) {
                BigDecimal x1 = new BigDecimal(ring.get(i).longitude());
                BigDecimal y1 = new BigDecimal(ring.get(i).latitude());
                BigDecimal x2 = new BigDecimal(ring.get(i + 1).longitude());
                BigDecimal y2 = new BigDecimal(ring.get(i + 1).latitude());
                int side = x2.subtract(x1).multiply(y.subtract(y1)).subtract(y2.subtract(y1).multiply(x.subtract(x1)))
                        .signum();
                boolean withinX = x.compareTo(x1.min(x2)) >= 0 && x.compareTo(x1.max(x2)) <= 0;
                boolean withinY = y.compareTo(y1.min(y2)) >= 0 && y.compareTo(y1.max(y2)) <= 0;
                if (side == 0 && withinX && withinY) {
                    return ON_BOUNDARY;
                }
                // Half-open in y: the ray towards +x crosses the edge.
                boolean spans = (y1.compareTo(y) > 0) != (y2.compareTo(y) > 0);
                if (spans) {
                    // The crossing is right of the point when the point is on the edge's left
                    // for an upward edge, on its right for a downward one.
                    boolean upward = y2.compareTo(y1) > 0;
                    if (upward ? side > 0 : side < 0) {
                        crossings++;
                    }
                }
            }
        }
        return (crossings & 1) == 1 ? INSIDE : OUTSIDE;
    }
}
