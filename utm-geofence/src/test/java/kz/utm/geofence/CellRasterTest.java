package kz.utm.geofence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * {@link CellRaster} against the full edge scan: on random jagged polygons with holes and random
 * grids over and around them, with and without a reach, every point of an inside cell is
 * inside, every point of an outside cell is outside and, with a reach, no edge comes within the
 * reach of it. The points include each cell's corners and sides.
 */
class CellRasterTest {

    @Test
    void insideAndOutsideCellsAgreeWithTheEdgeScanAndKeepTheirDistance() {
        long seed = RandomAirspace.seed();
        SplittableRandom random = new SplittableRandom(seed);
        int inside = 0;
        int outside = 0;
        // At least 100 polygons, and more until both kinds of cell have been checked some
        // hundreds of times: how many a polygon yields varies widely from seed to seed.
        for (int polygon = 0; polygon < 100 || (Math.min(inside, outside) <= 500 && polygon < 2_000); polygon++) {
            int vertices = 4 + random.nextInt(random.nextBoolean() ? 30 : 600);
            double cx = random.nextDouble(-170, 170);
            double cy = random.nextDouble(-80, 80);
            double size = random.nextDouble(0.001, 1);
            double[] shell = star(random, cx, cy, size, vertices, random.nextDouble(0, 0.7));
            double[] hole = star(random, cx, cy, size * 0.2, 4 + random.nextInt(30), 0.1);
            boolean withHole = random.nextBoolean();
            double[] xs = new double[shell.length / 2 + (withHole ? hole.length / 2 : 0)];
            double[] ys = new double[xs.length];
            int[] starts = withHole ? new int[] {0, shell.length / 2, xs.length} : new int[] {0, xs.length};
            for (int i = 0; i < xs.length; i++) {
                double[] ring = i < shell.length / 2 ? shell : hole;
                int at = i < shell.length / 2 ? i : i - shell.length / 2;
                xs[i] = ring[2 * at];
                ys[i] = ring[2 * at + 1];
            }
            int last = starts.length - 2;
            int columns = 1 + random.nextInt(40);
            int rows = 1 + random.nextInt(40);
            double cell = size * random.nextDouble(0.01, 0.5);
            double x0 = cx - size * random.nextDouble(0, 1.3);
            double y0 = cy - size * random.nextDouble(0, 1.3);
            double reachX = random.nextInt(3) == 0 ? 0 : cell * random.nextDouble(0, 3);
            double reachY = reachX == 0 ? 0 : cell * random.nextDouble(0, 3);
            byte[] cells = CellRaster.classify(xs, ys, starts, 0, last, x0, y0, cell, cell, columns, rows, reachX,
                    reachY).cells();
            // Some 200 cells a polygon keep the edge scans below within a few seconds.
            double sample = Math.min(1, 200.0 / (columns * rows));
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    byte kind = cells[r * columns + c];
                    if (kind == CellRaster.BOUNDARY || random.nextDouble() >= sample) {
                        continue;
                    }
                    if (kind == CellRaster.INSIDE) {
                        inside++;
                    } else {
                        outside++;
                    }
                    double w = x0 + c * cell;
                    double s = y0 + r * cell;
                    double[][] points = {{w, s}, {w + cell, s}, {w, s + cell}, {w + cell, s + cell},
                            {w + cell / 2, s}, {w, s + cell / 2}, {w + cell / 2, s + cell / 2},
                            {w + random.nextDouble() * cell, s + random.nextDouble() * cell}};
                    for (double[] p : points) {
                        int where = PlanarRings.locate(p[0], p[1], xs, ys, starts, 0, last);
                        String what = String.format("seed %d polygon %d cell (%d, %d) point (%s, %s), reach %s/%s",
                                seed, polygon, c, r, p[0], p[1], reachX, reachY);
                        assertThat(where).as(what).isEqualTo(kind == CellRaster.INSIDE ? PlanarRings.INSIDE
                                : PlanarRings.OUTSIDE);
                        if (kind == CellRaster.OUTSIDE && reachX + reachY > 0) {
                            assertThat(nearestEdgeWithin(xs, ys, starts, last, p[0], p[1], reachX, reachY))
                                    .as("%s: an edge within reach", what).isFalse();
                        }
                    }
                }
            }
        }
        assertThat(inside).as("seed %d: inside cells", seed).isGreaterThan(500);
        assertThat(outside).as("seed %d: outside cells", seed).isGreaterThan(500);
    }

    // Whether some edge meets the box of the reach around the point.
    private static boolean nearestEdgeWithin(double[] xs, double[] ys, int[] starts, int last, double x, double y,
            double reachX, double reachY) {
        for (int ring = 0; ring <= last; ring++) {
            for (int i = starts[ring]; i < starts[ring + 1] - 1; i++) {
                if (CellRaster.segmentMeetsBox(xs[i], ys[i], xs[i + 1], ys[i + 1], x - reachX, y - reachY,
                        x + reachX, y + reachY)) {
                    return true;
                }
            }
        }
        return false;
    }

    // A closed star-shaped ring around (cx, cy): radius `size` less up to `jagged` of it.
    private static double[] star(SplittableRandom random, double cx, double cy, double size, int vertices,
            double jagged) {
        double[] ring = new double[2 * (vertices + 1)];
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            double radius = size * (1 - jagged * random.nextDouble());
            ring[2 * i] = cx + radius * Math.cos(angle);
            ring[2 * i + 1] = cy + radius * Math.sin(angle);
        }
        ring[2 * vertices] = ring[0];
        ring[2 * vertices + 1] = ring[1];
        return ring;
    }
}
