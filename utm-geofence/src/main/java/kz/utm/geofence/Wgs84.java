package kz.utm.geofence;

/**
 * The WGS84 ellipsoid and the distances on it that the geofence needs.
 *
 * <p>{@link #distanceMetres} is the geodesic distance by Vincenty's inverse method, accurate to
 * well under a millimetre for the distances zones deal in; the radii of curvature give the local
 * metres-per-radian scales that the fast, approximate tests use. Stateless and thread-safe;
 * nothing here allocates.
 */
public final class Wgs84 {

    /** Equatorial radius, metres. */
    public static final double A = 6_378_137.0;
    /** Flattening. */
    public static final double F = 1 / 298.257223563;
    /** Polar radius, metres. */
    public static final double B = A * (1 - F);
    /** First eccentricity squared. */
    public static final double E2 = F * (2 - F);

    private static final int MAX_ITERATIONS = 200;

    private Wgs84() {
    }

    /** Metres per radian of latitude at a latitude (the meridional radius of curvature). */
    public static double metresPerRadianLatitude(double latitudeRadians) {
        double s = Math.sin(latitudeRadians);
        double w = 1 - E2 * s * s;
        return A * (1 - E2) / (w * Math.sqrt(w));
    }

    /** Metres per radian of longitude at a latitude (prime vertical radius times the cosine). */
    public static double metresPerRadianLongitude(double latitudeRadians) {
        double s = Math.sin(latitudeRadians);
        return A * Math.cos(latitudeRadians) / Math.sqrt(1 - E2 * s * s);
    }

    /** The longitude difference {@code to - from} in radians, folded into [-pi, pi]. */
    public static double longitudeDelta(double fromRadians, double toRadians) {
        double d = toRadians - fromRadians;
        if (d > Math.PI) {
            d -= 2 * Math.PI;
        } else if (d < -Math.PI) {
            d += 2 * Math.PI;
        }
        return d;
    }

    /** The longitude difference {@code to - from} in degrees, folded into [-180, 180]. */
    public static double longitudeDeltaDegrees(double fromDegrees, double toDegrees) {
        double d = toDegrees - fromDegrees;
        if (d > 180) {
            d -= 360;
        } else if (d < -180) {
            d += 360;
        }
        return d;
    }

    /**
     * The geodesic distance between two points, metres, by Vincenty's inverse formula.
     *
     * <p>For nearly antipodal points, where the iteration does not converge, the last iterate
     * is returned; such points are 20,000 km apart, far beyond any zone.
     *
     * @param lat1 degrees
     * @param lon1 degrees
     * @param lat2 degrees
     * @param lon2 degrees
     */
    public static double distanceMetres(double lat1, double lon1, double lat2, double lon2) {
        double l = longitudeDelta(Math.toRadians(lon1), Math.toRadians(lon2));
        double u1 = Math.atan((1 - F) * Math.tan(Math.toRadians(lat1)));
        double u2 = Math.atan((1 - F) * Math.tan(Math.toRadians(lat2)));
        double sinU1 = Math.sin(u1);
        double cosU1 = Math.cos(u1);
        double sinU2 = Math.sin(u2);
        double cosU2 = Math.cos(u2);
        double lambda = l;
        double sinSigma = 0;
        double cosSigma = 0;
        double sigma = 0;
        double cosSqAlpha = 0;
        double cos2SigmaM = 0;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double sinLambda = Math.sin(lambda);
            double cosLambda = Math.cos(lambda);
            double t1 = cosU2 * sinLambda;
            double t2 = cosU1 * sinU2 - sinU1 * cosU2 * cosLambda;
            sinSigma = Math.sqrt(t1 * t1 + t2 * t2);
            if (sinSigma == 0) {
                return 0; // coincident points
            }
            cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
            sigma = Math.atan2(sinSigma, cosSigma);
            double sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            cosSqAlpha = 1 - sinAlpha * sinAlpha;
            // On the equator cos^2(alpha) is 0 and the term below is undefined; its limit is 0.
            cos2SigmaM = cosSqAlpha == 0 ? 0 : cosSigma - 2 * sinU1 * sinU2 / cosSqAlpha;
            double c = F / 16 * cosSqAlpha * (4 + F * (4 - 3 * cosSqAlpha));
            double previous = lambda;
            lambda = l + (1 - c) * F * sinAlpha
                    * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
            if (Math.abs(lambda - previous) < 1e-13) {
                break;
            }
        }
        double uSq = cosSqAlpha * (A * A - B * B) / (B * B);
        double bigA = 1 + uSq / 16384 * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
        double bigB = uSq / 1024 * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
        double deltaSigma = bigB * sinSigma * (cos2SigmaM + bigB / 4 * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
                - bigB / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
        return B * bigA * (sigma - deltaSigma);
    }
}
