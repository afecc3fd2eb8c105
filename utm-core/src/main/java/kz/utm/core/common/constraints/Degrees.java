package kz.utm.core.common.constraints;

/**
 * The ranges of angles in degrees that {@link Latitude}, {@link Longitude} and {@link Heading}
 * accept, shared by their {@code double} and {@code float} validators.
 *
 * <p>Stateless; safe for concurrent use.
 */
final class Degrees {

    private Degrees() {
    }

    static boolean isLatitude(double degrees) {
        return Double.isFinite(degrees) && degrees >= -90.0 && degrees <= 90.0;
    }

    static boolean isLongitude(double degrees) {
        return Double.isFinite(degrees) && degrees >= -180.0 && degrees <= 180.0;
    }

    static boolean isHeading(double degrees) {
        // -0.0 >= 0.0 holds, so a negative zero is north like 0.0.
        return Double.isFinite(degrees) && degrees >= 0.0 && degrees < 360.0;
    }
}
