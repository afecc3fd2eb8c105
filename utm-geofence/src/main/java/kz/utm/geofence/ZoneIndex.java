package kz.utm.geofence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.ZoneId;
import kz.utm.core.flightplan.AirspaceConflict;
import kz.utm.core.flightplan.Waypoint;
import kz.utm.core.zone.RestrictedZone;

/**
 * An immutable snapshot of the restricted zones in force, compiled for fast checks: telemetry
 * points ({@link #check}) and planned routes ({@link #conflicts}).
 *
 * <p><b>Layout.</b> Each zone is compiled once into a {@link CompiledZone} (its band, its
 * extents, its exact test; a polygon of some size with a grid of its own) and held in a slot.
 * The zones are spread over a grid of the earth ({@link ZoneGrid}): one tile per degree square,
 * cut into cells as fine as the zones there are many, each occupied cell listing the zones that
 * may hold a point of it, and for each whether the cell lies wholly inside it. A check finds its
 * cell by arithmetic; in empty airspace one bit answers it, in a cell wholly inside a zone only
 * the altitude band remains, and only in a cell that a boundary crosses is a zone's geometry
 * tested. Route legs take their candidate zones from the cells their extents cover.
 *
 * <p><b>Semantics.</b> A point is inside a zone when it is horizontally inside (boundary
 * included) and its altitude is within the band (ends included, an open end unbounded).
 * Circles are metric on the WGS84 ellipsoid: a fast local-scale distance settles points clearly
 * inside or outside, and Vincenty's geodesic distance decides every point near the edge, and
 * every point beyond 80 degrees of latitude, where the local scale is unreliable. Polygon edges
 * are straight lines in longitude/latitude, decided exactly. The antimeridian: circles wrap
 * across it (their extent is split in two); polygons cannot cross it (their edges do not wrap:
 * split such a zone in two). The poles: a circle may cover a pole (its extent then spans every
 * longitude); a polygon cannot.
 *
 * <p><b>Changes.</b> {@link #with} and {@link #without} make a new snapshot with one zone added,
 * changed or removed, at a small fraction of the cost of a full {@link #build}: the new
 * snapshot compiles only that zone and rebuilds only the grid tiles it touches, sharing
 * everything else with this one, which stays as it was.
 *
 * <p><b>Thread-safety.</b> Immutable: any number of threads may check at once, each with its
 * own {@link ZoneHits}. Checking takes no lock, logs nothing, and, once the hits buffer has
 * grown, allocates nothing.
 */
public final class ZoneIndex {

    /** From this many zones on, a build uses the common fork-join pool. */
    static final int PARALLEL_ZONES = 2_000;

    private final GeofenceSettings settings;
    private final double warningHorizontal;
    private final double warningVertical;
    // By slot; null where a zone was removed by a change (a full build leaves no gap and puts
    // the zones in the order of their ids).
    private final CompiledZone[] zones;
    private final int size;
    private final ZoneGrid grid;
    private static final long MAX_FIXED_X = ((long) ZoneGrid.COLUMNS << GridTile.FIXED_BITS) - 1;
    private static final long MAX_FIXED_Y = ((long) ZoneGrid.ROWS << GridTile.FIXED_BITS) - 1;

    // What a check reads, flat: per tile of the grid its cells (null where no zone is) and
    // their shift, so that a point reaches its cell's word in two dependent reads; per slot the
    // altitude band (lower, upper), so that a cell wholly inside a zone, or a band that the
    // point misses, is settled without reading the zone.
    private final long[][] tileCells;
    private final byte[] tileShifts;
    // Per slot the zone's id, so that a change finds its zone's slot without reading every zone.
    // Both per-slot arrays come in chunks of SLOTS_PER_CHUNK slots: a change copies the chunk
    // of its slot and shares the others with the snapshot before, where filling them anew would
    // read every zone and copying them whole would leave megabytes of garbage per change at
    // 100,000 zones.
    private final double[][] bands;
    private final int[][] ids;

    private static final int CHUNK_BITS = 10;
    private static final int SLOTS_PER_CHUNK = 1 << CHUNK_BITS;

