package kz.utm.geofence;

/**
 * A grid over one polygon's extent that answers most point-in-polygon questions without
 * looking at an edge, and the rest by looking only at the edges near the point's latitude.
 *
 * <p>Each cell is classified once, when the index is built ({@link CellRaster}, in time about
 * proportional to the cells and edges, not their product): a cell that no edge comes near is
 * wholly inside or wholly outside, and its class is the answer for every point in it; the other
 * cells are boundary cells. Every grid row keeps the edges whose latitude range meets the row,
 * so a point in a boundary cell casts its ray across those edges only: the ray at the point's
 * latitude can cross no other. "Comes near" and "meets" are decided with a margin far larger
 * than rounding, so a cell is only ever classified when no edge could possibly touch it, and
 * the answers are exactly those of {@link PlanarRings#locate}. The side grows with the square
 * root of the vertex count, so the grid costs memory in proportion to the polygon. Immutable and
 * thread-safe; locating allocates nothing.
 */
final class PolygonGrid {

    private static final byte OUTSIDE = CellRaster.OUTSIDE;
    private static final byte INSIDE = CellRaster.INSIDE;
    private static final int MAX_SIDE = 64;

    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private final double inverseWidth;
    private final double inverseHeight;
    private final int columns;
    private final int rows;
    private final byte[] cells;
    private final int[] rowStarts;
    // Per row, the edges meeting it, as the index of each edge's first vertex in xs/ys.
    private final int[] rowEdges;

    private PolygonGrid(double minX, double minY, double maxX, double maxY, int columns, int rows, double[] xs,
            double[] ys, int[] ringStarts, int firstRing, int lastRing) {
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
        this.columns = columns;
        this.rows = rows;
        this.inverseWidth = columns / (maxX - minX);
        this.inverseHeight = rows / (maxY - minY);
        CellRaster.Result raster = CellRaster.classify(xs, ys, ringStarts, firstRing, lastRing, minX, minY,
                (maxX - minX) / columns, (maxY - minY) / rows, columns, rows, 0, 0);
        cells = raster.cells();
        rowStarts = raster.rowStarts();
        rowEdges = raster.rowEdges();
    }

    /**
     * A grid for the polygon, or null when it has too few vertices to gain from one.
     *
     * @param vertices the number of vertices of all its rings
     */
    static PolygonGrid over(double[] xs, double[] ys, int[] ringStarts, int firstRing, int lastRing, int vertices) {
        if (vertices < 24) {
            return null;
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = ringStarts[firstRing]; i < ringStarts[firstRing + 1]; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        if (!(maxX > minX && maxY > minY)) {
            return null;
        }
        int side = (int) Math.min(MAX_SIDE, Math.max(4, Math.ceil(2 * Math.sqrt(vertices))));
        return new PolygonGrid(minX, minY, maxX, maxY, side, side, xs, ys, ringStarts, firstRing, lastRing);
    }

    /**
     * Locates the point as {@link PlanarRings#locate} does.
     *
     * @return {@link PlanarRings#INSIDE}, {@link PlanarRings#ON_BOUNDARY} or {@link PlanarRings#OUTSIDE}
     */
    int locate(double x, double y, double[] xs, double[] ys) {
        if (!(x >= minX && y >= minY && x <= maxX && y <= maxY)) {
            return PlanarRings.OUTSIDE; // beyond the shell's extent (NaN included)
        }
        int column = Math.min((int) ((x - minX) * inverseWidth), columns - 1);
        int row = Math.min((int) ((y - minY) * inverseHeight), rows - 1);
        byte cell = cells[row * columns + column];
        if (cell == INSIDE) {
            return PlanarRings.INSIDE;
        }
        if (cell == OUTSIDE) {
            return PlanarRings.OUTSIDE;
        }
        return PlanarRings.locateAcross(x, y, xs, ys, rowEdges, rowStarts[row], rowStarts[row + 1]);
    }

    /** How many bytes of arrays the grid holds, for memory accounting. */
    long footprintBytes() {
        return cells.length + 4L * rowStarts.length + 4L * rowEdges.length;
    }
}
