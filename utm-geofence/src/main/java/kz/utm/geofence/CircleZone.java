package kz.utm.geofence;

import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;

/**
 * A circular zone: every point whose geodesic distance on the WGS84 ellipsoid from the centre is
 * at most the radius. A fast local-scale estimate settles points clearly inside or outside with
 * a few multiplications and no square root; near the edge (or near the warning distance), and
 * beyond 80 degrees of latitude, Vincenty's geodesic distance decides.
 *
 * <p>Immutable and thread-safe; testing a point allocates nothing.
 */
final class CircleZone extends CompiledZone {

    private static final double EAST_SCALE_CHANGE = Math.PI / 360;
    // Relative margins, far beyond the rounding of a few multiplications, for the cell
    // classification to agree exactly with the point test.
    private static final double ROUNDING = 1e-12;

    final double centreLat;
    final double centreLon;
    final double radius;
    // Metres per degree at the centre, the tangent of its latitude (for the first-order change of
    // the east-west scale), and the squared distances below which a point is surely inside and
    // beyond which it is surely further out than the warning distance.
    private final double metresPerDegreeLat;
    private final double metresPerDegreeLon;
    private final double centreTan;
    private final double surelyInsideSquared;
    private final double surelyFarSquared;

    CircleZone(RestrictedZone zone, ZoneGeometry.Circle circle, GeofenceSettings settings) {
        super(zone, extents(circle, settings));
        centreLat = circle.centre().latitude();
        centreLon = circle.centre().longitude();
        radius = circle.radiusMetres();
        double latRadians = Math.toRadians(centreLat);
        metresPerDegreeLat = Wgs84.metresPerRadianLatitude(latRadians) * Math.PI / 180;
        metresPerDegreeLon = Wgs84.metresPerRadianLongitude(latRadians) * Math.PI / 180;
        centreTan = Math.tan(latRadians);
        // The estimate errs by far less than 0.1% of the distance up to 80 degrees of latitude
        // within the distances a candidate can lie from the centre; 1% plus a metre is ample.
        double margin = 1 + 0.01 * radius;
        double inner = Math.max(0, radius - margin);
        double outer = radius + settings.warningHorizontalMetres() + margin;
        surelyInsideSquared = inner * inner;
        surelyFarSquared = outer * outer;
    }

    /** Whether the circle reaches beyond 80 degrees of latitude, where only geodesics are trusted. */
    boolean isPolar() {
        return Math.abs(centreLat) + Math.toDegrees(radius / Wgs84.metresPerRadianLatitude(0)) > HIGH_LATITUDE;
    }

    @Override
    double distanceOutside(double lat, double lon, boolean fast) {
        double cLat = centreLat;
        double r = radius;
        if (Math.abs(lat) > HIGH_LATITUDE || Math.abs(cLat) > HIGH_LATITUDE) {
            double d = Wgs84.distanceMetres(cLat, centreLon, lat, lon);
            return d <= r ? 0 : d - r;
        }
        double dLat = lat - cLat;
        double dLon = lon - centreLon;
        if (dLon > 180) {
            dLon -= 360;
        } else if (dLon < -180) {
            dLon += 360;
        }
        double estimateSquared = estimateSquared(dLat, dLon);
        if (estimateSquared <= surelyInsideSquared) {
            return 0;
        }
        if (estimateSquared > surelyFarSquared) {
            return Double.POSITIVE_INFINITY;
        }
        double d = Wgs84.distanceMetres(cLat, centreLon, lat, lon);
        return d <= r ? 0 : d - r;
    }

    // The squared distance in the plane tangent at the centre, the east-west scale taken at the
    // mid latitude to first order in the latitude change.
    private double estimateSquared(double dLat, double dLon) {
        double east = dLon * metresPerDegreeLon * (1 - centreTan * dLat * EAST_SCALE_CHANGE);
        double north = dLat * metresPerDegreeLat;
        return east * east + north * north;
    }