    private ZoneIndex(GeofenceSettings settings, CompiledZone[] zones, int size, ZoneGrid grid, double[][] bands,
            int[][] ids) {
        this.settings = settings;
        this.warningHorizontal = settings.warningHorizontalMetres();
        this.warningVertical = settings.warningVerticalMetres();
        this.zones = zones;
        this.size = size;
        this.grid = grid;
        GridTile[] tiles = grid.tiles();
        tileCells = new long[tiles.length][];
        tileShifts = new byte[tiles.length];
        for (int t = 0; t < tiles.length; t++) {
            if (tiles[t] != null) {
                tileCells[t] = tiles[t].cells;
                tileShifts[t] = (byte) tiles[t].shift;
            }
        }
        this.bands = bands;
        this.ids = ids;
    }

    // The index over zones compiled into slots 0.. in full (a build).
    private static ZoneIndex of(GeofenceSettings settings, CompiledZone[] zones) {
        double[][] bands = new double[chunks(zones.length)][2 * SLOTS_PER_CHUNK];
        int[][] ids = new int[chunks(zones.length)][SLOTS_PER_CHUNK];
        for (int slot = 0; slot < zones.length; slot++) {
            put(zones[slot], slot, bands, ids);
        }
        return new ZoneIndex(settings, zones, zones.length, ZoneGrid.build(zones), bands, ids);
    }

    // This index with the zone in `slot` changed from `before` to `after` (either null).
    private ZoneIndex changing(CompiledZone[] next, int nextSize, int slot, CompiledZone before, CompiledZone after) {
        double[][] nextBands = Arrays.copyOf(bands, chunks(next.length));
        int[][] nextIds = Arrays.copyOf(ids, chunks(next.length));
        int chunk = slot >>> CHUNK_BITS;
        nextBands[chunk] = nextBands[chunk] == null ? new double[2 * SLOTS_PER_CHUNK] : nextBands[chunk].clone();
        nextIds[chunk] = nextIds[chunk] == null ? new int[SLOTS_PER_CHUNK] : nextIds[chunk].clone();
        put(after, slot, nextBands, nextIds);
        return new ZoneIndex(settings, next, nextSize, grid.replacing(slot, before, after), nextBands, nextIds);
    }

    private static int chunks(int slots) {
        return (slots + SLOTS_PER_CHUNK - 1) >>> CHUNK_BITS;
    }

    private static void put(CompiledZone zone, int slot, double[][] bands, int[][] ids) {
        double[] band = bands[slot >>> CHUNK_BITS];
        int at = (slot & (SLOTS_PER_CHUNK - 1)) << 1;
        band[at] = zone == null ? 0 : zone.bandLower;
        band[at + 1] = zone == null ? 0 : zone.bandUpper;
        ids[slot >>> CHUNK_BITS][slot & (SLOTS_PER_CHUNK - 1)] = zone == null ? 0 : zone.id.value();
    }

    /**
     * Compiles the zones that are in force (active and not soft-deleted; others are skipped)
     * into an index. A build of thousands of zones runs on the common fork-join pool as well as
     * on the calling thread.
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
        CompiledZone[] compiled = new CompiledZone[enforced.size()];
        // Zones compile independently: a large set is spread over the common fork-join pool.
        IntStream slots = IntStream.range(0, compiled.length);
        (compiled.length >= PARALLEL_ZONES ? slots.parallel() : slots)
                .forEach(slot -> compiled[slot] = CompiledZone.of(enforced.get(slot), settings));
        return of(settings, compiled);
    }

    /**
     * A snapshot with this zone in place of the one with its id (added if there was none;
     * removed if the new one is not in force). This snapshot is unchanged.
     *
     * @throws NullPointerException if the zone is null
     */
    public ZoneIndex with(RestrictedZone zone) {
        Objects.requireNonNull(zone, "zone");
        if (!zone.isEnforced()) {
            return without(zone.id());
        }
        CompiledZone after = CompiledZone.of(zone, settings);
        int slot = slotOf(zone.id());
        CompiledZone[] next;
        int nextSize = size;
        if (slot >= 0) {
            next = zones.clone();
        } else {
            slot = freeSlot();
            next = slot < zones.length ? zones.clone() : Arrays.copyOf(zones, zones.length + 1);
            nextSize++;
        }
        CompiledZone before = next[slot];
        next[slot] = after;
        return changing(next, nextSize, slot, before, after);
    }

