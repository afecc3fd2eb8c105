package kz.utm.geofence;

import java.util.Arrays;

/**
 * A grid over one polygon's extent that answers most point-in-polygon questions without
 * looking at an edge, and the rest by looking only at the edges near the point's latitude.
 *
 * <p>Each cell is classified once, when the index is built: a cell that no edge comes near is
 * wholly inside or wholly outside, and its class is the answer for every point in it; the other
 * cells are boundary cells. Every grid row keeps the edges whose latitude range meets the row,
 * so a point in a boundary cell casts its ray across those edges only: the ray at the point's
 * latitude can cross no other. "Comes near" and "meets" are decided with a margin far larger
 * than rounding, so a cell is only ever classified when no edge could possibly touch it, and
 * the answers are exactly those of {@link PlanarRings#locate}. Immutable and thread-safe;
 * locating allocates nothing.
 */
final class PolygonGrid {

    private static final byte OUTSIDE = 0;
    private static final byte INSIDE = 1;
    private static final byte BOUNDARY = 2;
    private static final int MAX_SIDE = 64;

    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private final double cellWidth;
    private final double cellHeight;
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
        this.cellWidth = (maxX - minX) / columns;
        this.cellHeight = (maxY - minY) / rows;
        this.inverseWidth = columns / (maxX - minX);
        this.inverseHeight = rows / (maxY - minY);
        double slackX = 1e-9 * Math.max(1, Math.abs(minX) + Math.abs(maxX)) + 4 * Math.ulp(cellWidth);
        double slackY = 1e-9 * Math.max(1, Math.abs(minY) + Math.abs(maxY)) + 4 * Math.ulp(cellHeight);

        cells = new byte[columns * rows];
        int[][] perRow = new int[rows][];
        int[] perRowCount = new int[rows];
        for (int r = 0; r < rows; r++) {
            perRow[r] = new int[8];
        }
        for (int ring = firstRing; ring <= lastRing; ring++) {
            int end = ringStarts[ring + 1] - 1;
            for (int i = ringStarts[ring]; i < end; i++) {
                double x1 = xs[i];
                double y1 = ys[i];
                double x2 = xs[i + 1];
                double y2 = ys[i + 1];
                int rowFrom = clamp((int) Math.floor((Math.min(y1, y2) - slackY - minY) * inverseHeight), rows);
                int rowTo = clamp((int) Math.floor((Math.max(y1, y2) + slackY - minY) * inverseHeight), rows);
                int columnFrom = clamp((int) Math.floor((Math.min(x1, x2) - slackX - minX) * inverseWidth), columns);
                int columnTo = clamp((int) Math.floor((Math.max(x1, x2) + slackX - minX) * inverseWidth), columns);
                for (int r = rowFrom; r <= rowTo; r++) {
                    if (perRowCount[r] == perRow[r].length) {
                        perRow[r] = Arrays.copyOf(perRow[r], perRow[r].length * 2);
                    }
                    perRow[r][perRowCount[r]++] = i;
                    for (int c = columnFrom; c <= columnTo; c++) {
                        if (cells[r * columns + c] != BOUNDARY && segmentNearCell(x1, y1, x2, y2, c, r, slackX, slackY)) {
                            cells[r * columns + c] = BOUNDARY;
                        }
                    }
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int at = r * columns + c;
                if (cells[at] != BOUNDARY) {
                    // No edge comes near: the whole cell shares its centre's side.
                    double cx = minX + (c + 0.5) * cellWidth;
                    double cy = minY + (r + 0.5) * cellHeight;
                    int where = PlanarRings.locate(cx, cy, xs, ys, ringStarts, firstRing, lastRing);
                    cells[at] = where == PlanarRings.INSIDE ? INSIDE : OUTSIDE;
                }
            }
        }
        rowStarts = new int[rows + 1];
        int total = 0;
        for (int r = 0; r < rows; r++) {
            rowStarts[r] = total;
            total += perRowCount[r];
        }
        rowStarts[rows] = total;
        rowEdges = new int[total];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(perRow[r], 0, rowEdges, rowStarts[r], perRowCount[r]);
        }
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

    // Whether the segment, widened by the slack, meets the cell: boxes first, then whether the
    // cell's corners lie clearly on one side of the segment's line.
    private boolean segmentNearCell(double x1, double y1, double x2, double y2, int column, int row, double slackX,
            double slackY) {
        double left = minX + column * cellWidth - slackX;
        double right = minX + (column + 1) * cellWidth + slackX;
        double bottom = minY + row * cellHeight - slackY;
        double top = minY + (row + 1) * cellHeight + slackY;
        if (Math.max(x1, x2) < left || Math.min(x1, x2) > right || Math.max(y1, y2) < bottom
                || Math.min(y1, y2) > top) {
            return false;
        }
        double dx = x2 - x1;
        double dy = y2 - y1;
        double a = dx * (bottom - y1) - dy * (left - x1);
        double b = dx * (bottom - y1) - dy * (right - x1);
        double c = dx * (top - y1) - dy * (left - x1);
        double d = dx * (top - y1) - dy * (right - x1);
        // The slack already widens the cell far beyond rounding: clear separation is reliable.
        return !((a > 0 && b > 0 && c > 0 && d > 0) || (a < 0 && b < 0 && c < 0 && d < 0));
    }

    private static int clamp(int index, int size) {
        return index < 0 ? 0 : (index >= size ? size - 1 : index);
    }
}
