package kz.utm.core.common;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal position on the WGS84 ellipsoid, in decimal degrees.
 *
 * <p>Immutable and thread-safe. Note the order: latitude first, as people say it; the stored
 * zone format follows GeoJSON and writes longitude first.
 *
 * @param latitude degrees north, in [-90, 90]
 * @param longitude degrees east, in [-180, 180]
 */
public record GeoPoint(double latitude, double longitude) {

    /**
     * Checks the coordinates.
     *
     * @throws ValidationException naming {@code latitude} and/or {@code longitude} if either is
     *     not finite or out of range
     */
    public GeoPoint {
        List<FieldError> errors = new ArrayList<>(2);
        if (!(latitude >= -90 && latitude <= 90)) {
            errors.add(new FieldError("latitude", "must be a finite number in [-90, 90], was " + latitude));
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            errors.add(new FieldError("longitude", "must be a finite number in [-180, 180], was " + longitude));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Returns the point at the given latitude and longitude. */
    public static GeoPoint of(double latitude, double longitude) {
        return new GeoPoint(latitude, longitude);
    }
}
