package kz.utm.geofence.monitor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kz.utm.core.common.FieldError;
import kz.utm.core.common.ValidationException;

/**
 * How far a drone may stray from its plan, and how long it may stay silent, before the
 * {@link GeofenceConformanceMonitor} says so.
 *
 * <p>A point is within the plan's corridor when its horizontal distance from the planned path
 * is at most {@code corridorLateralMetres} and its altitude differs from the path's altitude
 * there by at most {@code corridorVerticalMetres}; the boundary is inside. A drone is
 * {@code SIGNAL_LOST} once its newest point is more than {@code signalLostAfter} old.
 * Immutable and thread-safe.
 *
 * @param corridorLateralMetres half-width of the corridor, metres, in (0, {@value #MAX_CORRIDOR_METRES}]
 * @param corridorVerticalMetres half-height of the corridor, metres, in (0, {@value #MAX_CORRIDOR_METRES}]
 * @param signalLostAfter how long without a point before the signal counts as lost, positive
 *     and at most {@link #MAX_SIGNAL_LOST_AFTER}
 */
public record ConformanceSettings(double corridorLateralMetres, double corridorVerticalMetres,
        Duration signalLostAfter) {

    /** The widest corridor accepted, metres, laterally and vertically. */
    public static final double MAX_CORRIDOR_METRES = 10_000;

    /** The longest {@code signalLostAfter} accepted. */
    public static final Duration MAX_SIGNAL_LOST_AFTER = Duration.ofHours(1);

    /**
     * Checks the settings.
     *
     * @throws NullPointerException if {@code signalLostAfter} is null
     * @throws ValidationException naming every field out of range
     */
    public ConformanceSettings {
        Objects.requireNonNull(signalLostAfter, "signalLostAfter");
        List<FieldError> errors = new ArrayList<>(3);
        checkMetres("corridorLateralMetres", corridorLateralMetres, errors);
        checkMetres("corridorVerticalMetres", corridorVerticalMetres, errors);
        if (signalLostAfter.isNegative() || signalLostAfter.isZero()
                || signalLostAfter.compareTo(MAX_SIGNAL_LOST_AFTER) > 0) {
            errors.add(new FieldError("signalLostAfter",
                    "must be in (0, " + MAX_SIGNAL_LOST_AFTER + "], was " + signalLostAfter));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** A corridor 50 m either side of the path and 30 m above and below it; signal lost after 10 s. */
    public static ConformanceSettings defaults() {
        return new ConformanceSettings(50, 30, Duration.ofSeconds(10));
    }

    private static void checkMetres(String field, double value, List<FieldError> errors) {
        if (!(value > 0 && value <= MAX_CORRIDOR_METRES)) {
            errors.add(new FieldError(field,
                    "must be a number of metres in (0, " + (long) MAX_CORRIDOR_METRES + "], was " + value));
        }
    }
}
