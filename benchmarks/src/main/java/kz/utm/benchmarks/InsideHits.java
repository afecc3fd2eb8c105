package kz.utm.benchmarks;

import java.util.Arrays;

/**
 * The zones a point is inside, as the JTS contenders report them: zone numbers in a buffer the
 * caller reuses, as UTM Kit's {@code ZoneHits} is reused. Not thread-safe.
 */
final class InsideHits {

    private int[] zones = new int[8];
    private int count;

    void clear() {
        count = 0;
    }

    void add(int zone) {
        if (count == zones.length) {
            zones = Arrays.copyOf(zones, count * 2);
        }
        zones[count++] = zone;
    }

    int count() {
        return count;
    }

    /** The zone ids found, sorted (allocates; for the agreement check only). */
    int[] sorted() {
        int[] out = Arrays.copyOf(zones, count);
        Arrays.sort(out);
        return out;
    }
}
