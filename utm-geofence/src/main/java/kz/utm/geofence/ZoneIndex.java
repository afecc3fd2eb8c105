package kz.utm.geofence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.ZoneId;
import kz.utm.core.flightplan.AirspaceConflict;
import kz.utm.core.flightplan.Waypoint;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;

/**
 * An immutable snapshot of the restricted zones in force, compiled for fast checks: telemetry
 * points ({@link #check}) and planned routes ({@link #conflicts}).
 *
 * <p><b>Layout.</b> Zones live in flat primitive arrays. Their extents, widened by the
 * horizontal warning distance, are packed into a Hilbert-ordered R-tree of fan-out 16, stored
 * level by level in one array; a query descends it without allocating. Candidates then get the
 * exact test, the altitude band first because it is the cheapest.
 *
 * <p><b>Semantics.</b> A point is inside a zone when it is horizontally inside (boundary
 * included) and its altitude is within the band (ends included, an open end unbounded).
 * Circles are metric on the WGS84 ellipsoid: a fast local-scale distance settles points clearly
 * inside or outside, and Vincenty's geodesic distance decides every point near the edge, and
 * every point beyond 80 degrees of latitude, where the local scale is unreliable. Polygon edges
 * are straight lines in longitude/latitude, decided exactly. The antimeridian: circles wrap
 * across it (their extent is split in two index entries); polygons cannot cross it (their edges
 * do not wrap: split such a zone in two). The poles: a circle may cover a pole (its extent then
 * spans every longitude); a polygon cannot.
 *
 * <p><b>Thread-safety.</b> Immutable after {@link #build}: any number of threads may check at
 * once, each with its own {@link ZoneHits}. Checking takes no lock, logs nothing, and, once the
 * hits buffer has grown, allocates nothing.
 */
public final class ZoneIndex {

    private static final int FANOUT = 16;
    private static final byte CIRCLE = 0;
    private static final byte POLYGON = 1;
    // Beyond this latitude the local metric scale is not trusted: circles use geodesics.
    private static final double HIGH_LATITUDE = 80;
    // Extents are widened by this much, in degrees, so that rounding never drops a candidate.
    private static final double EXTENT_SLACK = 1e-9;

    private final GeofenceSettings settings;
    private final RestrictedZone[] zones;
    private final ZoneId[] ids;
    private final byte[] kinds;
    private final double[] bandLower;
    private final double[] bandUpper;

    private final double[] centreLat;
    private final double[] centreLon;
    private final double[] radius;
    // Per circle: metres per degree at the centre, the tangent of its latitude (for the first-order
    // change of the east-west scale), and the squared distances below which a point is surely
    // inside and beyond which it is surely further out than the warning distance.
    private final double[] metresPerDegreeLat;
    private final double[] metresPerDegreeLon;
    private final double[] centreTan;
    private final double[] surelyInsideSquared;
    private final double[] surelyFarSquared;

    private final int[] firstRing;
    private final int[] lastRing;
    private final int[] ringStarts;
    private final double[] xs;
    private final double[] ys;
    private final PolygonGrid[] grids;

    // The R-tree: boxes[4 * node ...] = minLon, minLat, maxLon, maxLat; level 0 holds the
    // entries, each naming its zone in entryZone; level k node n covers level k-1 nodes
    // [n * FANOUT, (n + 1) * FANOUT).
    private final int[] entryZone;
    private final double[] boxes;
    private final int[] levelStart;
    private final int[] levelSize;

