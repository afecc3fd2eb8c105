package kz.utm.geofence;

import java.util.Arrays;

/**
 * One degree of longitude by one of latitude of the {@link ZoneGrid}: a square of
 * {@code 2^shift} by {@code 2^shift} cells, each listing the zones that may hold a point of it.
 *
 * <p>Most cells list nothing, and a point in one must be answered by one memory read. The tile
 * is one flat {@code long} array, {@link #cells}, laid out for that read and the next:
 *
 * <ul>
 *   <li>first, the occupancy: one bit a cell, 64 cells a word, in cell order ({@link #words}
 *       words), so that a cache line answers for 512 cells of empty airspace;
 *   <li>then, per word, how many occupied cells come before it (its rank base), two to a long:
 *       only a point in an occupied cell reads it, to find the cell's rank among the occupied;
 *   <li>then, from {@link #values} on, one value per occupied cell, by rank: the cell's one entry
 *       where it has one (most have), a value {@code >= 0}; or {@code -(at + 1)} where it has
 *       several, {@code at} pointing further along the array to their count followed by the
 *       entries;
 *   <li>then those lists.
 * </ul>
 *
 * <p>An entry is a zone's slot and one bit, set when the cell lies wholly inside the zone
 * horizontally, so that only its altitude band remains to check.
 *
 * <p>Immutable and thread-safe; finding a point's cell allocates nothing.
 */
final class GridTile {

    /** Fraction bits of the fixed-point positions {@link #occupiedCell} takes. */
    static final int FIXED_BITS = 20;
    /** One degree in fixed point. */
    static final double FIXED_ONE = 1 << FIXED_BITS;

    final int shift;
    /** The words, their ranks, a value per occupied cell, the lists of cells with several entries. */
    final long[] cells;
    /** How many words the occupancy takes: where the ranks begin. */
    final int words;
    /** Where the values per occupied cell begin. */
    final int values;
    /** The slots of the zones with entries here, ascending. */
    final int[] zones;

    private GridTile(int shift, long[] cells, int[] zones) {
        this.shift = shift;
        this.cells = cells;
        this.words = words(shift);
        this.values = values(shift);
        this.zones = zones;
    }

    /** How many 64-bit words of occupancy a tile of this shift has. */
    static int words(int shift) {
        return shift >= 3 ? 1 << (2 * shift - 6) : 1;
    }

    /** Where the values per occupied cell begin: after the words and their ranks, two a long. */
    static int values(int shift) {
        int words = words(shift);
        return words + ((words + 1) >>> 1);
    }

    /** How many occupied cells come before word {@code w} of a tile of that many words. */
    static int rank(long[] cells, int words, int w) {
        return (int) (cells[words + (w >>> 1)] >>> ((w & 1) << 5));
    }

    static int entry(int slot, boolean inside) {
        return (slot << 1) | (inside ? 1 : 0);
    }

    /**
     * The rank of the occupied cell holding the point among the tile's occupied cells, or -1
     * when its cell lists nothing. (The check path reads {@link #cells} itself, the same way.)
     *
     * @param x the point's longitude plus 180, in fixed point ({@link #FIXED_BITS} fraction
     *     bits), within this tile's column
     * @param y its latitude plus 90, in fixed point, within this tile's row
     */
    int occupiedCell(long x, long y) {
        int drop = FIXED_BITS - shift;
        int mask = (1 << shift) - 1;
        return occupiedCellAt((int) (y >>> drop) & mask, (int) (x >>> drop) & mask);
    }

    /** The rank of the occupied cell at (row, column), as {@link #occupiedCell}. */
    int occupiedCellAt(int row, int column) {
        int cell = (row << shift) | column;
        long word = cells[cell >>> 6];
        long bit = 1L << cell;
        return (word & bit) == 0 ? -1 : rank(cells, words, cell >>> 6) + Long.bitCount(word & (bit - 1));
    }

    /** How many entries the occupied cell of this rank has. */
    int entryCount(int rank) {
        long value = cells[values + rank];
        return value >= 0 ? 1 : (int) cells[(int) (-value - 1)];
    }

    /** The i-th entry of the occupied cell of this rank. */
    int entry(int rank, int i) {
        long value = cells[values + rank];
        return value >= 0 ? (int) value : (int) cells[(int) (-value - 1) + 1 + i];
    }

    int side() {
        return 1 << shift;
    }

    /**
     * A tile of the builder's entries alone (a full build), or null if it has none.
     *
     * @param zones the slots of the zones rastered into the builder, ascending
     */
    static GridTile of(TileBuilder built, int[] zones) {
        return merge(null, -1, built, zones);
    }

