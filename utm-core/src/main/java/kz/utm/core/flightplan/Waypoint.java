package kz.utm.core.flightplan;

import java.util.Objects;

import kz.utm.core.common.GeoPoint;

/**
 * One point of a plan's planned path: a row of {@code waypoints}.
 *
 * <p>Within its plan a waypoint is identified by its {@code sequence_order}, which the schema
 * makes unique per plan; the row's own {@code id} is a storage key that the persistence
 * adapter keeps. A plan's waypoints never change after submission, so their
 * {@code created_at} and {@code updated_at} are the plan's {@code created_at}.
 *
 * @param sequenceOrder {@code sequence_order}: 0, 1, 2, ... along the path
 * @param position {@code latitude}, {@code longitude}
 * @param altitudeM {@code altitude_m}, metres above ground level
 */
public record Waypoint(int sequenceOrder, GeoPoint position, double altitudeM) {

    /**
     * @throws NullPointerException if {@code position} is null
     * @throws IllegalArgumentException if {@code sequenceOrder} is negative or the altitude is not finite
     */
    public Waypoint {
        Objects.requireNonNull(position, "position");
        if (sequenceOrder < 0) {
            throw new IllegalArgumentException("sequenceOrder must not be negative, was " + sequenceOrder);
        }
        if (!Double.isFinite(altitudeM)) {
            throw new IllegalArgumentException("altitudeM must be finite, was " + altitudeM);
        }
    }
}
