package kz.utm.benchmarks;

import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.ItemVisitor;
import org.locationtech.jts.index.strtree.STRtree;

import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;

/**
 * Contender (b), the baseline: a JTS {@link STRtree} over the zones' extents, polygons as
 * {@link PreparedGeometry} (prepared once) tested with {@code covers} so that a boundary point
 * is inside, as in UTM Kit; circles tested after the extent filter as UTM Kit tests them
 * ({@link MetricCircle}), not as polygons; the altitude band checked first, being the
 * cheapest. Written to allocate as little as JTS allows: one search envelope, one point geometry
 * (its coordinate moved in place and {@code geometryChanged()} called) and one visitor, reused.
 *
 * <p>Not thread-safe (the reused query objects): one instance per thread.
 */
final class JtsStrTreePrepared {

    /** One indexed zone. */
    static final class Item {
        final int zoneId;
        final double lower;
        final double upper;
        /** Null for a circle. */
        final PreparedGeometry prepared;
        /** Null for a polygon. */
        final MetricCircle circle;

        Item(int zoneId, double lower, double upper, PreparedGeometry prepared, MetricCircle circle) {
            this.zoneId = zoneId;
            this.lower = lower;
            this.upper = upper;
            this.prepared = prepared;
            this.circle = circle;
        }
    }

    private final STRtree tree;
    private final Envelope search = new Envelope();
    private final Point point;
    private final CoordinateSequence pointCoordinates;
    private final Visitor visitor = new Visitor();

    private JtsStrTreePrepared(STRtree tree) {
        this.tree = tree;
        this.point = JtsZones.FACTORY.createPoint(new Coordinate(0, 0));
        this.pointCoordinates = point.getCoordinateSequence();
        visitor.point = point;
    }

    /**
     * Builds the tree over the zones (all taken to be in force). The prepared polygons build
     * their point locators lazily, on their first {@code covers}: call {@link #forceLocators}
     * before timing queries.
     */
    static JtsStrTreePrepared build(List<RestrictedZone> zones) {
        STRtree tree = new STRtree();
        PreparedGeometryFactory prepare = new PreparedGeometryFactory();
        for (RestrictedZone zone : zones) {
            double lower = zone.altitudeBand().lowerMetres();
            double upper = zone.altitudeBand().upperMetres();
            int id = zone.id().value();
            if (zone.geometry() instanceof ZoneGeometry.Circle circle) {
                MetricCircle metric = new MetricCircle(circle.centre().latitude(), circle.centre().longitude(),
                        circle.radiusMetres());
                double[] e = metric.extent();
                tree.insert(new Envelope(e[0], e[2], e[1], e[3]),
                        new Item(id, lower, upper, null, metric));
            } else {
                Polygon polygon = JtsZones.polygon((ZoneGeometry.Polygon) zone.geometry());
                tree.insert(polygon.getEnvelopeInternal(), new Item(id, lower, upper, prepare.create(polygon), null));
            }
        }
        tree.build();
        return new JtsStrTreePrepared(tree);
    }

    /** Calls {@code covers} once on every prepared polygon, so that its locators are built. */
    JtsStrTreePrepared forceLocators() {
        for (Object o : tree.itemsTree()) {
            forceLocators(o);
        }
        return this;
    }

    private void forceLocators(Object node) {
        if (node instanceof List<?> children) {
            for (Object child : children) {
                forceLocators(child);
            }
        } else {
            Item item = (Item) node;
            if (item.prepared != null) {
                Envelope e = item.prepared.getGeometry().getEnvelopeInternal();
                item.prepared.covers(JtsZones.FACTORY.createPoint(e.centre()));
            }
        }
    }

    /** The tree, for the memory measure. */
    STRtree tree() {
        return tree;
    }

    /**
     * Fills {@code hits} with the ids of the zones the point is inside.
     *
     * @return how many
     */
    int check(double lat, double lon, double alt, InsideHits hits) {
        hits.clear();
        search.init(lon, lon, lat, lat);
        pointCoordinates.setOrdinate(0, CoordinateSequence.X, lon);
        pointCoordinates.setOrdinate(0, CoordinateSequence.Y, lat);
        point.geometryChanged();
        Visitor v = visitor;
        v.lat = lat;
        v.lon = lon;
        v.alt = alt;
        // References stored only when they change, as UTM Kit's ZoneHits does: a store into a
        // long-lived object costs a GC write barrier, which neither contender should pay per query.
        if (v.hits != hits) {
            v.hits = hits;
        }
        tree.query(search, v);
        return hits.count();
    }

    private static final class Visitor implements ItemVisitor {
        double lat;
        double lon;
        double alt;
        Point point;
        InsideHits hits;

        @Override
        public void visitItem(Object o) {
            Item item = (Item) o;
            if (alt < item.lower || alt > item.upper) {
                return;
            }
            boolean inside = item.prepared == null
                    ? item.circle.contains(lat, lon)
                    : item.prepared.covers(point);
            if (inside) {
                hits.add(item.zoneId);
            }
        }
    }
}
