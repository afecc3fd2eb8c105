package kz.utm.geofence;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The zones in force, spread over a grid of the whole earth for point queries: one
 * {@link GridTile} per degree of longitude and latitude that some zone's extent meets, each cut
 * into cells as fine as its zones are many (16 to 1,024 a side). A point finds its tile and
 * cell with a few arithmetic operations and, in empty airspace, is answered by one bit; in an
 * occupied cell it tests only the zones listed there, and those whose cell lies wholly inside
 * them need no geometry at all.
 *
 * <p>A changed zone touches only the tiles its extents meet: {@link #replacing} copies the tile
 * array (64,800 references) and rebuilds those tiles from the old ones, sharing every other
 * tile with the grid before. Immutable and thread-safe; point queries allocate nothing.
 */
final class ZoneGrid {

    static final int COLUMNS = 360;
    static final int ROWS = 180;
    private static final int MIN_SHIFT = 2;
    private static final int PREFERRED_SHIFT = 6;
    // At most GridTile.FIXED_BITS: a check finds its cell by shifting a fixed-point position.
    private static final int MAX_SHIFT = 10;
    // A tile's cells are refined until about this many cells per zone in it...
    private static final int CELLS_PER_ZONE = 256;
    // ...unless its entries would exceed this many per zone (large zones in fine cells).
    private static final int ENTRIES_PER_ZONE = 256;

    private final GridTile[] tiles;

    private ZoneGrid(GridTile[] tiles) {
        this.tiles = tiles;
    }

    /**
     * The grid over the zones; null slots are skipped.
     */
    static ZoneGrid build(CompiledZone[] zones) {
        int tileCount = COLUMNS * ROWS;
        int[] counts = new int[tileCount + 1];
        double[] area = new double[tileCount];
        double[] span = new double[tileCount];
        for (int pass = 0; pass < 2; pass++) {
            int[] fill = pass == 0 ? null : new int[tileCount];
            int[] slots = pass == 0 ? null : new int[counts[tileCount]];
            for (int slot = 0; slot < zones.length; slot++) {
                CompiledZone zone = zones[slot];
                if (zone == null) {
                    continue;
                }
                double[] e = zone.extents;
                for (int at = 0; at < e.length; at += 4) {
                    int tx0 = tileColumn(e[at] - CellRaster.SLACK);
                    int tx1 = tileColumn(e[at + 2] + CellRaster.SLACK);
                    int ty0 = tileRow(e[at + 1] - CellRaster.SLACK);
                    int ty1 = tileRow(e[at + 3] + CellRaster.SLACK);
                    for (int ty = ty0; ty <= ty1; ty++) {
                        for (int tx = tx0; tx <= tx1; tx++) {
                            int t = ty * COLUMNS + tx;
                            if (pass == 0) {
                                counts[t]++;
                                double w = overlap(e[at], e[at + 2], tx - 180);
                                double h = overlap(e[at + 1], e[at + 3], ty - 90);
                                area[t] += w * h;
                                span[t] += w + h;
                            } else if (fill[t] == 0 || slots[counts[t] + fill[t] - 1] != slot) {
                                slots[counts[t] + fill[t]++] = slot;
                            }
                        }
                    }
                }
            }
            if (pass == 0) {
                int total = 0;
                for (int t = 0; t < tileCount; t++) {
                    int c = counts[t];
                    counts[t] = total;
                    total += c;
                }
                counts[tileCount] = total;
            } else {
                GridTile[] tiles = new GridTile[tileCount];
                int[] occupied = IntStream.range(0, tileCount).filter(t -> fill[t] > 0).toArray();
                // Tiles build independently: many are spread over the common fork-join pool.
                IntStream order = IntStream.range(0, occupied.length);
                (counts[tileCount] >= ZoneIndex.PARALLEL_ZONES ? order.parallel() : order).forEach(k -> {
                    int t = occupied[k];
                    int[] here = Arrays.copyOfRange(slots, counts[t], counts[t] + fill[t]);
                    TileBuilder builder = new TileBuilder(t % COLUMNS, t / COLUMNS, shift(here.length, area[t], span[t]));
                    for (int slot : here) {
                        zones[slot].addTo(builder, slot);
                    }
                    tiles[t] = GridTile.of(builder, here);
                });
                return new ZoneGrid(tiles);
            }
        }
        throw new AssertionError("unreachable");
    }

    /**
     * The grid after the zone in {@code slot} changed from {@code before} to {@code after}
     * (either null: added or removed); tiles neither meets are shared with this grid.
     */
    ZoneGrid replacing(int slot, CompiledZone before, CompiledZone after) {
        GridTile[] next = tiles.clone();
        boolean[] touched = new boolean[0];
        int[] list = new int[16];
        int listed = 0;
        for (CompiledZone zone : new CompiledZone[] {before, after}) {
            if (zone == null) {
                continue;
            }
            double[] e = zone.extents;
            for (int at = 0; at < e.length; at += 4) {
                for (int ty = tileRow(e[at + 1] - CellRaster.SLACK); ty <= tileRow(e[at + 3] + CellRaster.SLACK); ty++) {
                    for (int tx = tileColumn(e[at] - CellRaster.SLACK); tx <= tileColumn(e[at + 2] + CellRaster.SLACK);
                            tx++) {
                        int t = ty * COLUMNS + tx;
                        if (listed == list.length) {
                            list = Arrays.copyOf(list, listed * 2);
                        }
                        list[listed++] = t;
                    }
                }
            }
        }
        Arrays.sort(list, 0, listed);
        for (int i = 0; i < listed; i++) {
            int t = list[i];
            if (i > 0 && list[i - 1] == t) {
                continue;
            }
            GridTile old = tiles[t];
            int shift = old != null ? old.shift : shiftFor(after, t % COLUMNS, t / COLUMNS);
            TileBuilder builder = new TileBuilder(t % COLUMNS, t / COLUMNS, shift);
            if (after != null) {
                after.addTo(builder, slot);
            }
            next[t] = GridTile.replacing(old, slot, builder);
        }
        return new ZoneGrid(next);
    }

    /** The tiles, row by row, null where no zone is: not to be changed. */
    GridTile[] tiles() {
        return tiles;
    }

    /** The tile at (column, row) of the grid, or null where no zone is. */
    GridTile tile(int column, int row) {
        return tiles[row * COLUMNS + column];
    }

    /**
     * The slots of the zones that may hold a point of the box, without repeats, ascending: those
     * listed in the cells the box meets, or, where that is more cells than a tile has zones,
     * those of the tile whose extents meet the box.
     */
    int[] candidates(CompiledZone[] zones, double minLon, double minLat, double maxLon, double maxLat) {
        boolean[] seen = new boolean[zones.length];
        int[] out = new int[8];
        int count = 0;
        for (int ty = tileRow(minLat - CellRaster.SLACK); ty <= tileRow(maxLat + CellRaster.SLACK); ty++) {
            for (int tx = tileColumn(minLon - CellRaster.SLACK); tx <= tileColumn(maxLon + CellRaster.SLACK); tx++) {
                GridTile tile = tiles[ty * COLUMNS + tx];
                if (tile == null) {
                    continue;
                }
                TileBuilder geometry = new TileBuilder(tx, ty, tile.shift);
                int c0 = geometry.column(minLon - CellRaster.SLACK);
                int c1 = geometry.column(maxLon + CellRaster.SLACK);
                int r0 = geometry.row(minLat - CellRaster.SLACK);
                int r1 = geometry.row(maxLat + CellRaster.SLACK);
                if ((long) (c1 - c0 + 1) * (r1 - r0 + 1) <= 4L * tile.zones.length) {
                    for (int r = r0; r <= r1; r++) {
                        for (int c = c0; c <= c1; c++) {
                            int k = tile.occupiedCellAt(r, c);
                            if (k < 0) {
                                continue;
                            }
                            for (int i = 0, n = tile.entryCount(k); i < n; i++) {
                                int slot = tile.entry(k, i) >>> 1;
                                if (!seen[slot]) {
                                    seen[slot] = true;
                                    out = add(out, count++, slot);
                                }
                            }
                        }
                    }
                } else {
                    for (int slot : tile.zones) {
                        if (!seen[slot] && zones[slot].extentMeets(minLon - CellRaster.SLACK,
                                minLat - CellRaster.SLACK, maxLon + CellRaster.SLACK, maxLat + CellRaster.SLACK)) {
                            seen[slot] = true;
                            out = add(out, count++, slot);
                        }
                    }
                }
            }
        }
        out = Arrays.copyOf(out, count);
        Arrays.sort(out);
        return out;
    }

    /** Bytes of arrays held by the tiles and the tile array, for memory accounting. */
    long footprintBytes() {
        long bytes = 4L * tiles.length;
        for (GridTile tile : tiles) {
            bytes += tile == null ? 0 : tile.footprintBytes();
        }
        return bytes;
    }

    /** The tile column of a longitude, clamped to [0, 359]. */
    static int tileColumn(double lon) {
        double u = Math.floor(lon + 180);
        return u < 0 ? 0 : (u >= COLUMNS ? COLUMNS - 1 : (int) u);
    }

    /** The tile row of a latitude, clamped to [0, 179]. */
    static int tileRow(double lat) {
        double v = Math.floor(lat + 90);
        return v < 0 ? 0 : (v >= ROWS ? ROWS - 1 : (int) v);
    }

    // As fine as about CELLS_PER_ZONE cells per zone, and at least PREFERRED_SHIFT, within the
    // entries the zones' sizes allow (in cells: area * side^2 + 2 * span * side + 4 per zone,
    // the extents clipped to the tile): a tile that few large zones cover (the polar caps) gets
    // coarse cells.
    private static int shift(int zones, double area, double span) {
        int shift = PREFERRED_SHIFT;
        while (shift < MAX_SHIFT && (1L << (2 * shift)) < (long) CELLS_PER_ZONE * zones) {
            shift++;
        }
        while (shift > MIN_SHIFT) {
            double side = 1 << shift;
            if (area * side * side + 2 * span * side + 4.0 * zones <= ENTRIES_PER_ZONE * (zones + 1.0)) {
                break;
            }
            shift--;
        }
        return shift;
    }

    // The shift of a new tile holding only this zone (null: the tile stays empty anyway).
    private static int shiftFor(CompiledZone zone, int tx, int ty) {
        if (zone == null) {
            return MIN_SHIFT;
        }
        double area = 0;
        double span = 0;
        double[] e = zone.extents;
        for (int at = 0; at < e.length; at += 4) {
            double w = overlap(e[at], e[at + 2], tx - 180);
            double h = overlap(e[at + 1], e[at + 3], ty - 90);
            area += w * h;
            span += w + h;
        }
        return shift(1, area, span);
    }

    private static double overlap(double min, double max, double tileMin) {
        return Math.max(0, Math.min(max, tileMin + 1) - Math.max(min, tileMin));
    }

    private static int[] add(int[] out, int at, int slot) {
        int[] grown = at == out.length ? Arrays.copyOf(out, at * 2) : out;
        grown[at] = slot;
        return grown;
    }
}
