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
 * the boundary is), circles with UTM Kit's metric formula ({@link MetricCircle}); the altitude
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
        final double centreLat;
        final double centreLon;
        final double radius;

        Item(int zoneId, double lower, double upper, IndexedPointInAreaLocator locator, double centreLat,
                double centreLon, double radius) {
            this.zoneId = zoneId;
            this.lower = lower;
            this.upper = upper;
            this.locator = locator;
            this.centreLat = centreLat;
            this.centreLon = centreLon;
            this.radius = radius;
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
                double lat = circle.centre().latitude();
                double lon = circle.centre().longitude();
                double[] e = MetricCircle.extent(lat, lon, circle.radiusMetres());
                envelope = new Envelope(e[0], e[2], e[1], e[3]);
                item = new Item(id, lower, upper, null, lat, lon, circle.radiusMetres());
            } else {
                Polygon polygon = JtsZones.polygon((ZoneGeometry.Polygon) zone.geometry());
                envelope = polygon.getEnvelopeInternal();
                IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(polygon);
                locator.locate(envelope.centre());
                item = new Item(id, lower, upper, locator, 0, 0, 0);
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
        v.hits = hits;
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
                    ? MetricCircle.contains(item.centreLat, item.centreLon, item.radius, coordinate.y, coordinate.x)
                    : item.locator.locate(coordinate) != Location.EXTERIOR;
            if (inside) {
                hits.add(item.zoneId);
            }
        }
    }
}
