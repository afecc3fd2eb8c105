package kz.utm.core.flightplan;

import java.util.Objects;

import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.ZoneId;

/**
 * A planned route entering a restricted zone.
 *
 * @param zoneId the zone
 * @param zoneName its name, for people
 * @param legIndex the first leg that enters it: leg {@code i} joins waypoints {@code i} and {@code i + 1}
 * @param entryPoint where that leg enters the zone (the waypoint itself when it starts inside)
 * @param entryAltitudeM the altitude there, metres
 */
public record AirspaceConflict(ZoneId zoneId, String zoneName, int legIndex, GeoPoint entryPoint,
        double entryAltitudeM) {

    /** @throws NullPointerException if a component is null */
    public AirspaceConflict {
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(zoneName, "zoneName");
        Objects.requireNonNull(entryPoint, "entryPoint");
    }

    @Override
    public String toString() {
        return "zone " + zoneId + " (" + zoneName + ") entered on leg " + legIndex + " at "
                + entryPoint.latitude() + ", " + entryPoint.longitude() + ", " + entryAltitudeM + " m";
    }
}
