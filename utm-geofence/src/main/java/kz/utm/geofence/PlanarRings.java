package kz.utm.geofence;

/**
 * Exact predicates on polygon rings held as flat coordinate arrays, edges straight in
 * longitude/latitude.
 *
 * <p>A point on a ring (on an edge or a vertex) counts as inside the polygon: when in doubt,
 * the safe answer. Orientation is decided exactly ({@link Orientation}), so a point is never
 * misplaced by rounding. Stateless and thread-safe; nothing here allocates.
 */
final class PlanarRings {

    /** Where a point lies relative to a polygon. */
    static final int OUTSIDE = 0;
    static final int INSIDE = 1;
    static final int ON_BOUNDARY = 2;

    private PlanarRings() {
    }

    /**
     * Locates a point against a polygon with holes: its rings are {@code ringStarts[first]} to
     * {@code ringStarts[last + 1]} (exclusive) in {@code xs}/{@code ys}, each ring closed.
     *
     * @return {@link #INSIDE}, {@link #ON_BOUNDARY} or {@link #OUTSIDE}
     */
    static int locate(double x, double y, double[] xs, double[] ys, int[] ringStarts, int firstRing, int lastRing) {
        int crossings = 0;
        for (int ring = firstRing; ring <= lastRing; ring++) {
            int end = ringStarts[ring + 1] - 1;
            for (int i = ringStarts[ring]; i < end; i++) {
                int c = crossing(x, y, xs[i], ys[i], xs[i + 1], ys[i + 1]);
                if (c < 0) {
                    return ON_BOUNDARY;
                }
                crossings += c;
            }
        }
        // Even-odd over all rings: holes subtract themselves.
        return (crossings & 1) == 1 ? INSIDE : OUTSIDE;
    }

    /**
     * Locates a point using only the listed edges (each given by the index of its first vertex):
     * exact when they include every edge whose latitude range contains the point's latitude.
     *
     * @return {@link #INSIDE}, {@link #ON_BOUNDARY} or {@link #OUTSIDE}
     */
    static int locateAcross(double x, double y, double[] xs, double[] ys, int[] edges, int from, int to) {
        int crossings = 0;
        for (int e = from; e < to; e++) {
            int i = edges[e];
            int c = crossing(x, y, xs[i], ys[i], xs[i + 1], ys[i + 1]);
            if (c < 0) {
                return ON_BOUNDARY;
            }
            crossings += c;
        }
        return (crossings & 1) == 1 ? INSIDE : OUTSIDE;
    }

    /**
     * Whether the horizontal ray from (x, y) towards +x crosses the segment: 1 if it does, 0 if
     * not, -1 if the point is on the segment.
     */
    private static int crossing(double x, double y, double x1, double y1, double x2, double y2) {
        if (x1 < x && x2 < x) {
            return 0; // wholly to the left of the point
        }
        if (x == x2 && y == y2) {
            return -1; // on the vertex
        }
        if (y1 == y && y2 == y) {
            // A horizontal segment at the point's height: on it, or not counted.
            return x >= Math.min(x1, x2) && x <= Math.max(x1, x2) ? -1 : 0;
        }
        // Half-open in y, so a ray through a vertex counts the vertex once.
        if ((y1 > y && y2 <= y) || (y2 > y && y1 <= y)) {
            int orientation = Orientation.index(x1, y1, x2, y2, x, y);
            if (orientation == 0) {
                return -1;
            }
            if (y2 < y1) {
                orientation = -orientation;
            }
            return orientation > 0 ? 1 : 0;
        }
        return 0;
    }

    /**
     * The distance in metres from a point to the nearest edge of the rings, measured in the
     * local tangent plane at the point (metres per degree {@code kx} east, {@code ky} north):
     * accurate to a small fraction for the short distances warnings deal in.
     */
    static double distanceToEdges(double x, double y, double[] xs, double[] ys, int[] ringStarts, int firstRing,
            int lastRing, double kx, double ky) {
        double best = Double.POSITIVE_INFINITY;
        for (int ring = firstRing; ring <= lastRing; ring++) {
            int end = ringStarts[ring + 1] - 1;
            for (int i = ringStarts[ring]; i < end; i++) {
                double ax = (xs[i] - x) * kx;
                double ay = (ys[i] - y) * ky;
                double bx = (xs[i + 1] - x) * kx;
                double by = (ys[i + 1] - y) * ky;
                double d = segmentDistanceFromOriginSquared(ax, ay, bx, by);
                if (d < best) {
                    best = d;
                }
            }
        }
        return Math.sqrt(best);
    }

    private static double segmentDistanceFromOriginSquared(double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : -(ax * dx + ay * dy) / lengthSquared;
        if (t < 0) {
            t = 0;
        } else if (t > 1) {
            t = 1;
        }
        double px = ax + t * dx;
        double py = ay + t * dy;
        return px * px + py * py;
    }
}
