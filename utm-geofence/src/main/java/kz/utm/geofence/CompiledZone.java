package kz.utm.geofence;

import kz.utm.core.common.ZoneId;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;

/**
 * One zone in force, compiled for checking: its altitude band, its extents (the boxes in
 * longitude/latitude outside which no point is inside it or near it) and its exact horizontal
 * test. A circle or a polygon ({@link CircleZone}, {@link PolygonZone}).
 *
 * <p>Immutable and thread-safe once built; nothing on the check path allocates. Each
 * {@link ZoneIndex} snapshot refers to these objects, and snapshots made by changing one zone
 * share the others', so that a change compiles one zone, not all of them.
 */
abstract sealed class CompiledZone permits CircleZone, PolygonZone {

    /** Beyond this latitude the local metric scale is not trusted: circles use geodesics. */
    static final double HIGH_LATITUDE = 80;
    /** Extents are widened by this much, in degrees, so that rounding never drops a candidate. */
    static final double EXTENT_SLACK = 1e-9;

    final RestrictedZone zone;
    final ZoneId id;
    final double bandLower;
    final double bandUpper;
    /** The extents, four numbers a box: minLon, minLat, maxLon, maxLat; one box, or two astride the antimeridian. */
    final double[] extents;

    CompiledZone(RestrictedZone zone, double[] extents) {
        this.zone = zone;
        this.id = zone.id();
        this.bandLower = zone.altitudeBand().lowerMetres();
        this.bandUpper = zone.altitudeBand().upperMetres();
        this.extents = extents;
    }

    /**
     * Compiles a zone (its geometry already validated by its record).
     *
     * @param settings the warning distances its extents and near test allow for
     */
    static CompiledZone of(RestrictedZone zone, GeofenceSettings settings) {
        if (zone.geometry() instanceof ZoneGeometry.Circle circle) {
            return new CircleZone(zone, circle, settings);
        }
        return new PolygonZone(zone, (ZoneGeometry.Polygon) zone.geometry(), settings);
    }

    /**
     * How far, in metres, the point is horizontally outside the zone: 0 when inside or on the
     * boundary; {@code +Infinity} when further than the warning distance is worth measuring.
     *
     * @param fast whether a polygon may use its grid (the exhaustive reference scans every edge,
     *     so that comparing the two checks the grids too)
     */
    abstract double distanceOutside(double lat, double lon, boolean fast);

    /**
     * Adds this zone to the cells of a tile that its extents meet: for each, whether the cell
     * lies wholly inside the zone (horizontally), or may hold points inside or near it; cells
     * that can hold neither are left out. Every point that {@link #distanceOutside} puts inside
     * or within the warning distance lies in a cell added, and every point of a cell added as
     * wholly inside gets distance 0 from it.
     *
     * @param slot the zone's slot in its index, for the entries
     */
    abstract void addTo(TileBuilder tile, int slot);

    /** Whether some extent box meets the given box (all in degrees). */
    final boolean extentMeets(double minLon, double minLat, double maxLon, double maxLat) {
        for (int at = 0; at < extents.length; at += 4) {
            if (!(maxLon < extents[at] || maxLat < extents[at + 1] || minLon > extents[at + 2]
                    || minLat > extents[at + 3])) {
                return true;
            }
        }
        return false;
    }

    static double[] box(double minLon, double minLat, double maxLon, double maxLat) {
        return new double[] {minLon, minLat, maxLon, maxLat};
    }

    static double[] boxes(double[] a, double[] b) {
        return new double[] {a[0], a[1], a[2], a[3], b[0], b[1], b[2], b[3]};
    }
}
