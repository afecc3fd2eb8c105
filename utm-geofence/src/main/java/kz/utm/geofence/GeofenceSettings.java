package kz.utm.geofence;

import java.util.ArrayList;
import java.util.List;

import kz.utm.core.common.FieldError;
import kz.utm.core.common.ValidationException;

/**
 * How close to a restricted zone counts as a warning.
 *
 * <p>A point is in a zone's warning area when it is not inside the zone, yet no further than
 * {@code warningHorizontalMetres} from its horizontal boundary (or horizontally inside) and no
 * further than {@code warningVerticalMetres} from its altitude band (or within it).
 *
 * @param warningHorizontalMetres horizontal warning distance, metres, in [0, 10,000]
 * @param warningVerticalMetres vertical warning distance, metres, in [0, 10,000]
 */
public record GeofenceSettings(double warningHorizontalMetres, double warningVerticalMetres) {

    /** The largest warning distance accepted, metres. */
    public static final double MAX_WARNING_METRES = 10_000;

    /**
     * @throws ValidationException naming each distance that is not a finite number in range
     */
    public GeofenceSettings {
        List<FieldError> errors = new ArrayList<>(2);
        check("warningHorizontalMetres", warningHorizontalMetres, errors);
        check("warningVerticalMetres", warningVerticalMetres, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** 100 m horizontally, 30 m vertically. */
    public static GeofenceSettings defaults() {
        return new GeofenceSettings(100, 30);
    }

    private static void check(String name, double value, List<FieldError> errors) {
        if (!(value >= 0 && value <= MAX_WARNING_METRES)) {
            errors.add(new FieldError(name, "must be a number in [0, " + (long) MAX_WARNING_METRES + "], was " + value));
        }
    }
}
