package kz.utm.geofence.codec;

import static kz.utm.geofence.codec.DefinitionErrors.at;
import static kz.utm.geofence.codec.PolygonDefinition.COORDINATES;
import static kz.utm.geofence.codec.PolygonDefinition.position;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import kz.utm.core.common.GeoPoint;

/**
 * The checks on a polygon's rings that need computational geometry, in the plane of longitude
 * and latitude where the format draws its edges: degenerate rings, edges across the
 * antimeridian, rings that cross or touch themselves, and holes that leave the outer ring,
 * cross it, cross or nest in each other, or split the interior (the OGC Simple Features rules,
 * decided by JTS).
 *
 * <p>A valid polygon costs one JTS validity check per ring and one for the whole. Only an
 * invalid one is examined hole by hole, to name each offending ring rather than the first. Stateless
 * and thread-safe.
 */
final class PolygonTopology {

    /** Above this many hole pairs with overlapping bounds, the whole-polygon error stands in for the rest. */
    private static final int MAX_HOLE_PAIRS_EXAMINED = 10_000;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private PolygonTopology() {
    }

    /**
     * Checks the rings: the outer ring, then the holes, each closed and of at least four positions
     * with coordinates in range; a null ring is one already found bad, which is skipped, as is then
     * everything that involves the polygon as a whole.
     */
    static void check(List<List<GeoPoint>> rings, DefinitionErrors errors) {
        List<LinearRing> jtsRings = new ArrayList<>(rings.size());
        boolean allValid = true;
        for (int i = 0; i < rings.size() && !errors.isFull(); i++) {
            List<GeoPoint> ring = rings.get(i);
            LinearRing checked = ring == null ? null : checkRing(i, ring, errors);
            allValid &= checked != null;
            jtsRings.add(checked);
        }
        if (!allValid || errors.isFull() || jtsRings.size() == 1) {
            // A lone valid ring is a valid polygon: nothing more to check.
            return;
        }
        LinearRing shell = jtsRings.get(0);
        LinearRing[] holes = jtsRings.subList(1, jtsRings.size()).toArray(LinearRing[]::new);
        TopologyValidationError whole = new IsValidOp(GEOMETRY.createPolygon(shell, holes)).getValidationError();
        if (whole == null) {
            return;
        }
        int before = errors.count();
        checkHolesAgainstShell(shell, holes, errors);
        if (errors.count() == before) {
            checkHolesAgainstEachOther(holes, errors);
        }
        if (errors.count() == before) {
            // A condition no single ring or pair shows, such as a chain of touching holes cutting the interior.
            String what = whole.getErrorType() == TopologyValidationError.DISCONNECTED_INTERIOR
                    ? "has holes that touch one another and the outer ring so that the zone is split in parts"
                    : describe(whole);
            errors.add(at(COORDINATES), what + ", near " + where(whole));
        }
    }

    /** Checks one ring on its own; returns it as a JTS ring if it is fine, else null. */
    private static LinearRing checkRing(int index, List<GeoPoint> ring, DefinitionErrors errors) {
        boolean valid = true;
        for (int j = 1; j < ring.size(); j++) {
            double from = ring.get(j - 1).longitude();
            double to = ring.get(j).longitude();
            if (Math.abs(to - from) > 180) {
                errors.add(at(COORDINATES, index, j), "ends an edge from longitude " + from + " to " + to
                        + " that spans more than 180 degrees: edges are straight in longitude/latitude and never "
                        + "cross the antimeridian, so a zone across it must be split in two at longitude 180");
                valid = false;
            }
        }
        Coordinate[] coordinates = coordinates(ring);
        int distinct = distinctCount(coordinates);
        if (distinct < 3) {
            errors.add(at(COORDINATES, index), "has only " + distinct + " distinct "
                    + (distinct == 1 ? "position" : "positions") + ", so it encloses no area: a ring needs at least 3");
            return null;
        }
        if (isOnOneLine(coordinates)) {
            errors.add(at(COORDINATES, index), "has all its positions on one straight line, so it encloses no area");
            return null;
        }
        LinearRing jtsRing = GEOMETRY.createLinearRing(coordinates);
        TopologyValidationError error = new IsValidOp(jtsRing).getValidationError();
        if (error != null) {
            String what = error.getErrorType() == TopologyValidationError.RING_SELF_INTERSECTION
                    ? "crosses or touches itself" : describe(error);
            errors.add(at(COORDINATES, index), what + " at " + where(error));
            return null;
        }
        return valid ? jtsRing : null;
    }

    private static void checkHolesAgainstShell(LinearRing shell, LinearRing[] holes, DefinitionErrors errors) {
        PreparedGeometry shellArea = PreparedGeometryFactory.prepare(GEOMETRY.createPolygon(shell));
        for (int h = 0; h < holes.length && !errors.isFull(); h++) {
            LinearRing hole = holes[h];
            if (shellArea.containsProperly(hole)) {
                continue;
            }
            String field = at(COORDINATES, h + 1);
            if (!shellArea.intersects(hole)) {
                errors.add(field, "is a hole that lies outside the outer ring");
                continue;
            }
            // On the shell's boundary somewhere: exactly valid only if it touches at a single point.
            TopologyValidationError error = new IsValidOp(GEOMETRY.createPolygon(shell, new LinearRing[] {hole}))
                    .getValidationError();
            if (error == null) {
                continue;
            }
            String what = switch (error.getErrorType()) {
                case TopologyValidationError.SELF_INTERSECTION -> "is a hole that crosses or overlaps the outer ring";
                case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "is a hole that lies outside the outer ring";
                case TopologyValidationError.DISCONNECTED_INTERIOR ->
                        "is a hole that touches the outer ring at more than one point, splitting the zone in parts";
                default -> "is a hole that does not fit the outer ring: " + describe(error);
            };
            errors.add(field, what + ", near " + where(error));
        }
    }

