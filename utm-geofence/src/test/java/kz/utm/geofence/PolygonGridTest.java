package kz.utm.geofence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class PolygonGridTest {

    @Test
    void answersExactlyAsTheFullEdgeScanOnLargeJaggedPolygonsWithHoles() {
        long seed = RandomAirspace.seed();
        SplittableRandom random = new SplittableRandom(seed);
        int gridded = 0;
        for (int polygon = 0; polygon < 60; polygon++) {
            int vertices = 24 + random.nextInt(1_000);
            double cx = random.nextDouble(46, 87);
            double cy = random.nextDouble(41, 55);
            double size = random.nextDouble(0.001, 2);
            double[][] rings = {star(random, cx, cy, size, vertices, random.nextDouble(0, 0.6)),
                    star(random, cx, cy, size * 0.2, 8 + random.nextInt(40), 0.1)};
            int holes = random.nextBoolean() ? 1 : 0;
            double[] xs = new double[rings[0].length / 2 + (holes == 1 ? rings[1].length / 2 : 0)];
            double[] ys = new double[xs.length];
            int[] starts = new int[2 + holes];
            int at = 0;
            for (int r = 0; r <= holes; r++) {
                starts[r] = at;
                for (int i = 0; i < rings[r].length / 2; i++, at++) {
                    xs[at] = rings[r][2 * i];
                    ys[at] = rings[r][2 * i + 1];
                }
            }
            starts[1 + holes] = at;
            PolygonGrid grid = PolygonGrid.over(xs, ys, starts, 0, holes, xs.length);
            assertThat(grid).as("seed=%d polygon %d", seed, polygon).isNotNull();
            gridded++;
            for (int q = 0; q < 5_000; q++) {
                double x;
                double y;
                int kind = random.nextInt(4);
                if (kind == 0) {
                    int i = random.nextInt(xs.length);
                    x = xs[i];
                    y = ys[i];
                } else if (kind == 1) {
                    int i = random.nextInt(starts[1] - 1);
                    double t = random.nextDouble();
                    x = xs[i] + t * (xs[i + 1] - xs[i]);
                    y = ys[i] + t * (ys[i + 1] - ys[i]);
                } else {
                    x = cx + random.nextDouble(-1.3, 1.3) * size;
                    y = cy + random.nextDouble(-1.3, 1.3) * size;
                }
                int expected = PlanarRings.locate(x, y, xs, ys, starts, 0, holes);
                assertThat(grid.locate(x, y, xs, ys)).as("seed=%d polygon %d point (%s, %s)", seed, polygon, x, y)
                        .isEqualTo(expected);
            }
        }
        assertThat(gridded).isEqualTo(60);
    }

    @Test
    void smallPolygonsGetNoGrid() {
        double[] xs = {0, 1, 1, 0, 0};
        double[] ys = {0, 0, 1, 1, 0};
        assertThat(PolygonGrid.over(xs, ys, new int[] {0, 5}, 0, 0, 5)).isNull();
    }

    // A closed star-shaped ring around (cx, cy): radius 1 +- jagged noise, counter-clockwise.
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