    private ZoneIndex(GeofenceSettings settings, List<RestrictedZone> enforced) {
        this.settings = settings;
        int n = enforced.size();
        zones = enforced.toArray(new RestrictedZone[0]);
        ids = new ZoneId[n];
        kinds = new byte[n];
        bandLower = new double[n];
        bandUpper = new double[n];
        centreLat = new double[n];
        centreLon = new double[n];
        radius = new double[n];
        metresPerDegreeLat = new double[n];
        metresPerDegreeLon = new double[n];
        centreTan = new double[n];
        surelyInsideSquared = new double[n];
        surelyFarSquared = new double[n];
        firstRing = new int[n];
        lastRing = new int[n];

        List<double[]> rings = new ArrayList<>();
        List<double[]> entries = new ArrayList<>();
        for (int z = 0; z < n; z++) {
            RestrictedZone zone = zones[z];
            ids[z] = zone.id();
            bandLower[z] = zone.altitudeBand().lowerMetres();
            bandUpper[z] = zone.altitudeBand().upperMetres();
            if (zone.geometry() instanceof ZoneGeometry.Circle circle) {
                kinds[z] = CIRCLE;
                centreLat[z] = circle.centre().latitude();
                centreLon[z] = circle.centre().longitude();
                radius[z] = circle.radiusMetres();
                compileCircle(z);
                firstRing[z] = 0;
                lastRing[z] = -1;
                circleExtents(z, entries);
            } else {
                ZoneGeometry.Polygon polygon = (ZoneGeometry.Polygon) zone.geometry();
                kinds[z] = POLYGON;
                firstRing[z] = rings.size();
                rings.add(flatten(polygon.shell()));
                for (List<GeoPoint> hole : polygon.holes()) {
                    rings.add(flatten(hole));
                }
                lastRing[z] = rings.size() - 1;
                polygonExtent(z, polygon.shell(), entries);
            }
        }
        ringStarts = new int[rings.size() + 1];
        int coordinates = 0;
        for (int r = 0; r < rings.size(); r++) {
            ringStarts[r] = coordinates;
            coordinates += rings.get(r).length / 2;
        }
        ringStarts[rings.size()] = coordinates;
        xs = new double[coordinates];
        ys = new double[coordinates];
        for (int r = 0; r < rings.size(); r++) {
            double[] ring = rings.get(r);
            for (int i = 0; i < ring.length / 2; i++) {
                xs[ringStarts[r] + i] = ring[2 * i];
                ys[ringStarts[r] + i] = ring[2 * i + 1];
            }
        }
        grids = new PolygonGrid[n];
        for (int z = 0; z < n; z++) {
            if (kinds[z] == POLYGON) {
                grids[z] = PolygonGrid.over(xs, ys, ringStarts, firstRing[z], lastRing[z],
                        ringStarts[lastRing[z] + 1] - ringStarts[firstRing[z]]);
            }
        }

        // Hilbert order keeps entries that are near on the map near in the arrays, so that the
        // packed nodes are small.
        entries.sort(Comparator.comparingLong(ZoneIndex::hilbertKey));
        List<int[]> levels = new ArrayList<>();
        int entryCount = entries.size();
        entryZone = new int[entryCount];
        int total = entryCount;
        for (int size = entryCount; size > 1; ) {
            size = (size + FANOUT - 1) / FANOUT;
            total += size;
        }
        boxes = new double[4 * Math.max(total, 1)];
        for (int e = 0; e < entryCount; e++) {
            double[] entry = entries.get(e);
            System.arraycopy(entry, 0, boxes, 4 * e, 4);
            entryZone[e] = (int) entry[4];
        }
        levels.add(new int[] {0, entryCount});
        int start = 0;
        int size = entryCount;
        while (size > 1) {
            int parentStart = start + size;
            int parentSize = (size + FANOUT - 1) / FANOUT;
            for (int p = 0; p < parentSize; p++) {
                double minLon = Double.POSITIVE_INFINITY;
                double minLat = Double.POSITIVE_INFINITY;
                double maxLon = Double.NEGATIVE_INFINITY;
                double maxLat = Double.NEGATIVE_INFINITY;
                int childEnd = Math.min((p + 1) * FANOUT, size);
                for (int c = p * FANOUT; c < childEnd; c++) {
                    int at = 4 * (start + c);
                    minLon = Math.min(minLon, boxes[at]);
                    minLat = Math.min(minLat, boxes[at + 1]);
                    maxLon = Math.max(maxLon, boxes[at + 2]);
                    maxLat = Math.max(maxLat, boxes[at + 3]);
                }
                int at = 4 * (parentStart + p);
                boxes[at] = minLon;
                boxes[at + 1] = minLat;
                boxes[at + 2] = maxLon;
                boxes[at + 3] = maxLat;
            }
            levels.add(new int[] {parentStart, parentSize});
            start = parentStart;
            size = parentSize;
        }
        levelStart = new int[levels.size()];
        levelSize = new int[levels.size()];
        for (int l = 0; l < levels.size(); l++) {
            levelStart[l] = levels.get(l)[0];
            levelSize[l] = levels.get(l)[1];
        }
    }

