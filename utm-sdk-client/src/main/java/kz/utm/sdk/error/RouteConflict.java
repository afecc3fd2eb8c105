package kz.utm.sdk.error;

/**
 * Where a planned route first enters a restricted zone. Immutable and thread-safe.
 *
 * @param zoneId the zone
 * @param zoneName its name
 * @param legIndex the leg from waypoint {@code legIndex} to the next
 * @param entryLatitude where the route enters, degrees north
 * @param entryLongitude where the route enters, degrees east
 * @param entryAltitudeM at what altitude, metres
 */
public record RouteConflict(int zoneId, String zoneName, int legIndex, double entryLatitude, double entryLongitude,
        double entryAltitudeM) {
}
