package kz.utm.benchmarks;

import java.util.List;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.ItemVisitor;
import org.locationtech.jts.index.hprtree.HPRtree;

import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;

/**
 * Contender (c): a JTS {@link HPRtree} (packed Hilbert R-tree) over the zones' extents, polygons
 * located with an {@link IndexedPointInAreaLocator} each (anything but exterior is inside, so
 * the boundary is), circles as UTM Kit tests them ({@link MetricCircle}); the altitude
 * band first. One search envelope, one coordinate and one visitor, reused.
 *
 * <p>Not thread-safe (the reused query objects): one instance per thread.
 */
final class JtsHprTreeLocator {

    /** One indexed zone. */
    static final class Item {
        final int zoneId;
        final double lower;
        final double upper;
        /** Null for a circle. */
        final IndexedPointInAreaLocator locator;
        /** Null for a polygon. */
        final MetricCircle circle;

        Item(int zoneId, double lower, double upper, IndexedPointInAreaLocator locator, MetricCircle circle) {
            this.zoneId = zoneId;
            this.lower = lower;
            this.upper = upper;
            this.locator = locator;
            this.circle = circle;
        }
    }

    private final HPRtree tree;
    private final Envelope search = new Envelope();
    private final Visitor visitor = new Visitor();

    private JtsHprTreeLocator(HPRtree tree) {
        this.tree = tree;
    }

    /** Builds the tree and the locators' indexes (by locating one point in each). */
    static JtsHprTreeLocator build(List<RestrictedZone> zones) {
        HPRtree tree = new HPRtree();
        for (RestrictedZone zone : zones) {
            double lower = zone.altitudeBand().lowerMetres();
            double upper = zone.altitudeBand().upperMetres();
            int id = zone.id().value();
            Item item;
            Envelope envelope;
            if (zone.geometry() instanceof ZoneGeometry.Circle circle) {
                MetricCircle metric = new MetricCircle(circle.centre().latitude(), circle.centre().longitude(),
                        circle.radiusMetres());
                double[] e = metric.extent();
                envelope = new Envelope(e[0], e[2], e[1], e[3]);
                item = new Item(id, lower, upper, null, metric);
            } else {
                Polygon polygon = JtsZones.polygon((ZoneGeometry.Polygon) zone.geometry());
                envelope = polygon.getEnvelopeInternal();
                IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(polygon);
                locator.locate(envelope.centre());
                item = new Item(id, lower, upper, locator, null);
            }
            tree.insert(envelope, item);
        }
        tree.build();
        return new JtsHprTreeLocator(tree);
    }

    /** The tree, for the memory measure. */
    HPRtree tree() {
        return tree;
    }

    int check(double lat, double lon, double alt, InsideHits hits) {
        hits.clear();
        search.init(lon, lon, lat, lat);
        Visitor v = visitor;
        v.coordinate.x = lon;
        v.coordinate.y = lat;
        v.alt = alt;
        // Stored only when it changes, as in the other contenders (a GC write barrier otherwise).
        if (v.hits != hits) {
            v.hits = hits;
        }
        tree.query(search, v);
        return hits.count();
    }

    private static final class Visitor implements ItemVisitor {
        final Coordinate coordinate = new Coordinate();
        double alt;
        InsideHits hits;

        @Override
        public void visitItem(Object o) {
            Item item = (Item) o;
            if (alt < item.lower || alt > item.upper) {
                return;
            }
            boolean inside = item.locator == null
                    ? item.circle.contains(coordinate.y, coordinate.x)
                    : item.locator.locate(coordinate) != Location.EXTERIOR;
            if (inside) {
                hits.add(item.zoneId);
            }
        }
    }
}
