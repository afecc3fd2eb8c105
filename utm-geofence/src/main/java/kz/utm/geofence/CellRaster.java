package kz.utm.geofence;

/**
 * Classifies the cells of a rectangular grid against one polygon (rings in flat arrays, edges
 * straight in longitude/latitude): each cell is {@link #BOUNDARY} when some edge comes within
 * the reach of it, otherwise wholly {@link #INSIDE} or wholly {@link #OUTSIDE}.
 *
 * <p>"Comes within the reach" is decided on the cell widened by the reach plus a slack far
 * larger than rounding, so that a cell is only called inside or outside when no edge could
 * possibly touch it: with a reach of zero, every point of an inside cell is inside the polygon
 * and every point of an outside cell outside; with a reach of {@code (rx, ry)} degrees, every
 * point of an outside cell is also more than {@code rx} of longitude or {@code ry} of latitude
 * away from every edge. Cells that are not boundary cells are classified a run at a time: two
 * neighbouring cells that no edge comes near lie on the same side, so the crossings of the
 * row's centre line with the row's edges, counted once per row, classify every run. A reach is applied by
 * spreading the boundary cells by as many cells as it spans, so each edge is marked in the few
 * cells it passes through only.
 *
 * <p>Stateless and thread-safe; each call allocates its result and scratch arrays (this is
 * build-time work, never on the check path).
 */
final class CellRaster {

    static final byte OUTSIDE = 0;
    static final byte INSIDE = 1;
    static final byte BOUNDARY = 2;

    /** Widening, in degrees, of every cell and edge range: some 0.1 mm, far beyond rounding. */
    static final double SLACK = 1e-9;

    private CellRaster() {
    }

    /**
     * The cells of a grid and, per row, the edges whose latitude range (widened by the reach and
     * the slack) meets the row.
     *
     * @param cells the class of cell (column, row) at {@code row * columns + column}
     * @param rowStarts per row, where its edges start in {@code rowEdges}; one more than rows
     *     (null when classified with a reach)
     * @param rowEdges edges as the index of their first vertex in the coordinate arrays (null
     *     when classified with a reach)
     */
    record Result(byte[] cells, int[] rowStarts, int[] rowEdges) {
    }

