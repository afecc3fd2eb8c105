package kz.utm.sdk;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JavaType;

import kz.utm.sdk.internal.HttpCall;
import kz.utm.sdk.internal.Pages;
import kz.utm.sdk.internal.Transport;
import kz.utm.sdk.wire.Assignment;
import kz.utm.sdk.wire.Drone;
import kz.utm.sdk.wire.Page;
import kz.utm.sdk.wire.RegisterDrone;
import kz.utm.sdk.wire.UpdateDrone;

/**
 * Drones ({@code /drones}) and the pilots assigned to them. Thread-safe. A {@code null}
 * argument is refused with a {@link NullPointerException}, an id below 1 or a bad page bound
 * with an {@link IllegalArgumentException}, both naming the parameter, before anything is sent;
 * the server's refusals are the exceptions of {@link kz.utm.sdk.error}.
 */
public final class Drones {

    private final Transport transport;
    private final Resources<Drone> resources;
    private final JavaType assignments;

    Drones(Transport transport) {
        this.transport = transport;
        this.resources = new Resources<>(transport, "/drones", Drone.class, "drone id");
        this.assignments = transport.mapper().getTypeFactory().constructCollectionType(List.class, Assignment.class);
    }

    /** Registers a drone: an organization admin's for the organization, a solo pilot's own. */
    public Drone register(RegisterDrone command) {
        Checks.present(command, "command");
        return transport.call(HttpCall.post("/drones").body(command), Drone.class);
    }

    /** A drone. */
    public Drone get(int id) {
        return resources.get(id);
    }

    /** One page of the drones the caller may read. */
    public Page<Drone> list(int offset, int limit) {
        return resources.list(HttpCall.get("/drones"), offset, limit);
    }

    /** Every drone the caller may read, fetched a page at a time as the stream is read. */
    public Stream<Drone> all() {
        return Pages.all(offset -> list(offset, Checks.STREAM_PAGE));
    }

    /** Updates a drone's details and status (its solo owner or its organization's admin). */
    public Drone update(int id, UpdateDrone command) {
        Checks.present(command, "command");
        return transport.call(HttpCall.put(resources.path(id)).body(command), Drone.class);
    }

    /** Soft-deletes a drone (its owner; the authority, to ground it). */
    public Drone delete(int id) {
        return resources.delete(id);
    }

    /** Restores a soft-deleted drone (the authority). */
    public Drone restore(int id) {
        return resources.act(id, "restore");
    }

    /** The pilots assigned to the drone that the caller may see. */
    public List<Assignment> pilots(int droneId) {
        return transport.call(HttpCall.get(resources.path(droneId) + "/pilots"), assignments);
    }

    /** Assigns one of the organization's pilots to the drone; assigning twice keeps the first assignment. */
    public Assignment assignPilot(int droneId, int pilotId) {
        return transport.call(HttpCall.put(pilotPath(droneId, pilotId)), Assignment.class);
    }

    /**
     * Takes a pilot's assignment away.
     *
     * @throws kz.utm.sdk.error.NotFoundException also when the pilot is not assigned to the drone
     */
    public void unassignPilot(int droneId, int pilotId) {
        transport.callWithoutAnswer(HttpCall.delete(pilotPath(droneId, pilotId)));
    }

    private String pilotPath(int droneId, int pilotId) {
        return resources.path(droneId) + "/pilots/" + Checks.id(pilotId, "pilot id");
    }
}