    /**
     * A snapshot without the zone with this id (this one if there is none). This snapshot is
     * unchanged.
     *
     * @throws NullPointerException if the id is null
     */
    public ZoneIndex without(ZoneId id) {
        Objects.requireNonNull(id, "id");
        int slot = slotOf(id);
        if (slot < 0) {
            return this;
        }
        CompiledZone[] next = zones.clone();
        CompiledZone before = next[slot];
        next[slot] = null;
        return changing(next, size - 1, slot, before, null);
    }

    private int slotOf(ZoneId id) {
        int value = id.value();
        for (int slot = 0; slot < zones.length; slot++) {
            if (ids[slot >>> CHUNK_BITS][slot & (SLOTS_PER_CHUNK - 1)] == value && zones[slot] != null) {
                return slot;
            }
        }
        return -1;
    }

    private int freeSlot() {
        for (int slot = 0; slot < zones.length; slot++) {
            if (zones[slot] == null) {
                return slot;
            }
        }
        return zones.length;
    }

    /** How many zones the index holds. */
    public int size() {
        return size;
    }

    /** The warning distances the index was built with. */
    public GeofenceSettings settings() {
        return settings;
    }

    /** The zones the index holds, by id. */
    public List<RestrictedZone> zones() {
        List<RestrictedZone> held = new ArrayList<>(size);
        for (CompiledZone zone : zones) {
            if (zone != null) {
                held.add(zone.zone);
            }
        }
        held.sort(Comparator.comparing(RestrictedZone::id));
        return List.copyOf(held);
    }

    /** How many slots the hits of a check may name (zones held, and gaps left by removals). */
    int slots() {
        return zones.length;
    }

    ZoneId zoneId(int slot) {
        return zones[slot].id;
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
        double u = longitude + 180;
        double v = latitude + 90;
        // Also false for NaN: a point off the earth is in no zone.
        if (u >= 0 && u <= ZoneGrid.COLUMNS && v >= 0 && v <= ZoneGrid.ROWS) {
            // Fixed point, 2^-20 degree: scaling by a power of two is exact, so the tile and
            // cell found by shifting are those that flooring u and v scaled by the tile's and
            // cell's sides would give, without converting back and forth between double and
            // int. The east and north edges of the earth fall into the last tile and cell.
            long x = Math.min((long) (u * GridTile.FIXED_ONE), MAX_FIXED_X);
            long y = Math.min((long) (v * GridTile.FIXED_ONE), MAX_FIXED_Y);
            int t = (int) (y >>> GridTile.FIXED_BITS) * ZoneGrid.COLUMNS + (int) (x >>> GridTile.FIXED_BITS);
            long[] cells = tileCells[t];
            if (cells != null) {
                // GridTile.occupiedCell, inline: the word of the point's cell says whether it is
                // occupied; only then are the word's rank base and the cell's value read.
                int shift = tileShifts[t];
                int drop = GridTile.FIXED_BITS - shift;
                int mask = (1 << shift) - 1;
                int cell = (((int) (y >>> drop) & mask) << shift) | ((int) (x >>> drop) & mask);
                long word = cells[cell >>> 6];
                long bit = 1L << cell;
                if ((word & bit) != 0) {
                    checkOccupied(cells, shift, cell, word & (bit - 1), latitude, longitude, altitudeM, hits);
                }
            }
        }
        return hits.insideCount();
    }

    // The rare path, kept out of check() so that the common one stays small enough to inline
    // into its caller's loop. `before` is the word's bits below the cell's.
    private void checkOccupied(long[] cells, int shift, int cell, long before, double lat, double lon, double alt,
            ZoneHits hits) {
        int rank = GridTile.rank(cells, GridTile.words(shift), cell >>> 6) + Long.bitCount(before);
        long listed = cells[GridTile.values(shift) + rank];
        if (listed >= 0) {
            checkEntry((int) listed, lat, lon, alt, hits);
        } else {
            int at = (int) (-listed - 1);
            for (int e = at + 1, end = at + 1 + (int) cells[at]; e < end; e++) {
                checkEntry((int) cells[e], lat, lon, alt, hits);
            }
        }
    }

