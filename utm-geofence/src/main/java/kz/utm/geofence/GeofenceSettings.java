package kz.utm.geofence;

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
     * @throws IllegalArgumentException if a distance is not a finite number in range
     */
    public GeofenceSettings {
        check("warningHorizontalMetres", warningHorizontalMetres);
        check("warningVerticalMetres", warningVerticalMetres);
    }

    /** 100 m horizontally, 30 m vertically. */
    public static GeofenceSettings defaults() {
        return new GeofenceSettings(100, 30);
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value <= MAX_WARNING_METRES)) {
            throw new IllegalArgumentException(name + " must be in [0, " + MAX_WARNING_METRES + "], was " + value);
        }
    }
}