    /**
     * A cell is wholly inside when the estimate is surely inside at its four corners: along a
     * parallel and along a meridian the estimate is a convex function, so over a cell it is
     * largest at a corner. It is left out when a lower bound of the estimate over the cell (the
     * nearest longitude and latitude, the east-west scale at its smallest) is surely far.
     * Cells beyond 80 degrees, or of a circle centred there, are boundary cells.
     */
    @Override
    void addTo(TileBuilder tile, int slot) {
        double k = centreTan * EAST_SCALE_CHANGE;
        boolean polar = Math.abs(centreLat) > HIGH_LATITUDE;
        for (int at = 0; at < extents.length; at += 4) {
            if (!tile.meets(extents[at], extents[at + 1], extents[at + 2], extents[at + 3])) {
                continue;
            }
            int c0 = tile.column(extents[at] - EXTENT_SLACK);
            int c1 = tile.column(extents[at + 2] + EXTENT_SLACK);
            int r0 = tile.row(extents[at + 1] - EXTENT_SLACK);
            int r1 = tile.row(extents[at + 3] + EXTENT_SLACK);
            for (int r = r0; r <= r1; r++) {
                double south = tile.cellSouth(r) - CellRaster.SLACK;
                double north = tile.cellSouth(r + 1) + CellRaster.SLACK;
                boolean geodesic = polar || Math.max(Math.abs(south), Math.abs(north)) > HIGH_LATITUDE;
                double dLatS = south - centreLat;
                double dLatN = north - centreLat;
                double dLatMin = dLatS <= 0 && dLatN >= 0 ? 0 : Math.min(Math.abs(dLatS), Math.abs(dLatN));
                double factorMin = Math.min(1 - k * dLatS, 1 - k * dLatN);
                for (int c = c0; c <= c1; c++) {
                    if (geodesic || factorMin <= 0) {
                        tile.add(r, c, slot, false);
                        continue;
                    }
                    double rawW = tile.cellWest(c) - CellRaster.SLACK - centreLon;
                    double rawE = tile.cellWest(c + 1) + CellRaster.SLACK - centreLon;
                    if ((rawW <= 180 && rawE > 180) || (rawW < -180 && rawE >= -180)) {
                        tile.add(r, c, slot, false); // astride the fold of the longitude difference
                        continue;
                    }
                    double fold = rawW > 180 ? -360 : (rawE < -180 ? 360 : 0);
                    double dLonW = rawW + fold;
                    double dLonE = rawE + fold;
                    double dLonMin = dLonW <= 0 && dLonE >= 0 ? 0 : Math.min(Math.abs(dLonW), Math.abs(dLonE));
                    double eastLow = dLonMin * metresPerDegreeLon * factorMin;
                    double northLow = dLatMin * metresPerDegreeLat;
                    if (eastLow * eastLow + northLow * northLow > surelyFarSquared * (1 + ROUNDING)) {
                        continue;
                    }
                    double most = Math.max(Math.max(estimateSquared(dLatS, dLonW), estimateSquared(dLatS, dLonE)),
                            Math.max(estimateSquared(dLatN, dLonW), estimateSquared(dLatN, dLonE)));
                    tile.add(r, c, slot, most <= surelyInsideSquared * (1 - ROUNDING));
                }
            }
        }
    }

    private static double[] extents(ZoneGeometry.Circle circle, GeofenceSettings settings) {
        double reach = circle.radiusMetres() + settings.warningHorizontalMetres();
        double lat = circle.centre().latitude();
        double lon = circle.centre().longitude();
        // The meridional radius is smallest at the equator: dividing by it over-estimates the
        // latitude span, which is the safe direction.
        double dLat = Math.toDegrees(reach / Wgs84.metresPerRadianLatitude(0)) * 1.001 + EXTENT_SLACK;
        double minLat = lat - dLat;
        double maxLat = lat + dLat;
        if (minLat <= -90 || maxLat >= 90 || Math.max(Math.abs(minLat), Math.abs(maxLat)) > 89) {
            // Near a pole a circle may cover every longitude.
            return box(-180, Math.max(minLat, -90), 180, Math.min(maxLat, 90));
        }
        double widestLat = Math.toRadians(Math.max(Math.abs(minLat), Math.abs(maxLat)));
        double dLon = Math.toDegrees(reach / Wgs84.metresPerRadianLongitude(widestLat)) * 1.001 + EXTENT_SLACK;
        double minLon = lon - dLon;
        double maxLon = lon + dLon;
        if (dLon >= 180) {
            return box(-180, minLat, 180, maxLat);
        } else if (minLon < -180) {
            return boxes(box(-180, minLat, maxLon, maxLat), box(minLon + 360, minLat, 180, maxLat));
        } else if (maxLon > 180) {
            return boxes(box(minLon, minLat, 180, maxLat), box(-180, minLat, maxLon - 360, maxLat));
        }
        return box(minLon, minLat, maxLon, maxLat);
    }
}