    /**
     * The tile after one zone changed: this tile's entries, less those of {@code slot}, plus
     * the builder's (that zone's new entries, if any), in time proportional to the tile's size.
     * Null if nothing is left.
     *
     * @param old the tile before, or null
     * @param added the zone's entries, at the same shift as {@code old}
     */
    static GridTile replacing(GridTile old, int slot, TileBuilder added) {
        int[] before = old == null ? new int[0] : old.zones;
        int at = Arrays.binarySearch(before, slot);
        int[] zones;
        if (added.isEmpty()) {
            zones = at < 0 ? before : remove(before, at);
        } else {
            zones = at >= 0 ? before : insert(before, -at - 1, slot);
        }
        return merge(old, slot, added, zones);
    }

    private static int[] remove(int[] slots, int at) {
        int[] out = new int[slots.length - 1];
        System.arraycopy(slots, 0, out, 0, at);
        System.arraycopy(slots, at + 1, out, at, out.length - at);
        return out;
    }

    private static int[] insert(int[] slots, int at, int slot) {
        int[] out = new int[slots.length + 1];
        System.arraycopy(slots, 0, out, 0, at);
        out[at] = slot;
        System.arraycopy(slots, at, out, at + 1, slots.length - at);
        return out;
    }

    // Merges in cell order: the old tile's occupied cells (read off its words) and the added
    // entries (sorted by cell); then packs the result.
    private static GridTile merge(GridTile old, int removedSlot, TileBuilder added, int[] zones) {
        added.sortByCell();
        int shift = added.shift;
        int oldEntries = 0;
        int oldOccupied = 0;
        if (old != null) {
            oldOccupied = occupiedCount(old);
            for (int k = 0; k < oldOccupied; k++) {
                oldEntries += old.entryCount(k);
            }
        }
        int capacity = oldEntries + added.count();
        int[] cellOf = new int[oldOccupied + added.count()];
        int[] starts = new int[cellOf.length + 1];
        int[] entries = new int[capacity];
        int occupiedCount = 0;
        int written = 0;
        int a = 0;
        int oldRank = 0;
        int oldWord = 0;
        int oldWords = old == null ? 0 : old.words;
        long oldBits = old == null ? 0 : old.cells[0];
        while (true) {
            // The next occupied cell of the old tile, in cell order.
            while (oldBits == 0 && oldWord + 1 < oldWords) {
                oldBits = old.cells[++oldWord];
            }
            int oldCell = oldBits == 0 ? Integer.MAX_VALUE : (oldWord << 6) + Long.numberOfTrailingZeros(oldBits);
            int newCell = a < added.count() ? added.cell(a) : Integer.MAX_VALUE;
            int cell = Math.min(oldCell, newCell);
            if (cell == Integer.MAX_VALUE) {
                break;
            }
            int begin = written;
            if (oldCell == cell) {
                for (int i = 0, n = old.entryCount(oldRank); i < n; i++) {
                    int entry = old.entry(oldRank, i);
                    if (entry >>> 1 != removedSlot) {
                        entries[written++] = entry;
                    }
                }
                oldRank++;
                oldBits &= oldBits - 1;
            }
            while (a < added.count() && added.cell(a) == cell) {
                entries[written++] = added.entry(a++);
            }
            if (written > begin) {
                cellOf[occupiedCount] = cell;
                starts[occupiedCount++] = begin;
            }
        }
        if (written == 0) {
            return null;
        }
        starts[occupiedCount] = written;
        return new GridTile(shift, pack(shift, cellOf, starts, entries, occupiedCount), zones);
    }

    private static int occupiedCount(GridTile tile) {
        return rank(tile.cells, tile.words, tile.words - 1) + Long.bitCount(tile.cells[tile.words - 1]);
    }

    // The layout of the class comment, from the occupied cells (ascending) and their entries.
    private static long[] pack(int shift, int[] cellOf, int[] starts, int[] entries, int occupied) {
        int words = words(shift);
        int lists = 0;
        for (int k = 0; k < occupied; k++) {
            int n = starts[k + 1] - starts[k];
            lists += n > 1 ? n + 1 : 0;
        }
        int values = values(shift);
        long[] cells = new long[values + occupied + lists];
        for (int k = 0; k < occupied; k++) {
            cells[cellOf[k] >>> 6] |= 1L << cellOf[k];
        }
        long before = 0;
        for (int w = 0; w < words; w++) {
            cells[words + (w >>> 1)] |= before << ((w & 1) << 5);
            before += Long.bitCount(cells[w]);
        }
        int at = values + occupied;
        for (int k = 0; k < occupied; k++) {
            int n = starts[k + 1] - starts[k];
            if (n == 1) {
                cells[values + k] = entries[starts[k]];
            } else {
                cells[values + k] = -(long) at - 1;
                cells[at++] = n;
                for (int e = starts[k]; e < starts[k + 1]; e++) {
                    cells[at++] = entries[e];
                }
            }
        }
        return cells;
    }

    /** Bytes of arrays held, for memory accounting. */
    long footprintBytes() {
        return 8L * cells.length + 4L * zones.length;
    }
}
