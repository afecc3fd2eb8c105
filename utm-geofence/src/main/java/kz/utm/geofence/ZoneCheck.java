package kz.utm.geofence;

import java.util.List;

import kz.utm.core.common.ZoneId;

/**
 * The answer for one point of a batch: the zones it is inside and the zones it is near.
 *
 * @param inside the zones the point is inside, by id
 * @param near the zones it is near but not inside, by id
 */
public record ZoneCheck(List<ZoneId> inside, List<ZoneId> near) {

    /** Copies the lists. */
    public ZoneCheck {
        inside = List.copyOf(inside);
        near = List.copyOf(near);
    }

    /** Whether the point is inside any zone. */
    public boolean isInsideAny() {
        return !inside.isEmpty();
    }
}
