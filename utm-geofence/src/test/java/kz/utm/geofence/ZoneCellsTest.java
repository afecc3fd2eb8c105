package kz.utm.geofence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;

/**
 * The contract of {@link CompiledZone#addTo} that the grid relies on, checked cell by cell: a
 * point in a cell the zone is listed in as wholly inside is inside it (distance 0 by the exact
 * test); a point in a cell of its extent where it is not listed is neither inside nor within the
 * warning distance. Random circles and polygons (the antimeridian, the polar caps and the
 * equator included), random warning distances and cell sizes; the points include every cell's
 * corners and points on its sides.
 */
class ZoneCellsTest {

    private static final int ZONES = 300;
    private static final int MAX_CELLS_PER_ZONE = 500;

    @Test
    void cellsListedWhollyInsideAreInsideAndCellsLeftOutHoldNothingNear() {
        long seed = RandomAirspace.seed();
        RandomAirspace airspace = new RandomAirspace(seed);
        SplittableRandom random = airspace.random();
        int whollyInside = 0;
        int leftOut = 0;
        int boundary = 0;
        for (int z = 0; z < ZONES; z++) {
            GeofenceSettings settings = new GeofenceSettings(
                    random.nextInt(3) == 0 ? 0 : random.nextDouble(0, 3_000), 0);
            ZoneGeometry geometry = random.nextBoolean() ? airspace.circleAnywhere()
                    : airspace.polygonNear(airspace.latitude(), airspace.longitude());
            RestrictedZone record = RandomAirspace.zone(1, geometry);
            CompiledZone zone = CompiledZone.of(record, settings);
            double[] e = zone.extents;
            for (int at = 0; at < e.length; at += 4) {
                int tx = ZoneGrid.tileColumn(e[at] + random.nextDouble() * (e[at + 2] - e[at]));
                int ty = ZoneGrid.tileRow(e[at + 1] + random.nextDouble() * (e[at + 3] - e[at + 1]));
                int shift = 4 + random.nextInt(7);
                // Coarser where the extent would span more than some 40,000 cells of the tile.
                while (shift > 2 && Math.min(1, e[at + 2] - e[at]) * Math.min(1, e[at + 3] - e[at + 1])
                        * (1L << (2 * shift)) > 40_000) {
                    shift--;
                }
                TileBuilder tile = new TileBuilder(tx, ty, shift);
                zone.addTo(tile, 7);
                Map<Integer, Boolean> listed = new HashMap<>();
                for (int i = 0; i < tile.count(); i++) {
                    assertThat(tile.entry(i) >>> 1).isEqualTo(7);
                    Boolean before = listed.put(tile.cell(i), (tile.entry(i) & 1) != 0);
                    assertThat(before).as("seed %d, zone %d: a cell listed twice", seed, z).isNull();
                }
                int c0 = tile.column(e[at]);
                int c1 = tile.column(e[at + 2]);
                int r0 = tile.row(e[at + 1]);
                int r1 = tile.row(e[at + 3]);
                long cells = (long) (c1 - c0 + 1) * (r1 - r0 + 1);
                double sample = Math.min(1, (double) MAX_CELLS_PER_ZONE / cells);
                for (int r = r0; r <= r1; r++) {
                    for (int c = c0; c <= c1; c++) {
                        if (random.nextDouble() >= sample) {
                            continue;
                        }
                        Boolean inside = listed.get((r << shift) | c);
                        if (inside != null && !inside) {
                            boundary++;
                            continue;
                        }
                        if (inside == null) {
                            leftOut++;
                        } else {
                            whollyInside++;
                        }
                        for (double[] p : pointsOf(tile, r, c, random)) {
                            double outside = zone.distanceOutside(p[1], p[0], false);
                            String where = String.format("seed %d, zone %d %s, warning %s, tile (%d, %d) shift %d cell"
                                    + " (%d, %d), point lon %s lat %s", seed, z, geometry, settings.warningHorizontalMetres(),
                                    tx, ty, shift, c, r, p[0], p[1]);
                            if (inside == null) {
                                assertThat(outside).as("%s: left out, yet inside or near", where)
                                        .isGreaterThan(settings.warningHorizontalMetres());
                            } else {
                                assertThat(outside).as("%s: wholly inside, yet outside", where).isZero();
                            }
                        }
                    }
                }
            }
        }
        // Every outcome must be exercised, or the test proves little.
        assertThat(whollyInside).as("seed %d: cells wholly inside", seed).isGreaterThan(100);
        assertThat(leftOut).as("seed %d: cells left out", seed).isGreaterThan(100);
        assertThat(boundary).as("seed %d: boundary cells", seed).isGreaterThan(100);
    }

    // The corners, a point on each side, the centre and a random point of the cell, clamped to
    // the earth.
    private static double[][] pointsOf(TileBuilder tile, int r, int c, SplittableRandom random) {
        double w = tile.cellWest(c);
        double east = tile.cellWest(c + 1);
        double s = tile.cellSouth(r);
        double n = tile.cellSouth(r + 1);
        double[][] points = {{w, s}, {east, s}, {w, n}, {east, n}, {(w + east) / 2, s}, {(w + east) / 2, n},
                {w, (s + n) / 2}, {east, (s + n) / 2}, {(w + east) / 2, (s + n) / 2},
                {w + random.nextDouble() * (east - w), s + random.nextDouble() * (n - s)}};
        for (double[] p : points) {
            p[0] = Math.max(-180, Math.min(180, p[0]));
            p[1] = Math.max(-90, Math.min(90, p[1]));
        }
        return points;
    }
}