    private void checkEntry(int entry, double lat, double lon, double alt, ZoneHits hits) {
        int slot = entry >>> 1;
        double[] band = bands[slot >>> CHUNK_BITS];
        int at = (slot & (SLOTS_PER_CHUNK - 1)) << 1;
        double below = band[at] - alt;
        double above = alt - band[at + 1];
        double vertical = below > 0 ? below : (above > 0 ? above : 0);
        if (vertical > warningVertical) {
            return;
        }
        // A cell wholly inside the zone needs no geometry.
        double outside = (entry & 1) != 0 ? 0 : zones[slot].distanceOutside(lat, lon, true);
        if (outside == 0 && vertical == 0) {
            hits.addInside(slot);
        } else if (outside <= warningHorizontal) {
            hits.addNear(slot);
        }
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
     * The same answer as {@link #check}, found by testing every zone, each polygon edge by edge,
     * instead of using the grids: the brute-force reference that tests and benchmarks compare
     * the index with.
     */
    public int checkExhaustively(double latitude, double longitude, double altitudeM, ZoneHits hits) {
        hits.begin(this);
        for (int slot = 0; slot < zones.length; slot++) {
            CompiledZone zone = zones[slot];
            if (zone == null) {
                continue;
            }
            double below = zone.bandLower - altitudeM;
            double above = altitudeM - zone.bandUpper;
            double vertical = below > 0 ? below : (above > 0 ? above : 0);
            if (vertical > warningVertical) {
                continue;
            }
            double outside = zone.distanceOutside(latitude, longitude, false);
            if (outside == 0 && vertical == 0) {
                hits.addInside(slot);
            } else if (outside <= warningHorizontal) {
                hits.addNear(slot);
            }
        }
        return hits.insideCount();
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
     * @return one conflict per zone entered, ordered by leg, then by where along the leg, then by id
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
            for (int zone : grid.candidates(zones, Math.min(lon0, lon1), Math.min(lat0, lat1), Math.max(lon0, lon1),
                    Math.max(lat0, lat1))) {
                if (entered[zone]) {
                    continue;
                }
                double t = LegEntry.firstEntry(this, zone, lon0, lat0, from.altitudeM(), lon1, lat1, to.altitudeM());
                if (t >= 0) {
                    entered[zone] = true;
                    GeoPoint at = new GeoPoint(lat0 + t * (lat1 - lat0), lon0 + t * (lon1 - lon0));
                    double altitude = from.altitudeM() + t * (to.altitudeM() - from.altitudeM());
                    onLeg.add(new Found(new AirspaceConflict(zones[zone].id, zones[zone].zone.name(), leg, at, altitude), t));
                }
            }
            // Zones entered at the same point come in the order of their ids.
            onLeg.sort(Comparator.comparingDouble(Found::t).thenComparing(f -> f.conflict().zoneId()));
            found.addAll(onLeg);
        }
        return found.stream().map(Found::conflict).toList();
    }

    // ---- what LegEntry needs to know about a zone ------------------------------------------

    boolean isPolarCircle(int zone) {
        return zones[zone] instanceof CircleZone circle && circle.isPolar();
    }

    boolean isCircle(int zone) {
        return zones[zone] instanceof CircleZone;
    }

    double bandLower(int zone) {
        return zones[zone].bandLower;
    }

    double bandUpper(int zone) {
        return zones[zone].bandUpper;
    }

    double centreLat(int zone) {
        return ((CircleZone) zones[zone]).centreLat;
    }

    double centreLon(int zone) {
        return ((CircleZone) zones[zone]).centreLon;
    }

    double radius(int zone) {
        return ((CircleZone) zones[zone]).radius;
    }

    PolygonZone polygon(int zone) {
        return (PolygonZone) zones[zone];
    }

    /** Bytes of the grid's arrays, for memory accounting in tests. */
    long gridFootprintBytes() {
        return grid.footprintBytes();
    }
}