    /**
     * Compiles the zones that are in force (active and not soft-deleted; others are skipped)
     * into an index.
     *
     * @throws NullPointerException if an argument or zone is null
     */
    public static ZoneIndex build(Collection<RestrictedZone> zones, GeofenceSettings settings) {
        Objects.requireNonNull(settings, "settings");
        List<RestrictedZone> enforced = zones.stream()
                .map(z -> Objects.requireNonNull(z, "zone"))
                .filter(RestrictedZone::isEnforced)
                .sorted(Comparator.comparing(RestrictedZone::id))
                .toList();
        return new ZoneIndex(settings, enforced);
    }

    /** How many zones the index holds. */
    public int size() {
        return zones.length;
    }

    /** The warning distances the index was built with. */
    public GeofenceSettings settings() {
        return settings;
    }

    /** The zones the index holds, by id. */
    public List<RestrictedZone> zones() {
        return List.of(zones);
    }

    ZoneId zoneId(int zone) {
        return ids[zone];
    }

    /**
     * Checks one telemetry point: fills {@code hits} with every zone the point is inside and
     * every zone it is near. Allocates nothing once {@code hits} has grown.
     *
     * @param latitude degrees, in [-90, 90]
     * @param longitude degrees, in [-180, 180]
     * @param altitudeM metres, finite
     * @param hits the caller's buffer, overwritten
     * @return how many zones the point is inside
     */
    public int check(double latitude, double longitude, double altitudeM, ZoneHits hits) {
        hits.begin(this);
        int top = levelStart.length - 1;
        if (levelSize[0] > 0) {
            for (int node = 0; node < levelSize[top]; node++) {
                visit(top, node, latitude, longitude, altitudeM, hits);
            }
        }
        return hits.insideCount();
    }

    /**
     * Checks a batch of points, such as one telemetry upload: the answer for each, in order.
     * Allocates the answers; for a steady stream of single points use {@link #check}.
     *
     * @param latitudes degrees, one per point
     * @param longitudes degrees, one per point
     * @param altitudesM metres, one per point
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public List<ZoneCheck> checkAll(double[] latitudes, double[] longitudes, double[] altitudesM) {
        if (latitudes.length != longitudes.length || latitudes.length != altitudesM.length) {
            throw new IllegalArgumentException("one latitude, longitude and altitude per point: got "
                    + latitudes.length + ", " + longitudes.length + ", " + altitudesM.length);
        }
        ZoneHits hits = new ZoneHits();
        List<ZoneCheck> answers = new ArrayList<>(latitudes.length);
        for (int i = 0; i < latitudes.length; i++) {
            check(latitudes[i], longitudes[i], altitudesM[i], hits);
            List<ZoneId> inside = new ArrayList<>(hits.insideCount());
            for (int h = 0; h < hits.insideCount(); h++) {
                inside.add(hits.inside(h));
            }
            List<ZoneId> near = new ArrayList<>(hits.nearCount());
            for (int h = 0; h < hits.nearCount(); h++) {
                near.add(hits.near(h));
            }
            inside.sort(null);
            near.sort(null);
            answers.add(new ZoneCheck(inside, near));
        }
        return answers;
    }

    /**
     * The same answer as {@link #check}, found by testing every zone instead of searching the
     * tree: the brute-force reference that tests and benchmarks compare the index with.
     */
    public int checkExhaustively(double latitude, double longitude, double altitudeM, ZoneHits hits) {
        hits.begin(this);
        for (int zone = 0; zone < zones.length; zone++) {
            test(zone, latitude, longitude, altitudeM, hits, false);
        }
        return hits.insideCount();
    }

    private void visit(int level, int node, double lat, double lon, double alt, ZoneHits hits) {
        int at = 4 * (levelStart[level] + node);
        if (lon < boxes[at] || lat < boxes[at + 1] || lon > boxes[at + 2] || lat > boxes[at + 3]) {
            return;
        }
        if (level == 0) {
            test(entryZone[node], lat, lon, alt, hits, true);
            return;
        }
        int end = Math.min((node + 1) * FANOUT, levelSize[level - 1]);
        for (int child = node * FANOUT; child < end; child++) {
            visit(level - 1, child, lat, lon, alt, hits);
        }
    }

    // The tree search uses the polygons' grids; the exhaustive reference scans their edges, so
    // that comparing the two checks the grids too.
    private void test(int zone, double lat, double lon, double alt, ZoneHits hits, boolean useGrids) {
        double below = bandLower[zone] - alt;
        double above = alt - bandUpper[zone];
        double vertical = below > 0 ? below : (above > 0 ? above : 0);
        if (vertical > settings.warningVerticalMetres() || !hits.firstVisit(zone)) {
            return;
        }
        double outside = horizontalDistanceOutside(zone, lat, lon, useGrids);
        if (outside == 0 && vertical == 0) {
            hits.addInside(zone);
        } else if (outside <= settings.warningHorizontalMetres()) {
            hits.addNear(zone);
        }
    }

