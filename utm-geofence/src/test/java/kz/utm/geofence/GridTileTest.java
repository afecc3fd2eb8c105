package kz.utm.geofence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * {@link GridTile}'s packed layout against a plain map of cell to entries: every cell of random
 * tiles, at every shift, reads back exactly the entries added to it, in the order added, through
 * both the (row, column) and the fixed-point look-ups; and a tile after one zone changed reads
 * back the old entries less that zone's plus its new ones.
 */
class GridTileTest {

    @Test
    void everyCellReadsBackItsEntriesInOrder() {
        long seed = RandomAirspace.seed();
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 200; round++) {
            int shift = 2 + random.nextInt(7);
            TreeMap<Integer, List<Integer>> expected = new TreeMap<>();
            TileBuilder builder = randomEntries(random, shift, -1, expected);
            int[] zones = expected.values().stream().flatMap(List::stream).mapToInt(e -> e >>> 1).distinct()
                    .sorted().toArray();
            GridTile tile = GridTile.of(builder, zones);
            if (expected.isEmpty()) {
                assertThat(tile).as("seed %d round %d: a tile of no entries", seed, round).isNull();
            } else {
                assertMatches(tile, expected, "seed " + seed + " round " + round);
            }
        }
    }

    @Test
    void replacingOneZoneKeepsTheOthersEntries() {
        long seed = RandomAirspace.seed();
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 200; round++) {
            int shift = 2 + random.nextInt(7);
            TreeMap<Integer, List<Integer>> before = new TreeMap<>();
            TileBuilder builder = randomEntries(random, shift, -1, before);
            GridTile old = GridTile.of(builder, new int[0]); // null when nothing was added
            int changed = random.nextInt(8);
            // Expected: the old entries without the changed zone's, then its new entries (a merge
            // puts the old tile's entries of a cell first).
            TreeMap<Integer, List<Integer>> after = new TreeMap<>();
            before.forEach((cell, entries) -> {
                List<Integer> kept = new ArrayList<>(entries.stream().filter(e -> e >>> 1 != changed).toList());
                if (!kept.isEmpty()) {
                    after.put(cell, kept);
                }
            });
            TileBuilder added = random.nextInt(4) == 0 ? new TileBuilder(0, 0, shift)
                    : randomEntries(random, shift, changed, after);
            GridTile tile = GridTile.replacing(old, changed, added);
            String what = "seed " + seed + " round " + round;
            if (after.isEmpty()) {
                assertThat(tile).as(what).isNull();
            } else {
                assertMatches(tile, after, what);
            }
        }
    }

    // Random entries for zones 0 to 7 (only `onlySlot` if >= 0), each zone at most once a cell,
    // recorded in `expected` in the order added.
    private static TileBuilder randomEntries(SplittableRandom random, int shift, int onlySlot,
            TreeMap<Integer, List<Integer>> expected) {
        TileBuilder builder = new TileBuilder(0, 0, shift);
        int side = 1 << shift;
        int count = random.nextInt(1 + Math.min(400, side * side));
        boolean[][] used = new boolean[side * side][8];
        for (int i = 0; i < count; i++) {
            int row = random.nextInt(side);
            int column = random.nextInt(side);
            int slot = onlySlot >= 0 ? onlySlot : random.nextInt(8);
            int cell = (row << shift) | column;
            if (used[cell][slot]) {
                continue;
            }
            used[cell][slot] = true;
            boolean inside = random.nextBoolean();
            builder.add(row, column, slot, inside);
            expected.computeIfAbsent(cell, c -> new ArrayList<>()).add(GridTile.entry(slot, inside));
        }
        return builder;
    }

    private static void assertMatches(GridTile tile, TreeMap<Integer, List<Integer>> expected, String what) {
        int side = tile.side();
        int rank = 0;
        for (int row = 0; row < side; row++) {
            for (int column = 0; column < side; column++) {
                int cell = (row << tile.shift) | column;
                int k = tile.occupiedCellAt(row, column);
                // The fixed-point position of the cell's centre finds the same cell.
                long x = ((long) column << (GridTile.FIXED_BITS - tile.shift)) + (1L << (GridTile.FIXED_BITS - tile.shift - 1));
                long y = ((long) row << (GridTile.FIXED_BITS - tile.shift)) + (1L << (GridTile.FIXED_BITS - tile.shift - 1));
                assertThat(tile.occupiedCell(x, y)).as(what).isEqualTo(k);
                List<Integer> want = expected.get(cell);
                if (want == null) {
                    assertThat(k).as("%s: cell %d is empty", what, cell).isEqualTo(-1);
                    continue;
                }
                assertThat(k).as("%s: rank of cell %d", what, cell).isEqualTo(rank++);
                List<Integer> got = new ArrayList<>();
                for (int i = 0; i < tile.entryCount(k); i++) {
                    got.add(tile.entry(k, i));
                }
                assertThat(got).as("%s: entries of cell %d", what, cell).isEqualTo(want);
            }
        }
    }
}
