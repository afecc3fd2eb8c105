package kz.utm.benchmarks;

import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import kz.utm.core.common.GeoPoint;
import kz.utm.core.zone.ZoneGeometry;

/** Zone polygons as JTS geometries: x is the longitude, y the latitude, as in GeoJSON. */
final class JtsZones {

    /** The factory both JTS contenders use: floating precision, coordinate arrays. */
    static final GeometryFactory FACTORY = new GeometryFactory();

    private JtsZones() {
    }

    static Polygon polygon(ZoneGeometry.Polygon polygon) {
        LinearRing shell = ring(polygon.shell());
        LinearRing[] holes = new LinearRing[polygon.holes().size()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring(polygon.holes().get(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(List<GeoPoint> points) {
        Coordinate[] coordinates = new Coordinate[points.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = new Coordinate(points.get(i).longitude(), points.get(i).latitude());
        }
        return FACTORY.createLinearRing(coordinates);
    }
}
