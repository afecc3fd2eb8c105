package kz.utm.geofence;

/**
 * The exact orientation of three points in the plane: whether {@code c} lies left of, right of
 * or on the directed line from {@code a} to {@code b}.
 *
 * <p>A floating-point filter (Shewchuk's error bound for the 2x2 determinant) settles almost
 * every case with a few multiplications. When it cannot, the determinant is expanded into
 * sixteen error-free terms (exact differences and products, by {@link Math#fma}) and their sum's
 * sign found exactly by distillation. The answer is exact for all finite inputs whose
 * differences and products neither overflow nor underflow, which covers every longitude and
 * latitude. Thread-safe; the exact path uses a per-thread scratch array, so nothing is allocated
 * once a thread has used it.
 */
final class Orientation {

    private static final double EPSILON = Math.ulp(1.0) / 2;
    private static final double FILTER_BOUND = (3 + 16 * EPSILON) * EPSILON;
    private static final int TERMS = 16;
    private static final ThreadLocal<double[]> SCRATCH = ThreadLocal.withInitial(() -> new double[TERMS]);

    private Orientation() {
    }

    /** 1 if c is left of a to b (counter-clockwise), -1 if right, 0 if on the line. */
    static int index(double ax, double ay, double bx, double by, double cx, double cy) {
        double left = (ax - cx) * (by - cy);
        double right = (ay - cy) * (bx - cx);
        double det = left - right;
        double sum;
        if (left > 0) {
            if (right <= 0) {
                return signum(det);
            }
            sum = left + right;
        } else if (left < 0) {
            if (right >= 0) {
                return signum(det);
            }
            sum = -left - right;
        } else {
            return signum(det);
        }
        if (Math.abs(det) >= FILTER_BOUND * sum) {
            return signum(det);
        }
        return exact(ax, ay, bx, by, cx, cy);
    }

    private static int signum(double value) {
        return value > 0 ? 1 : (value < 0 ? -1 : 0);
    }

    // det = (ax - cx)(by - cy) - (ay - cy)(bx - cx), every difference split exactly into two
    // doubles, every product of parts into two more: sixteen terms whose sum is det exactly.
    private static int exact(double ax, double ay, double bx, double by, double cx, double cy) {
        double[] t = SCRATCH.get();
        double p1 = ax - cx;
        double p0 = twoDiffTail(ax, cx, p1);
        double q1 = by - cy;
        double q0 = twoDiffTail(by, cy, q1);
        double r1 = ay - cy;
        double r0 = twoDiffTail(ay, cy, r1);
        double s1 = bx - cx;
        double s0 = twoDiffTail(bx, cx, s1);
        int n = 0;
        n = product(t, n, p1, q1);
        n = product(t, n, p1, q0);
        n = product(t, n, p0, q1);
        n = product(t, n, p0, q0);
        n = product(t, n, -r1, s1);
        n = product(t, n, -r1, s0);
        n = product(t, n, -r0, s1);
        product(t, n, -r0, s0);
        return signOfSum(t);
    }

    private static double twoDiffTail(double a, double b, double difference) {
        double virtual = a - difference;
        double roundedB = virtual - b;
        double roundedA = a - (difference + virtual);
        return roundedA + roundedB;
    }

    private static int product(double[] t, int n, double a, double b) {
        double p = a * b;
        t[n] = p;
        t[n + 1] = Math.fma(a, b, -p);
        return n + 2;
    }

    // Distillation: each pass of error-free additions keeps the exact sum and moves it into the
    // last term; once that term outweighs all the others together, its sign is the sum's.
    private static int signOfSum(double[] t) {
        while (true) {
            for (int i = 1; i < TERMS; i++) {
                double a = t[i - 1];
                double b = t[i];
                double s = a + b;
                double virtualB = s - a;
                double error = (a - (s - virtualB)) + (b - virtualB);
                t[i] = s;
                t[i - 1] = error;
            }
            double rest = 0;
            for (int i = 0; i < TERMS - 1; i++) {
                rest += Math.abs(t[i]);
            }
            double last = t[TERMS - 1];
            if (rest == 0) {
                return signum(last);
            }
            // The rounded sum of the other magnitudes is within a factor (1 + 16 eps) of the true one.
            if (Math.abs(last) > rest * (1 + 4 * TERMS * EPSILON)) {
                return signum(last);
            }
        }
    }
}
