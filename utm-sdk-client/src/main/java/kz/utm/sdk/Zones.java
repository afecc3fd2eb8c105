package kz.utm.sdk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import kz.utm.sdk.internal.HttpCall;
import kz.utm.sdk.internal.Pages;
import kz.utm.sdk.internal.Transport;
import kz.utm.sdk.wire.BoundingBox;
import kz.utm.sdk.wire.DefineZone;
import kz.utm.sdk.wire.Page;
import kz.utm.sdk.wire.Zone;

/**
 * Restricted zones ({@code /zones}): any signed-in user reads the zones in force; the authority
 * defines, redefines, deactivates, activates, deletes and restores them, and may list every
 * zone. Thread-safe. A {@code null} argument is refused with a {@link NullPointerException}, an
 * id below 1 or a bad page bound with an {@link IllegalArgumentException}, both naming the
 * parameter, before anything is sent; a bad shape is a {@link kz.utm.sdk.error.ValidationException}
 * naming the value as {@code definition/...}.
 */
public final class Zones {

    /** The page size {@link #all} streams use: the server's largest for zones. */
    static final int STREAM_PAGE = 10_000;

    private final Transport transport;
    private final Resources<Zone> resources;

    Zones(Transport transport) {
        this.transport = transport;
        this.resources = new Resources<>(transport, "/zones", Zone.class, "zone id");
    }

    /** Defines a zone (the authority). */
    public Zone create(DefineZone command) {
        return transport.call(HttpCall.post("/zones").body(body(command)), Zone.class);
    }

    /** Redefines a zone's name, shape and altitudes (the authority). */
    public Zone redefine(int id, DefineZone command) {
        return transport.call(HttpCall.put(resources.path(id)).body(body(command)), Zone.class);
    }

    /** A zone. */
    public Zone get(int id) {
        return resources.get(id);
    }

    /**
     * One page of the zones in force, or of every zone with {@code everyZone} (the authority),
     * optionally only those meeting a box.
     */
    public Page<Zone> list(Optional<BoundingBox> box, boolean everyZone, int offset, int limit) {
        Checks.present(box, "box");
        HttpCall call = HttpCall.get("/zones");
        if (box.isPresent()) {
            BoundingBox b = box.get();
            call = call.query("bbox", b.minLongitude() + "," + b.minLatitude() + "," + b.maxLongitude() + ","
                    + b.maxLatitude());
        }
        if (everyZone) {
            call = call.query("all", "true");
        }
        return resources.list(call, offset, limit);
    }

    /** The zones in force, fetched a page at a time as the stream is read. */
    public Stream<Zone> inForce() {
        return all(Optional.empty(), false);
    }

    /** As {@link #list}, every page, fetched as the stream is read. */
    public Stream<Zone> all(Optional<BoundingBox> box, boolean everyZone) {
        Checks.present(box, "box");
        return Pages.all(offset -> list(box, everyZone, offset, STREAM_PAGE));
    }

    /** Takes a zone out of force (the authority). */
    public Zone deactivate(int id) {
        return resources.act(id, "deactivate");
    }

    /** Puts a zone back in force (the authority). */
    public Zone activate(int id) {
        return resources.act(id, "activate");
    }

    /** Soft-deletes a zone (the authority). */
    public Zone delete(int id) {
        return resources.delete(id);
    }

    /** Restores a soft-deleted zone (the authority). */
    public Zone restore(int id) {
        return resources.act(id, "restore");
    }

    // The wire names the shape "definition" and files it under its geometry type.
    private static Map<String, Object> body(DefineZone command) {
        Checks.present(command, "command");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", command.name());
        command.description().ifPresent(description -> body.put("description", description));
        body.put("geometryType", command.shape().geometryType());
        body.put("definition", command.shape());
        command.minAltitudeM().ifPresent(floor -> body.put("minAltitudeM", floor));
        command.maxAltitudeM().ifPresent(ceiling -> body.put("maxAltitudeM", ceiling));
        return body;
    }
}