    private static void checkHolesAgainstEachOther(LinearRing[] holes, DefinitionErrors errors) {
        STRtree index = new STRtree();
        for (int h = 0; h < holes.length; h++) {
            index.insert(holes[h].getEnvelopeInternal(), h);
        }
        int examined = 0;
        for (int b = 0; b < holes.length && !errors.isFull() && examined < MAX_HOLE_PAIRS_EXAMINED; b++) {
            Envelope bounds = holes[b].getEnvelopeInternal();
            List<?> candidates = index.query(bounds);
            for (Object candidate : candidates) {
                int a = (Integer) candidate;
                if (a >= b) {
                    continue;
                }
                if (++examined > MAX_HOLE_PAIRS_EXAMINED || errors.isFull()) {
                    return;
                }
                checkHolePair(holes, a, b, errors);
            }
        }
    }

    /** Checks holes a and b, a before b, as the only holes of a frame that surely contains both. */
    private static void checkHolePair(LinearRing[] holes, int a, int b, DefinitionErrors errors) {
        Envelope both = new Envelope(holes[a].getEnvelopeInternal());
        both.expandToInclude(holes[b].getEnvelopeInternal());
        both.expandBy(Math.max(1, Math.max(both.getWidth(), both.getHeight())));
        LinearRing frame = GEOMETRY.createLinearRing(new Coordinate[] {
            new Coordinate(both.getMinX(), both.getMinY()), new Coordinate(both.getMaxX(), both.getMinY()),
            new Coordinate(both.getMaxX(), both.getMaxY()), new Coordinate(both.getMinX(), both.getMaxY()),
            new Coordinate(both.getMinX(), both.getMinY())});
        Polygon pair = GEOMETRY.createPolygon(frame, new LinearRing[] {holes[a], holes[b]});
        TopologyValidationError error = new IsValidOp(pair).getValidationError();
        if (error == null) {
            return;
        }
        int ringA = a + 1;
        int ringB = b + 1;
        switch (error.getErrorType()) {
            case TopologyValidationError.NESTED_HOLES -> {
                // Rings that neither cross nor overlap: the inner one's bounds lie within the outer one's.
                boolean bInsideA = holes[a].getEnvelopeInternal().covers(holes[b].getEnvelopeInternal());
                int inner = bInsideA ? ringB : ringA;
                int outer = bInsideA ? ringA : ringB;
                errors.add(at(COORDINATES, inner), "is a hole that lies inside hole " + outer
                        + " (coordinates/" + outer + "): holes may not nest");
            }
            case TopologyValidationError.SELF_INTERSECTION -> errors.add(at(COORDINATES, ringB),
                    "is a hole that crosses or overlaps hole " + ringA + " (coordinates/" + ringA + "), near "
                            + where(error));
            case TopologyValidationError.DISCONNECTED_INTERIOR -> errors.add(at(COORDINATES, ringB),
                    "is a hole that touches hole " + ringA + " (coordinates/" + ringA
                            + ") at more than one point, cutting off part of the zone, near " + where(error));
            default -> errors.add(at(COORDINATES, ringB), "is a hole that does not fit with hole " + ringA
                    + " (coordinates/" + ringA + "): " + describe(error) + ", near " + where(error));
        }
    }

    /** The ring's coordinates for JTS: x longitude, y latitude, negative zeros made positive. */
    private static Coordinate[] coordinates(List<GeoPoint> ring) {
        Coordinate[] coordinates = new Coordinate[ring.size()];
        for (int i = 0; i < coordinates.length; i++) {
            GeoPoint point = ring.get(i);
            // + 0.0 turns -0.0 into 0.0: equal coordinates must hash alike.
            coordinates[i] = new Coordinate(point.longitude() + 0.0, point.latitude() + 0.0);
        }
        // GeoJSON allows a position repeated in a row; it adds nothing to the shape.
        return CoordinateArrays.removeRepeatedPoints(coordinates);
    }

    private static int distinctCount(Coordinate[] coordinates) {
        Set<Coordinate> distinct = new HashSet<>();
        for (Coordinate coordinate : coordinates) {
            distinct.add(coordinate);
            if (distinct.size() >= 3) {
                break;
            }
        }
        return distinct.size();
    }

    /** Whether every position lies on the line through the first two distinct ones; exact, not within a tolerance. */
    private static boolean isOnOneLine(Coordinate[] coordinates) {
        Coordinate first = coordinates[0];
        Coordinate second = coordinates[1];
        for (int i = 2; i < coordinates.length; i++) {
            if (Orientation.index(first, second, coordinates[i]) != Orientation.COLLINEAR) {
                return false;
            }
        }
        return true;
    }

    private static String describe(TopologyValidationError error) {
        String message = error.getMessage();
        return message.isEmpty() ? "is invalid" : "is invalid (" + message.toLowerCase(Locale.ROOT) + ")";
    }

    private static String where(TopologyValidationError error) {
        Coordinate at = error.getCoordinate();
        return at == null ? "an unknown position" : position(at.x, at.y);
    }
}
