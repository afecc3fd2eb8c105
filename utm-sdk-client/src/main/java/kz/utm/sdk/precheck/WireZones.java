package kz.utm.sdk.precheck;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import kz.utm.core.common.AltitudeBand;
import kz.utm.core.common.Audit;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ZoneId;
import kz.utm.core.flightplan.Waypoint;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;
import kz.utm.sdk.wire.Zone;
import kz.utm.sdk.wire.ZoneShape;

/**
 * The SDK's wire zones and waypoints as utm-core's values, which utm-geofence indexes and
 * checks. Every problem is collected and named at once, as an {@link IllegalArgumentException}:
 * utm-core's own exceptions do not leave this package. Stateless and thread-safe.
 */
final class WireZones {

    private WireZones() {
    }

    /** The zones as restricted zones, in the same order. */
    static List<RestrictedZone> toCore(List<Zone> zones) {
        List<RestrictedZone> converted = new ArrayList<>(zones.size());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < zones.size(); i++) {
            Zone zone = Objects.requireNonNull(zones.get(i), "zones[" + i + "]");
            try {
                converted.add(toCore(zone));
            } catch (RuntimeException e) {
                problems.add("zone " + zone.id() + " (" + zone.name() + "): " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("zones that cannot be checked against: " + String.join("; ", problems));
        }
        return converted;
    }

    /** The route as waypoints, in the order given. */
    static List<Waypoint> toCore(List<kz.utm.sdk.wire.Waypoint> route, String name) {
        List<Waypoint> converted = new ArrayList<>(route.size());
        List<String> problems = new ArrayList<>();
        if (route.size() < 2) {
            problems.add(name + " needs at least two waypoints, has " + route.size());
        }
        for (int i = 0; i < route.size(); i++) {
            kz.utm.sdk.wire.Waypoint waypoint = Objects.requireNonNull(route.get(i), name + "[" + i + "]");
            try {
                converted.add(new Waypoint(Math.max(0, waypoint.sequenceOrder()),
                        new GeoPoint(waypoint.latitude(), waypoint.longitude()), waypoint.altitudeM()));
            } catch (RuntimeException e) {
                problems.add(name + "[" + i + "]: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return converted;
    }

    private static RestrictedZone toCore(Zone zone) {
        Optional<Instant> deleted = zone.deletedAt() == null ? Optional.empty() : zone.deletedAt();
        return new RestrictedZone(new ZoneId(zone.id()), Objects.requireNonNull(zone.name(), "name"),
                zone.description() == null ? Optional.empty() : zone.description(),
                geometry(Objects.requireNonNull(zone.shape(), "shape")),
                AltitudeBand.of(optional(zone.minAltitudeM()), optional(zone.maxAltitudeM())), zone.active(),
                // Who defined the zone changes nothing in a check; a zone made up by hand may name nobody.
                new UserId(Math.max(1, zone.createdByAuthorityId())), 0,
                new Audit(Instant.EPOCH, Instant.EPOCH, deleted));
    }

    private static ZoneGeometry geometry(ZoneShape shape) {
        if (shape instanceof ZoneShape.Circle circle) {
            return new ZoneGeometry.Circle(new GeoPoint(circle.latitude(), circle.longitude()), circle.radiusM());
        }
        ZoneShape.Polygon polygon = (ZoneShape.Polygon) shape;
        return new ZoneGeometry.Polygon(ring(polygon.shell()), polygon.holes().stream().map(WireZones::ring).toList());
    }

    private static List<GeoPoint> ring(List<ZoneShape.Position> ring) {
        return ring.stream().map(position -> new GeoPoint(position.latitude(), position.longitude())).toList();
    }

    private static OptionalDouble optional(Optional<Double> value) {
        return value == null || value.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(value.get());
    }
}
