package kz.utm.geofence;

import java.util.Arrays;

/**
 * Collects the entries of one {@link GridTile} while the zones are rastered into it: the
 * geometry of the tile's cells, and the (cell, zone, wholly inside) entries added so far.
 * Build-time only; not thread-safe (one builder per tile being built).
 */
final class TileBuilder {

    final int tileX;
    final int tileY;
    final int shift;
    private final int side;
    private final double west;
    private final double south;
    private final double cellSize;
    private int[] cells = new int[16];
    private int[] entries = new int[16];
    private int count;

    /**
     * @param tileX the tile's column: its west edge is at longitude {@code tileX - 180}
     * @param tileY the tile's row: its south edge is at latitude {@code tileY - 90}
     * @param shift the tile has {@code 2^shift} cells a side
     */
    TileBuilder(int tileX, int tileY, int shift) {
        this.tileX = tileX;
        this.tileY = tileY;
        this.shift = shift;
        this.side = 1 << shift;
        this.west = tileX - 180;
        this.south = tileY - 90;
        this.cellSize = 1.0 / side;
    }

    /** Whether the box, widened by the slack, meets the tile. */
    boolean meets(double minLon, double minLat, double maxLon, double maxLat) {
        return maxLon + CellRaster.SLACK >= west && minLon - CellRaster.SLACK <= west + 1
                && maxLat + CellRaster.SLACK >= south && minLat - CellRaster.SLACK <= south + 1;
    }

    /** The column holding the longitude, clamped to the tile. */
    int column(double lon) {
        return clamp(Math.floor((lon - west) * side));
    }

    /** The row holding the latitude, clamped to the tile. */
    int row(double lat) {
        return clamp(Math.floor((lat - south) * side));
    }

    /** The west edge of a column (exact: the tile's edges are whole degrees, cells powers of two). */
    double cellWest(int column) {
        return west + column * cellSize;
    }

    /** The south edge of a row. */
    double cellSouth(int row) {
        return south + row * cellSize;
    }

    double cellSize() {
        return cellSize;
    }

    /** Adds the zone to a cell; a zone is added to a cell at most once. */
    void add(int row, int column, int slot, boolean inside) {
        if (count == cells.length) {
            cells = Arrays.copyOf(cells, count * 2);
            entries = Arrays.copyOf(entries, count * 2);
        }
        cells[count] = (row << shift) | column;
        entries[count] = GridTile.entry(slot, inside);
        count++;
    }

    boolean isEmpty() {
        return count == 0;
    }

    int count() {
        return count;
    }

    int cell(int i) {
        return cells[i];
    }

    int entry(int i) {
        return entries[i];
    }

    /** Orders the entries by cell (stable, so each cell keeps its zones in the order added). */
    void sortByCell() {
        boolean sorted = true;
        for (int i = 1; i < count && sorted; i++) {
            sorted = cells[i - 1] <= cells[i];
        }
        if (sorted) {
            return;
        }
        long[] keyed = new long[count];
        for (int i = 0; i < count; i++) {
            keyed[i] = ((long) cells[i] << 32) | (i & 0xFFFF_FFFFL);
        }
        Arrays.sort(keyed);
        int[] c = new int[count];
        int[] e = new int[count];
        for (int i = 0; i < count; i++) {
            int from = (int) keyed[i];
            c[i] = cells[from];
            e[i] = entries[from];
        }
        cells = c;
        entries = e;
    }

    private int clamp(double index) {
        return index < 0 ? 0 : (index >= side ? side - 1 : (int) index);
    }
}
