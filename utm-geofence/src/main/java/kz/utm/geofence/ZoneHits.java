package kz.utm.geofence;

import java.util.Arrays;
import java.util.Objects;

import kz.utm.core.common.ZoneId;

/**
 * The answer of one telemetry check, in a buffer the caller owns and reuses: the zones the
 * point is inside, and the zones it is near (within the warning distances).
 *
 * <p>Reusing one buffer per thread keeps the check free of allocation once the buffer has grown
 * to the largest answer seen. Not thread-safe: each thread uses its own. Its contents are those
 * of the last check until the next.
 */
public final class ZoneHits {

    private int[] inside = new int[4];
    private int insideCount;
    private int[] near = new int[4];
    private int nearCount;
    private ZoneIndex index;

    /** Creates an empty buffer. */
    public ZoneHits() {
    }

    void begin(ZoneIndex from) {
        // Stored only when it changes: a reference store into a buffer that has lived long
        // enough to be promoted costs a GC write barrier (under G1, a memory fence), on every
        // check, for a value that is almost always the one already there.
        if (index != from) {
            index = from;
        }
        insideCount = 0;
        nearCount = 0;
    }

    void addInside(int zone) {
        if (insideCount == inside.length) {
            inside = Arrays.copyOf(inside, insideCount * 2);
        }
        inside[insideCount++] = zone;
    }

    void addNear(int zone) {
        if (nearCount == near.length) {
            near = Arrays.copyOf(near, nearCount * 2);
        }
        near[nearCount++] = zone;
    }

    /** How many zones the point is inside. */
    public int insideCount() {
        return insideCount;
    }

    /** Whether the point is inside any zone. */
    public boolean isInsideAny() {
        return insideCount > 0;
    }

    /**
     * The i-th zone the point is inside, in no particular order.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= i < insideCount()}
     */
    public ZoneId inside(int i) {
        Objects.checkIndex(i, insideCount);
        return index.zoneId(inside[i]);
    }

    /** How many zones the point is near but not inside. */
    public int nearCount() {
        return nearCount;
    }

    /**
     * The i-th zone the point is near but not inside, in no particular order.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= i < nearCount()}
     */
    public ZoneId near(int i) {
        Objects.checkIndex(i, nearCount);
        return index.zoneId(near[i]);
    }

    /** The index that answered the last check, if any. */
    ZoneIndex index() {
        return index;
    }
}