    /**
     * How far, in metres, the point is horizontally outside the zone: 0 when inside or on the
     * boundary; {@code +Infinity} when further than the warning distance is worth measuring.
     */
    private double horizontalDistanceOutside(int zone, double lat, double lon, boolean useGrids) {
        if (kinds[zone] == CIRCLE) {
            return circleDistanceOutside(zone, lat, lon);
        }
        PolygonGrid grid = useGrids ? grids[zone] : null;
        int where = grid != null ? grid.locate(lon, lat, xs, ys)
                : PlanarRings.locate(lon, lat, xs, ys, ringStarts, firstRing[zone], lastRing[zone]);
        if (where != PlanarRings.OUTSIDE) {
            return 0;
        }
        if (settings.warningHorizontalMetres() == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double latRadians = Math.toRadians(lat);
        double kx = Wgs84.metresPerRadianLongitude(latRadians) * Math.PI / 180;
        double ky = Wgs84.metresPerRadianLatitude(latRadians) * Math.PI / 180;
        return PlanarRings.distanceToEdges(lon, lat, xs, ys, ringStarts, firstRing[zone], lastRing[zone], kx, ky);
    }

    /**
     * How far outside the circle the point is, metres: 0 inside, {@code +Infinity} when surely
     * beyond the warning distance. A local-scale estimate settles the clear cases with a few
     * multiplications and no square root; near the edge (or the warning distance), and beyond 80
     * degrees of latitude, the geodesic distance decides.
     */
    private double circleDistanceOutside(int zone, double lat, double lon) {
        double cLat = centreLat[zone];
        double r = radius[zone];
        if (Math.abs(lat) > HIGH_LATITUDE || Math.abs(cLat) > HIGH_LATITUDE) {
            double d = Wgs84.distanceMetres(cLat, centreLon[zone], lat, lon);
            return d <= r ? 0 : d - r;
        }
        double dLat = lat - cLat;
        double dLon = lon - centreLon[zone];
        if (dLon > 180) {
            dLon -= 360;
        } else if (dLon < -180) {
            dLon += 360;
        }
        // East-west metres per degree at the mid latitude, to first order in the latitude change.
        double east = dLon * metresPerDegreeLon[zone] * (1 - centreTan[zone] * dLat * (Math.PI / 360));
        double north = dLat * metresPerDegreeLat[zone];
        double estimateSquared = east * east + north * north;
        if (estimateSquared <= surelyInsideSquared[zone]) {
            return 0;
        }
        if (estimateSquared > surelyFarSquared[zone]) {
            return Double.POSITIVE_INFINITY;
        }
        double d = Wgs84.distanceMetres(cLat, centreLon[zone], lat, lon);
        return d <= r ? 0 : d - r;
    }

    /**
     * Every zone the route enters, the first leg that enters it and where: the waypoints joined
     * by legs straight in longitude/latitude, the altitude linear along each leg. A leg that
     * crosses a zone between two waypoints outside it is a conflict; so is touching the
     * boundary.
     *
     * <p>Circles are intersected in the local metric plane at their centre, accurate to a small
     * fraction of a percent of the radius; a circle that reaches beyond 80 degrees of latitude,
     * where that plane is unreliable, is followed along the leg with geodesic distances.
     *
     * @return one conflict per zone entered, ordered by leg, then by where along the leg
     * @throws IllegalArgumentException if there are fewer than two waypoints
     */
    public List<AirspaceConflict> conflicts(List<Waypoint> route) {
        if (route.size() < 2) {
            throw new IllegalArgumentException("a route needs at least two waypoints, has " + route.size());
        }
        record Found(AirspaceConflict conflict, double t) {
        }
        boolean[] entered = new boolean[zones.length];
        List<Found> found = new ArrayList<>();
        for (int leg = 0; leg + 1 < route.size(); leg++) {
            Waypoint from = route.get(leg);
            Waypoint to = route.get(leg + 1);
            double lat0 = from.position().latitude();
            double lon0 = from.position().longitude();
            double lat1 = to.position().latitude();
            double lon1 = to.position().longitude();
            List<Found> onLeg = new ArrayList<>();
            for (int zone : candidates(Math.min(lon0, lon1), Math.min(lat0, lat1), Math.max(lon0, lon1),
                    Math.max(lat0, lat1))) {
                if (entered[zone]) {
                    continue;
                }
                double t = LegEntry.firstEntry(this, zone, lon0, lat0, from.altitudeM(), lon1, lat1, to.altitudeM());
                if (t >= 0) {
                    entered[zone] = true;
                    GeoPoint at = new GeoPoint(lat0 + t * (lat1 - lat0), lon0 + t * (lon1 - lon0));
                    double altitude = from.altitudeM() + t * (to.altitudeM() - from.altitudeM());
                    onLeg.add(new Found(new AirspaceConflict(ids[zone], zones[zone].name(), leg, at, altitude), t));
                }
            }
            onLeg.sort(Comparator.comparingDouble(Found::t));
            found.addAll(onLeg);
        }
        return found.stream().map(Found::conflict).toList();
    }

    /** The zones whose index entries intersect the box, without repeats. */
    int[] candidates(double minLon, double minLat, double maxLon, double maxLat) {
        if (levelSize[0] == 0) {
            return new int[0];
        }
        boolean[] seen = new boolean[zones.length];
        int[] out = new int[8];
        int[] count = {0};
        int top = levelStart.length - 1;
        for (int node = 0; node < levelSize[top]; node++) {
            out = collect(top, node, minLon, minLat, maxLon, maxLat, seen, out, count);
        }
        return Arrays.copyOf(out, count[0]);
    }

    private int[] collect(int level, int node, double minLon, double minLat, double maxLon, double maxLat,
            boolean[] seen, int[] out, int[] count) {
        int at = 4 * (levelStart[level] + node);
        if (maxLon < boxes[at] || maxLat < boxes[at + 1] || minLon > boxes[at + 2] || minLat > boxes[at + 3]) {
            return out;
        }
        if (level == 0) {
            int zone = entryZone[node];
            if (!seen[zone]) {
                seen[zone] = true;
                if (count[0] == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[count[0]++] = zone;
            }
            return out;
        }
        int end = Math.min((node + 1) * FANOUT, levelSize[level - 1]);
        for (int child = node * FANOUT; child < end; child++) {
            out = collect(level - 1, child, minLon, minLat, maxLon, maxLat, seen, out, count);
        }
        return out;
    }

    // ---- what LegEntry needs to know about a zone ------------------------------------------

    boolean isPolarCircle(int zone) {
        return kinds[zone] == CIRCLE
                && Math.abs(centreLat[zone]) + Math.toDegrees(radius[zone] / Wgs84.metresPerRadianLatitude(0)) > HIGH_LATITUDE;
    }

    boolean isCircle(int zone) {
        return kinds[zone] == CIRCLE;
    }

    double bandLower(int zone) {
        return bandLower[zone];
    }

    double bandUpper(int zone) {
        return bandUpper[zone];
    }

    double centreLat(int zone) {
        return centreLat[zone];
    }

    double centreLon(int zone) {
        return centreLon[zone];
    }

    double radius(int zone) {
        return radius[zone];
    }

    int locate(int zone, double lon, double lat) {
        return PlanarRings.locate(lon, lat, xs, ys, ringStarts, firstRing[zone], lastRing[zone]);
    }

    int firstRing(int zone) {
        return firstRing[zone];
    }

    int lastRing(int zone) {
        return lastRing[zone];
    }

    int ringStart(int ring) {
        return ringStarts[ring];
    }

    double x(int coordinate) {
        return xs[coordinate];
    }

    double y(int coordinate) {
        return ys[coordinate];
    }

    // ---- building ---------------------------------------------------------------------------

    private void compileCircle(int zone) {
        double latRadians = Math.toRadians(centreLat[zone]);
        metresPerDegreeLat[zone] = Wgs84.metresPerRadianLatitude(latRadians) * Math.PI / 180;
        metresPerDegreeLon[zone] = Wgs84.metresPerRadianLongitude(latRadians) * Math.PI / 180;
        centreTan[zone] = Math.tan(latRadians);
        double r = radius[zone];
        // The estimate errs by far less than 0.1% of the distance up to 80 degrees of latitude
        // within the distances a candidate can lie from the centre; 1% plus a metre is ample.
        double margin = 1 + 0.01 * r;
        double inner = Math.max(0, r - margin);
        double outer = r + settings.warningHorizontalMetres() + margin;
        surelyInsideSquared[zone] = inner * inner;
        surelyFarSquared[zone] = outer * outer;
    }

    private void circleExtents(int zone, List<double[]> entries) {
        double reach = radius[zone] + settings.warningHorizontalMetres();
        double lat = centreLat[zone];
        double lon = centreLon[zone];
        // The meridional radius is smallest at the equator: dividing by it over-estimates the
        // latitude span, which is the safe direction.
        double dLat = Math.toDegrees(reach / Wgs84.metresPerRadianLatitude(0)) * 1.001 + EXTENT_SLACK;
        double minLat = lat - dLat;
        double maxLat = lat + dLat;
        if (minLat <= -90 || maxLat >= 90 || Math.max(Math.abs(minLat), Math.abs(maxLat)) > 89) {
            // Near a pole a circle may cover every longitude.
            entries.add(entry(-180, Math.max(minLat, -90), 180, Math.min(maxLat, 90), zone));
            return;
        }
        double widestLat = Math.toRadians(Math.max(Math.abs(minLat), Math.abs(maxLat)));
        double dLon = Math.toDegrees(reach / Wgs84.metresPerRadianLongitude(widestLat)) * 1.001 + EXTENT_SLACK;
        double minLon = lon - dLon;
        double maxLon = lon + dLon;
        if (dLon >= 180) {
            entries.add(entry(-180, minLat, 180, maxLat, zone));
        } else if (minLon < -180) {
            entries.add(entry(-180, minLat, maxLon, maxLat, zone));
            entries.add(entry(minLon + 360, minLat, 180, maxLat, zone));
        } else if (maxLon > 180) {
            entries.add(entry(minLon, minLat, 180, maxLat, zone));
            entries.add(entry(-180, minLat, maxLon - 360, maxLat, zone));
        } else {
            entries.add(entry(minLon, minLat, maxLon, maxLat, zone));
        }
    }

    private void polygonExtent(int zone, List<GeoPoint> shell, List<double[]> entries) {
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
        double reach = settings.warningHorizontalMetres();
        double dLat = Math.toDegrees(reach / Wgs84.metresPerRadianLatitude(0)) * 1.001 + EXTENT_SLACK;
        double widestLat = Math.max(Math.abs(minLat), Math.abs(maxLat)) + dLat;
        if (reach > 0 && widestLat > 89) {
            // Near a pole a metre spans ever more longitude: a warning there may come from any side.
            entries.add(entry(-180, Math.max(-90, minLat - dLat), 180, Math.min(90, maxLat + dLat), zone));
            return;
        }
        double dLon = Math.toDegrees(reach / Wgs84.metresPerRadianLongitude(Math.toRadians(widestLat))) * 1.001
                + EXTENT_SLACK;
        entries.add(entry(Math.max(-180, minLon - dLon), Math.max(-90, minLat - dLat),
                Math.min(180, maxLon + dLon), Math.min(90, maxLat + dLat), zone));
    }

    private static double[] entry(double minLon, double minLat, double maxLon, double maxLat, int zone) {
        return new double[] {minLon, minLat, maxLon, maxLat, zone};
    }

    private static double[] flatten(List<GeoPoint> ring) {
        double[] flat = new double[2 * ring.size()];
        for (int i = 0; i < ring.size(); i++) {
            flat[2 * i] = ring.get(i).longitude();
            flat[2 * i + 1] = ring.get(i).latitude();
        }
        return flat;
    }

    private static long hilbertKey(double[] entry) {
        double x = 0.5 * (entry[0] + entry[2]);
        double y = 0.5 * (entry[1] + entry[3]);
        int side = 1 << 16;
        int hx = (int) Math.min(side - 1, Math.max(0, (x + 180) / 360 * side));
        int hy = (int) Math.min(side - 1, Math.max(0, (y + 90) / 180 * side));
        return hilbert(side, hx, hy);
    }

    // The classic iterative mapping of a cell to its distance along the Hilbert curve.
    private static long hilbert(int side, int x, int y) {
        long d = 0;
        for (int s = side / 2; s > 0; s /= 2) {
            int rx = (x & s) > 0 ? 1 : 0;
            int ry = (y & s) > 0 ? 1 : 0;
            d += (long) s * s * ((3 * rx) ^ ry);
            if (ry == 0) {
                if (rx == 1) {
                    x = side - 1 - x;
                    y = side - 1 - y;
                }
                int t = x;
                x = y;
                y = t;
            }
        }
        return d;
    }
}
