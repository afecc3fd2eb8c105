package kz.utm.sdk.wire;

/**
 * One point of a planned route, both as submitted and as the server shows it. Immutable and
 * thread-safe. The server checks the ranges and that the orders are contiguous from 0.
 *
 * @param sequenceOrder the point's place in the route, from 0
 * @param latitude degrees north, WGS84
 * @param longitude degrees east, WGS84
 * @param altitudeM metres above ground
 */
public record Waypoint(int sequenceOrder, double latitude, double longitude, double altitudeM) {
}
