package kz.utm.core.common;

import java.util.OptionalDouble;

/**
 * A vertical extent in metres, either end of which may be open (unbounded).
 *
 * <p>An open end is held as an infinity: {@code lowerMetres == -Infinity} means "from the
 * ground up, however low", {@code upperMetres == +Infinity} "without ceiling". Both ends are
 * inclusive: an altitude on the boundary is inside, the safe answer for a restricted zone.
 * Immutable and thread-safe.
 *
 * @param lowerMetres the lowest altitude inside, or negative infinity when open
 * @param upperMetres the highest altitude inside, or positive infinity when open
 */
public record AltitudeBand(double lowerMetres, double upperMetres) {

    private static final AltitudeBand UNBOUNDED =
            new AltitudeBand(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    /**
     * Checks the band.
     *
     * @throws ValidationException naming {@code minAltitudeM}/{@code maxAltitudeM} if an end is
     *     NaN, an open end is on the wrong side, or the lower end is above the upper end
     */
    public AltitudeBand {
        if (Double.isNaN(lowerMetres) || lowerMetres == Double.POSITIVE_INFINITY) {
            throw ValidationException.of("minAltitudeM", "must be a finite number, was " + lowerMetres);
        }
        if (Double.isNaN(upperMetres) || upperMetres == Double.NEGATIVE_INFINITY) {
            throw ValidationException.of("maxAltitudeM", "must be a finite number, was " + upperMetres);
        }
        if (lowerMetres > upperMetres) {
            throw ValidationException.of("maxAltitudeM",
                    "must not be below minAltitudeM (" + lowerMetres + "), was " + upperMetres);
        }
    }

    /** The band with both ends open: every altitude is inside. */
    public static AltitudeBand unbounded() {
        return UNBOUNDED;
    }

    /**
     * The band with the given ends, either of which may be absent (open).
     *
     * @throws ValidationException as the constructor does
     */
    public static AltitudeBand of(OptionalDouble lower, OptionalDouble upper) {
        return new AltitudeBand(lower.orElse(Double.NEGATIVE_INFINITY), upper.orElse(Double.POSITIVE_INFINITY));
    }

    /** The lower end, or empty when open; the {@code min_altitude_m} column. */
    public OptionalDouble lower() {
        return lowerMetres == Double.NEGATIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(lowerMetres);
    }

    /** The upper end, or empty when open; the {@code max_altitude_m} column. */
    public OptionalDouble upper() {
        return upperMetres == Double.POSITIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(upperMetres);
    }

    /** Whether the altitude is inside the band, ends included. NaN is never inside. */
    public boolean contains(double altitudeMetres) {
        return altitudeMetres >= lowerMetres && altitudeMetres <= upperMetres;
    }
}
