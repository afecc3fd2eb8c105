package kz.utm.geofence;

import java.util.Arrays;

/**
 * One degree of longitude by one of latitude of the {@link ZoneGrid}: a square of
 * {@code 2^shift} by {@code 2^shift} cells, each listing the zones that may hold a point of it.
 *
 * <p>Most cells list nothing, and a point in one must be answered by one memory read: a bitmap
 * of the occupied cells (one bit a cell, small enough to stay in cache) says so. Only the
 * occupied cells have a list: their entries are one flat array in cell order, found by the
 * number of occupied cells before the point's (a count per 64 cells, plus a population count).
 * An entry is a zone's slot and one bit, set when the cell lies wholly inside the zone
 * horizontally, so that only its altitude band remains to check.
 *
 * <p>Immutable and thread-safe; finding a point's cell allocates nothing.
 */
final class GridTile {

    final int shift;
    private final int side;
    private final long[] occupied;
    // Per word of the bitmap, the occupied cells before it.
    private final int[] ranks;
    /** Per occupied cell, in cell order: where its entries start; one more than occupied cells. */
    final int[] starts;
    /** {@code slot << 1 | whollyInside}, grouped by cell. */
    final int[] entries;
    /** The slots of the zones with entries here, ascending. */
    final int[] zones;

    private GridTile(int shift, long[] occupied, int[] starts, int[] entries, int[] zones) {
        this.shift = shift;
        this.side = 1 << shift;
        this.occupied = occupied;
        this.starts = starts;
        this.entries = entries;
        this.zones = zones;
        ranks = new int[occupied.length];
        int before = 0;
        for (int w = 0; w < occupied.length; w++) {
            ranks[w] = before;
            before += Long.bitCount(occupied[w]);
        }
    }

    static int entry(int slot, boolean inside) {
        return (slot << 1) | (inside ? 1 : 0);
    }

    /** Fraction bits of the fixed-point positions {@link #occupiedCell} takes. */
    static final int FIXED_BITS = 20;
    /** One degree in fixed point. */
    static final double FIXED_ONE = 1 << FIXED_BITS;

    /**
     * The occupied cell holding the point, as an index into {@link #starts}, or -1 when its
     * cell lists nothing.
     *
     * @param x the point's longitude plus 180, in fixed point ({@link #FIXED_BITS} fraction
     *     bits), within this tile's column
     * @param y its latitude plus 90, in fixed point, within this tile's row
     */
    int occupiedCell(long x, long y) {
        int drop = FIXED_BITS - shift;
        int mask = side - 1;
        int cell = (((int) (y >>> drop) & mask) << shift) | ((int) (x >>> drop) & mask);
        long word = occupied[cell >>> 6];
        long bit = 1L << cell;
        if ((word & bit) == 0) {
            return -1;
        }
        return ranks[cell >>> 6] + Long.bitCount(word & (bit - 1));
    }

    /** The occupied cell at (row, column), as {@link #occupiedCell}. */
    int occupiedCellAt(int row, int column) {
        int cell = (row << shift) | column;
        long word = occupied[cell >>> 6];
        long bit = 1L << cell;
        return (word & bit) == 0 ? -1 : ranks[cell >>> 6] + Long.bitCount(word & (bit - 1));
    }

    int side() {
        return side;
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

    // Merges in cell order: the old tile's occupied cells (read off its bitmap) and the added
    // entries (sorted by cell).
    private static GridTile merge(GridTile old, int removedSlot, TileBuilder added, int[] zones) {
        added.sortByCell();
        int shift = added.shift;
        int cells = 1 << (2 * shift);
        long[] occupied = new long[Math.max(1, cells >>> 6)];
        int capacity = (old == null ? 0 : old.entries.length) + added.count();
        int[] entries = new int[capacity];
        int[] starts = new int[(old == null ? 0 : old.starts.length - 1) + added.count() + 1];
        int occupiedCount = 0;
        int written = 0;
        int a = 0;
        int oldRank = 0;
        int oldWord = 0;
        long oldBits = old == null ? 0 : old.occupied[0];
        int oldWords = old == null ? 0 : old.occupied.length;
        while (true) {
            // The next occupied cell of the old tile, in cell order.
            while (oldBits == 0 && oldWord + 1 < oldWords) {
                oldBits = old.occupied[++oldWord];
            }
            int oldCell = oldBits == 0 ? Integer.MAX_VALUE : (oldWord << 6) + Long.numberOfTrailingZeros(oldBits);
            int newCell = a < added.count() ? added.cell(a) : Integer.MAX_VALUE;
            int cell = Math.min(oldCell, newCell);
            if (cell == Integer.MAX_VALUE) {
                break;
            }
            int begin = written;
            if (oldCell == cell) {
                for (int e = old.starts[oldRank]; e < old.starts[oldRank + 1]; e++) {
                    if (old.entries[e] >>> 1 != removedSlot) {
                        entries[written++] = old.entries[e];
                    }
                }
                oldRank++;
                oldBits &= oldBits - 1;
            }
            while (a < added.count() && added.cell(a) == cell) {
                entries[written++] = added.entry(a++);
            }
            if (written > begin) {
                occupied[cell >>> 6] |= 1L << cell;
                starts[occupiedCount++] = begin;
            }
        }
        if (written == 0) {
            return null;
        }
        starts[occupiedCount] = written;
        return new GridTile(shift, occupied, Arrays.copyOf(starts, occupiedCount + 1),
                written == capacity ? entries : Arrays.copyOf(entries, written), zones);
    }

    /** Bytes of arrays held, for memory accounting. */
    long footprintBytes() {
        return 8L * occupied.length + 4L * (ranks.length + starts.length + entries.length + zones.length);
    }
}