    /**
     * Classifies the cells {@code [x0 + c * width, x0 + (c + 1) * width] x [y0 + r * height,
     * y0 + (r + 1) * height]} for {@code c < columns}, {@code r < rows}.
     *
     * @param ringStarts the rings {@code firstRing..lastRing} of the polygon, each closed, start
     *     at {@code ringStarts[ring]} and end before {@code ringStarts[ring + 1]}
     * @param reachX how far from an edge, in degrees of longitude, still counts as near it
     * @param reachY the same in degrees of latitude
     */
    static Result classify(double[] xs, double[] ys, int[] ringStarts, int firstRing, int lastRing, double x0,
            double y0, double width, double height, int columns, int rows, double reachX, double reachY) {
        if (reachX <= 0 && reachY <= 0) {
            return classify(xs, ys, ringStarts, firstRing, lastRing, x0, y0, width, height, columns, rows);
        }
        // Edges are marked in the cells they pass through, and the marks then spread by the
        // reach: marking every cell within reach of every edge would cost the square of the
        // reach in cells for each edge. The grid is widened by the reach first, so that edges
        // just outside it spread into it too.
        int kx = (int) Math.ceil((Math.max(0, reachX) + 4 * SLACK) / width);
        int ky = (int) Math.ceil((Math.max(0, reachY) + 4 * SLACK) / height);
        int wideColumns = columns + 2 * kx;
        int wideRows = rows + 2 * ky;
        Result wide = classify(xs, ys, ringStarts, firstRing, lastRing, x0 - kx * width, y0 - ky * height, width,
                height, wideColumns, wideRows);
        byte[] spread = spread(wide.cells(), wideColumns, wideRows, kx, ky);
        byte[] cells = new byte[columns * rows];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(spread, (r + ky) * wideColumns + kx, cells, r * columns, columns);
        }
        return new Result(cells, null, null);
    }

    /** {@link #classify(double[], double[], int[], int, int, double, double, double, double, int, int, double, double)} with no reach. */
    static Result classify(double[] xs, double[] ys, int[] ringStarts, int firstRing, int lastRing, double x0,
            double y0, double width, double height, int columns, int rows) {
        double padX = SLACK + 4 * Math.ulp(Math.abs(x0) + columns * width);
        double padY = SLACK + 4 * Math.ulp(Math.abs(y0) + rows * height);
        byte[] cells = new byte[columns * rows];
        int[] rowCounts = new int[rows + 1];
        double inverseWidth = 1 / width;
        double inverseHeight = 1 / height;
        // Two passes over the edges: count each row's edges, then place them, so that the rows'
        // lists are one flat array. Indices are found by multiplying with inverses: the pads
        // (the slack) are far wider than the rounding that this adds.
        for (int pass = 0; pass < 2; pass++) {
            int[] rowEdges = pass == 0 ? null : new int[rowCounts[rows]];
            int[] fill = pass == 0 ? null : new int[rows];
            for (int ring = firstRing; ring <= lastRing; ring++) {
                int end = ringStarts[ring + 1] - 1;
                for (int i = ringStarts[ring]; i < end; i++) {
                    double ax = xs[i];
                    double ay = ys[i];
                    double bx = xs[i + 1];
                    double by = ys[i + 1];
                    double low = Math.min(ay, by) - padY;
                    double high = Math.max(ay, by) + padY;
                    if (high < y0 || low > y0 + rows * height) {
                        continue; // no row's latitude band meets it
                    }
                    int rowFrom = clamp((int) Math.floor((low - y0) * inverseHeight), rows);
                    int rowTo = clamp((int) Math.floor((high - y0) * inverseHeight), rows);
                    if (pass == 1) {
                        for (int r = rowFrom; r <= rowTo; r++) {
                            rowEdges[rowCounts[r] + fill[r]++] = i;
                        }
                        continue;
                    }
                    for (int r = rowFrom; r <= rowTo; r++) {
                        rowCounts[r]++;
                    }
                    // An edge east of the grid still counts for the rays cast eastwards from it,
                    // but marks no cell.
                    double west = Math.min(ax, bx) - padX;
                    double east = Math.max(ax, bx) + padX;
                    if (east < x0 || west > x0 + columns * width) {
                        continue;
                    }
                    int columnFrom = clamp((int) Math.floor((west - x0) * inverseWidth), columns);
                    int columnTo = clamp((int) Math.floor((east - x0) * inverseWidth), columns);
                    if (rowFrom == rowTo && columnFrom == columnTo) {
                        // Most edges of a detailed outline lie within one cell, widened.
                        cells[rowFrom * columns + columnFrom] = BOUNDARY;
                        continue;
                    }
                    for (int r = rowFrom; r <= rowTo; r++) {
                        markRow(cells, ax, ay, bx, by, r, x0, y0, width, height, inverseWidth, columns, padX, padY);
                    }
                }
            }
            if (pass == 0) {
                // Counts become starts.
                int total = 0;
                for (int r = 0; r < rows; r++) {
                    int count = rowCounts[r];
                    rowCounts[r] = total;
                    total += count;
                }
                rowCounts[rows] = total;
            } else {
                classifyRuns(cells, xs, ys, rowCounts, rowEdges, x0, y0, width, height, columns, rows);
                return new Result(cells, rowCounts, rowEdges);
            }
        }
        throw new AssertionError("unreachable");
    }

    // Every cell within kx columns and ky rows of a boundary cell becomes a boundary cell: a
    // point within the reach of an edge lies within that many cells of the cell the edge's
    // point is in. Rows first, then columns, each a running count over a window.
    private static byte[] spread(byte[] cells, int columns, int rows, int kx, int ky) {
        byte[] across = new byte[cells.length];
        for (int r = 0; r < rows; r++) {
            // Two sweeps: the nearest boundary cell to the west, then to the east.
            int nearest = Integer.MIN_VALUE / 2;
            for (int c = 0; c < columns; c++) {
                if (cells[r * columns + c] == BOUNDARY) {
                    nearest = c;
                }
                across[r * columns + c] = c - nearest <= kx ? BOUNDARY : cells[r * columns + c];
            }
            nearest = Integer.MAX_VALUE / 2;
            for (int c = columns - 1; c >= 0; c--) {
                if (cells[r * columns + c] == BOUNDARY) {
                    nearest = c;
                }
                if (nearest - c <= kx) {
                    across[r * columns + c] = BOUNDARY;
                }
            }
        }
        byte[] out = across.clone();
        for (int c = 0; c < columns; c++) {
            int nearest = Integer.MIN_VALUE / 2;
            for (int r = 0; r < rows; r++) {
                if (across[r * columns + c] == BOUNDARY) {
                    nearest = r;
                }
                if (r - nearest <= ky) {
                    out[r * columns + c] = BOUNDARY;
                }
            }
            nearest = Integer.MAX_VALUE / 2;
            for (int r = rows - 1; r >= 0; r--) {
                if (across[r * columns + c] == BOUNDARY) {
                    nearest = r;
                }
                if (nearest - r <= ky) {
                    out[r * columns + c] = BOUNDARY;
                }
            }
        }
        return out;
    }

    // Marks the cells of row r that the edge, widened by the pads, meets: only the columns
    // spanned by the part of the edge within the row's latitude band are tried.
    private static void markRow(byte[] cells, double ax, double ay, double bx, double by, int r, double x0,
            double y0, double width, double height, double inverseWidth, int columns, double padX, double padY) {
        double bottom = y0 + r * height - padY;
        double top = y0 + (r + 1) * height + padY;
        double left;
        double right;
        if (ay == by) {
            left = Math.min(ax, bx);
            right = Math.max(ax, bx);
        } else {
            double ta = clampUnit((bottom - ay) / (by - ay));
            double tb = clampUnit((top - ay) / (by - ay));
            double xa = ax + ta * (bx - ax);
            double xb = ax + tb * (bx - ax);
            left = Math.max(Math.min(xa, xb), Math.min(ax, bx));
            right = Math.min(Math.max(xa, xb), Math.max(ax, bx));
        }
        int columnFrom = clamp((int) Math.floor((left - padX - SLACK - x0) * inverseWidth), columns);
        int columnTo = clamp((int) Math.floor((right + padX + SLACK - x0) * inverseWidth), columns);
        for (int c = columnFrom; c <= columnTo; c++) {
            int at = r * columns + c;
            if (cells[at] != BOUNDARY && segmentMeetsBox(ax, ay, bx, by, x0 + c * width - padX,
                    bottom, x0 + (c + 1) * width + padX, top)) {
                cells[at] = BOUNDARY;
            }
        }
    }

    // The cells of a run (no edge comes near them) share the side of their centres. Along the
    // line through a row's centres, the side changes only where an edge crosses that line, and
    // every such crossing lies in a boundary cell, well clear of any run's centre (by half a cell
    // at least, against rounding errors some 10^-13 degrees): so the parity of the crossings west
    // of a run's centre, computed in floating point, is exact.
    private static void classifyRuns(byte[] cells, double[] xs, double[] ys, int[] rowStarts, int[] rowEdges,
            double x0, double y0, double width, double height, int columns, int rows) {
        double[] crossings = new double[16];
        for (int r = 0; r < rows; r++) {
            double y = y0 + (r + 0.5) * height;
            int count = 0;
            for (int e = rowStarts[r]; e < rowStarts[r + 1]; e++) {
                int i = rowEdges[e];
                double ay = ys[i];
                double by = ys[i + 1];
                // Half-open in y, as in the point location, so a vertex on the line counts once.
                if ((ay > y) != (by > y)) {
                    if (count == crossings.length) {
                        crossings = java.util.Arrays.copyOf(crossings, count * 2);
                    }
                    crossings[count++] = xs[i] + (y - ay) * (xs[i + 1] - xs[i]) / (by - ay);
                }
            }
            java.util.Arrays.sort(crossings, 0, count);
            int west = 0;
            int c = 0;
            while (c < columns) {
                if (cells[r * columns + c] == BOUNDARY) {
                    c++;
                    continue;
                }
                double x = x0 + (c + 0.5) * width;
                while (west < count && crossings[west] < x) {
                    west++;
                }
                byte value = (west & 1) == 1 ? INSIDE : OUTSIDE;
                while (c < columns && cells[r * columns + c] != BOUNDARY) {
                    cells[r * columns + c] = value;
                    c++;
                }
            }
        }
    }

    /**
     * Whether the segment meets the box: their extents overlap and the box's corners are not
     * all strictly on one side of the segment's line. The callers' boxes are widened far beyond
     * rounding, so clear separation is reliable.
     */
    static boolean segmentMeetsBox(double ax, double ay, double bx, double by, double left, double bottom,
            double right, double top) {
        if (Math.max(ax, bx) < left || Math.min(ax, bx) > right || Math.max(ay, by) < bottom
                || Math.min(ay, by) > top) {
            return false;
        }
        double dx = bx - ax;
        double dy = by - ay;
        double p = dx * (bottom - ay) - dy * (left - ax);
        double q = dx * (bottom - ay) - dy * (right - ax);
        double s = dx * (top - ay) - dy * (left - ax);
        double t = dx * (top - ay) - dy * (right - ax);
        return !((p > 0 && q > 0 && s > 0 && t > 0) || (p < 0 && q < 0 && s < 0 && t < 0));
    }

    private static double clampUnit(double t) {
        return t < 0 ? 0 : (t > 1 ? 1 : t);
    }

    private static int clamp(int index, int size) {
        return index < 0 ? 0 : (index >= size ? size - 1 : index);
    }
}
