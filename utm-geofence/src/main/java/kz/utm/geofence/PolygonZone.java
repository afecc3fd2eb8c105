package kz.utm.geofence;

import java.util.List;

import kz.utm.core.common.GeoPoint;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;

/**
 * A polygonal zone: the shell minus its holes, edges straight in longitude/latitude, decided
 * exactly (a point on an edge is inside). Polygons of some size get a {@link PolygonGrid}, so
 * that most points are located without looking at an edge; small ones are scanned, which is
 * cheaper than a grid for them.
 *
 * <p>Immutable and thread-safe; testing a point allocates nothing.
 */
final class PolygonZone extends CompiledZone {

    // Below this many cells of a tile, rastering the polygon into them is not worth its cost.
    private static final int RASTER_MIN_CELLS = 16;

    /** All rings' vertices, each ring closed: the shell first, then the holes. */
    final double[] xs;
    final double[] ys;
    /** Ring {@code r} spans {@code ringStarts[r]} to {@code ringStarts[r + 1]} (exclusive). */
    final int[] ringStarts;
    private final PolygonGrid grid;
    private final double warningMetres;
    // The warning distance in degrees (longitude, latitude), for leaving cells out; negative
    // when the warning area reaches near a pole, where every cell of the extent is kept.
    private final double reachLon;
    private final double reachLat;

    PolygonZone(RestrictedZone zone, ZoneGeometry.Polygon polygon, GeofenceSettings settings) {
        super(zone, extent(polygon.shell(), settings));
        List<List<GeoPoint>> rings = new java.util.ArrayList<>(1 + polygon.holes().size());
        rings.add(polygon.shell());
        rings.addAll(polygon.holes());
        ringStarts = new int[rings.size() + 1];
        int coordinates = 0;
        for (int r = 0; r < rings.size(); r++) {
            ringStarts[r] = coordinates;
            coordinates += rings.get(r).size();
        }
        ringStarts[rings.size()] = coordinates;
        xs = new double[coordinates];
        ys = new double[coordinates];
        int at = 0;
        for (List<GeoPoint> ring : rings) {
            for (GeoPoint p : ring) {
                xs[at] = p.longitude();
                ys[at] = p.latitude();
                at++;
            }
        }
        grid = PolygonGrid.over(xs, ys, ringStarts, 0, rings.size() - 1, coordinates);
        warningMetres = settings.warningHorizontalMetres();
        double[] reach = reach(polygon.shell(), warningMetres);
        reachLon = reach[0];
        reachLat = reach[1];
    }

    int lastRing() {
        return ringStarts.length - 2;
    }

    /** {@link PlanarRings#INSIDE}, {@link PlanarRings#ON_BOUNDARY} or {@link PlanarRings#OUTSIDE}. */
    int locate(double lon, double lat) {
        return PlanarRings.locate(lon, lat, xs, ys, ringStarts, 0, lastRing());
    }

    @Override
    double distanceOutside(double lat, double lon, boolean fast) {
        PolygonGrid g = fast ? grid : null;
        int where = g != null ? g.locate(lon, lat, xs, ys) : locate(lon, lat);
        if (where != PlanarRings.OUTSIDE) {
            return 0;
        }
        if (warningMetres == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double latRadians = Math.toRadians(lat);
        double kx = Wgs84.metresPerRadianLongitude(latRadians) * Math.PI / 180;
        double ky = Wgs84.metresPerRadianLatitude(latRadians) * Math.PI / 180;
        return PlanarRings.distanceToEdges(lon, lat, xs, ys, ringStarts, 0, lastRing(), kx, ky);
    }

    /**
     * The cells of the extent are rastered against the rings ({@link CellRaster}) with the
     * warning distance as the reach: a cell no edge comes within reach of is wholly inside (an
     * entry that needs no edge test) or wholly further out than the warning (left out).
     */
    @Override
    void addTo(TileBuilder tile, int slot) {
        if (!tile.meets(extents[0], extents[1], extents[2], extents[3])) {
            return;
        }
        int c0 = tile.column(extents[0] - EXTENT_SLACK);
        int c1 = tile.column(extents[2] + EXTENT_SLACK);
        int r0 = tile.row(extents[1] - EXTENT_SLACK);
        int r1 = tile.row(extents[3] + EXTENT_SLACK);
        if (reachLon < 0 || (c1 - c0 + 1) * (r1 - r0 + 1) < RASTER_MIN_CELLS) {
            // Near a pole, or a polygon within a few cells: every cell is a boundary cell (its
            // own grid answers quickly there), rastering would cost more than it saves.
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    tile.add(r, c, slot, false);
                }
            }
            return;
        }
        int columns = c1 - c0 + 1;
        int rows = r1 - r0 + 1;
        byte[] cells = CellRaster.classify(xs, ys, ringStarts, 0, lastRing(), tile.cellWest(c0), tile.cellSouth(r0),
                tile.cellSize(), tile.cellSize(), columns, rows, reachLon, reachLat).cells();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                byte cell = cells[r * columns + c];
                if (cell != CellRaster.OUTSIDE) {
                    tile.add(r0 + r, c0 + c, slot, cell == CellRaster.INSIDE);
                }
            }
        }
    }

    private static double[] extent(List<GeoPoint> shell, GeofenceSettings settings) {
        double minLon = Double.POSITIVE_INFINITY;
        double minLat = Double.POSITIVE_INFINITY;
        double maxLon = Double.NEGATIVE_INFINITY;
        double maxLat = Double.NEGATIVE_INFINITY;
        for (GeoPoint p : shell) {
            minLon = Math.min(minLon, p.longitude());
            minLat = Math.min(minLat, p.latitude());
            maxLon = Math.max(maxLon, p.longitude());
            maxLat = Math.max(maxLat, p.latitude());
        }
        double[] reach = reach(shell, settings.warningHorizontalMetres());
        if (reach[0] < 0) {
            // Near a pole a metre spans ever more longitude: a warning there may come from any side.
            return box(-180, Math.max(-90, minLat - reach[1]), 180, Math.min(90, maxLat + reach[1]));
        }
        return box(Math.max(-180, minLon - reach[0]), Math.max(-90, minLat - reach[1]),
                Math.min(180, maxLon + reach[0]), Math.min(90, maxLat + reach[1]));
    }

    /**
     * The warning distance in degrees of longitude and latitude around the shell, over-estimated
     * (the smallest metres per degree over its latitudes, and a tenth of a percent more); the
     * longitude reach is -1 when the warning area comes within a degree of a pole.
     */
    private static double[] reach(List<GeoPoint> shell, double metres) {
        double maxAbsLat = 0;
        for (GeoPoint p : shell) {
            maxAbsLat = Math.max(maxAbsLat, Math.abs(p.latitude()));
        }
        double dLat = Math.toDegrees(metres / Wgs84.metresPerRadianLatitude(0)) * 1.001 + EXTENT_SLACK;
        double widestLat = maxAbsLat + dLat;
        if (metres > 0 && widestLat > 89) {
            return new double[] {-1, dLat};
        }
        double dLon = Math.toDegrees(metres / Wgs84.metresPerRadianLongitude(Math.toRadians(widestLat))) * 1.001
                + EXTENT_SLACK;
        return new double[] {dLon, dLat};
    }
}
