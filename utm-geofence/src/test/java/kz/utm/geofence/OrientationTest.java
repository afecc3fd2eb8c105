package kz.utm.geofence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class OrientationTest {

    private static final long SEED = Long.getLong("utm.test.seed", System.nanoTime());

    @Test
    void agreesWithExactDecimalArithmeticOnNearlyCollinearPoints() {
        SplittableRandom random = new SplittableRandom(SEED);
        int nearlyCollinear = 0;
        for (int i = 0; i < 200_000; i++) {
            double ax = random.nextDouble(-180, 180);
            double ay = random.nextDouble(-90, 90);
            double bx = random.nextDouble(-180, 180);
            double by = random.nextDouble(-90, 90);
            double t = random.nextDouble();
            // A point on the segment, rounded: within an ulp or two of the line, either side.
            double cx = ax + t * (bx - ax);
            double cy = ay + t * (by - ay);
            if (random.nextInt(4) == 0) {
                cx = Math.nextUp(cx);
            }
            int expected = exactSign(ax, ay, bx, by, cx, cy);
            assertThat(Orientation.index(ax, ay, bx, by, cx, cy))
                    .as("seed=%d: (%s, %s) (%s, %s) (%s, %s)", SEED, ax, ay, bx, by, cx, cy)
                    .isEqualTo(expected);
            double roundedDeterminant = (ax - cx) * (by - cy) - (ay - cy) * (bx - cx);
            nearlyCollinear += Math.abs(roundedDeterminant) < 1e-9 ? 1 : 0;
        }
        // Most points sit within rounding error of the line, where a plain determinant guesses.
        assertThat(nearlyCollinear).as("seed=%d", SEED).isGreaterThan(100_000);
    }

    @Test
    void findsPointsExactlyOnAxisParallelAndDiagonalLines() {
        assertThat(Orientation.index(0, 0, 10, 0, 5, 0)).isZero();
        assertThat(Orientation.index(0, 0, 10, 10, 3, 3)).isZero();
        assertThat(Orientation.index(0, 0, 10, 0, 5, 1e-300)).isEqualTo(1);
        assertThat(Orientation.index(0, 0, 10, 0, 5, -1e-300)).isEqualTo(-1);
        assertThat(Orientation.index(0.1, 0.1, 0.3, 0.3, 0.2, 0.2)).isEqualTo(exactSign(0.1, 0.1, 0.3, 0.3, 0.2, 0.2));
    }

    private static int exactSign(double ax, double ay, double bx, double by, double cx, double cy) {
        BigDecimal left = new BigDecimal(ax).subtract(new BigDecimal(cx))
                .multiply(new BigDecimal(by).subtract(new BigDecimal(cy)));
        BigDecimal right = new BigDecimal(ay).subtract(new BigDecimal(cy))
                .multiply(new BigDecimal(bx).subtract(new BigDecimal(cx)));
        return left.subtract(right).signum();
    }
}
