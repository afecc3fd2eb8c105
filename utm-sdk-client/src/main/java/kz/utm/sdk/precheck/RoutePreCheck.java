package kz.utm.sdk.precheck;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import kz.utm.core.flightplan.AirspaceConflict;
import kz.utm.geofence.GeofenceSettings;
import kz.utm.geofence.ZoneIndex;
import kz.utm.sdk.UtmClient;
import kz.utm.sdk.error.RouteConflict;
import kz.utm.sdk.wire.Waypoint;
import kz.utm.sdk.wire.Zone;

/**
 * The restricted zones in force, taken from the server once and indexed on the ground station,
 * to check a planned route before submitting it: the same conflicts (zones, legs, entry points)
 * the server's route check answers a submission with (409 {@code route-conflict}), found without
 * a round trip and offline, as of when the zones were taken.
 *
 * <pre>{@code
 * RoutePreCheck airspace = RoutePreCheck.download(utm);
 * List<RouteConflict> conflicts = airspace.check(route);
 * if (conflicts.isEmpty()) {
 *     utm.flightPlans().submit(new SubmitFlightPlan(droneId, departure, arrival, route));
 * }
 * }</pre>
 *
 * <p>It builds utm-geofence's {@link ZoneIndex} (warning distances 0: a route check knows no
 * warnings), so {@code kz.utm:utm-geofence} must be on the class path; the SDK depends on it
 * optionally. Zones that are inactive or deleted are skipped, as the server skips them. The
 * zones change on the server: take them again before a check that matters (the server checks
 * every submission anyway).
 *
 * <p>Immutable and thread-safe: any number of threads may check at once.
 */
public final class RoutePreCheck {

    private final ZoneIndex index;
    private final Instant downloadedAt;

    private RoutePreCheck(ZoneIndex index, Instant downloadedAt) {
        this.index = index;
        this.downloadedAt = downloadedAt;
    }

    /**
     * Takes every zone in force from the server (all pages of {@code GET /zones}) and indexes them.
     *
     * @throws NullPointerException if the client is null
     * @throws kz.utm.sdk.error.UtmApiException as the zone list call throws it
     * @throws IllegalArgumentException if the server sent a zone that cannot be indexed, naming it
     */
    public static RoutePreCheck download(UtmClient client) {
        Objects.requireNonNull(client, "client");
        List<Zone> zones = client.zones().inForce().toList();
        return of(zones, client.transport().clock().instant());
    }

    /**
     * Indexes these zones (those not in force skipped), taken now by the system clock.
     *
     * @throws NullPointerException if the list or a zone is null
     * @throws IllegalArgumentException naming each zone that cannot be indexed (a ring not
     *     closed, a radius out of range, a band upside down) and why
     */
    public static RoutePreCheck of(List<Zone> zones) {
        return of(zones, Clock.systemUTC().instant());
    }

    /**
     * Indexes these zones (those not in force skipped), taken at {@code takenAt}.
     *
     * @throws NullPointerException if an argument or a zone is null
     * @throws IllegalArgumentException naming each zone that cannot be indexed and why
     */
    public static RoutePreCheck of(List<Zone> zones, Instant takenAt) {
        Objects.requireNonNull(zones, "zones");
        Objects.requireNonNull(takenAt, "takenAt");
        return new RoutePreCheck(ZoneIndex.build(WireZones.toCore(zones), new GeofenceSettings(0, 0)), takenAt);
    }

    /**
     * Every zone the route enters, each once, at the first leg that enters it and where: ordered
     * by leg, then along the leg, then by zone id, as the server orders them. The legs join the
     * waypoints in the order given, straight in longitude/latitude, the altitude changing evenly
     * along each; touching a zone's boundary enters it. Empty when the route is clear.
     *
     * @throws NullPointerException if the route or a waypoint is null
     * @throws IllegalArgumentException if the route has fewer than two waypoints, naming each
     *     waypoint with a coordinate out of range or an altitude that is not a finite number
     */
    public List<RouteConflict> check(List<Waypoint> route) {
        List<AirspaceConflict> conflicts = index.conflicts(WireZones.toCore(Objects.requireNonNull(route, "route"),
                "route"));
        return conflicts.stream().map(conflict -> new RouteConflict(conflict.zoneId().value(), conflict.zoneName(),
                conflict.legIndex(), conflict.entryPoint().latitude(), conflict.entryPoint().longitude(),
                conflict.entryAltitudeM())).toList();
    }

    /** How many zones are indexed: those in force. */
    public int zoneCount() {
        return index.size();
    }

    /** When the zones were taken from the server (by the client's clock), or given to {@link #of}. */
    public Instant downloadedAt() {
        return downloadedAt;
    }

    @Override
    public String toString() {
        return "RoutePreCheck[" + zoneCount() + " zones, downloaded at " + downloadedAt + "]";
    }
}
