package kz.utm.sdk.wire;

/**
 * A box in degrees, to list the zones meeting it. Immutable and thread-safe. Refuses with an
 * {@link IllegalArgumentException} a box out of range or whose minimum is above its maximum.
 *
 * @param minLongitude western edge
 * @param minLatitude southern edge
 * @param maxLongitude eastern edge
 * @param maxLatitude northern edge
 */
public record BoundingBox(double minLongitude, double minLatitude, double maxLongitude, double maxLatitude) {

    /** Checks the ranges and the order. */
    public BoundingBox {
        if (!(minLongitude >= -180 && maxLongitude <= 180 && minLongitude <= maxLongitude)) {
            throw new IllegalArgumentException("longitudes must be in [-180, 180], min not above max: "
                    + minLongitude + ", " + maxLongitude);
        }
        if (!(minLatitude >= -90 && maxLatitude <= 90 && minLatitude <= maxLatitude)) {
            throw new IllegalArgumentException("latitudes must be in [-90, 90], min not above max: "
                    + minLatitude + ", " + maxLatitude);
        }
    }
}
