package kz.utm.sdk;

import java.util.Map;
import java.util.stream.Stream;

import kz.utm.sdk.internal.HttpCall;
import kz.utm.sdk.internal.Pages;
import kz.utm.sdk.internal.Transport;
import kz.utm.sdk.wire.Organization;
import kz.utm.sdk.wire.Page;
import kz.utm.sdk.wire.RegisterOrganization;
import kz.utm.sdk.wire.UpdateOrganization;

/**
 * Organizations ({@code /organizations}): registered by the authority, kept up by their admin.
 * Thread-safe. A {@code null} argument is refused with a {@link NullPointerException}, an id
 * below 1 or a bad page bound with an {@link IllegalArgumentException}, both naming the
 * parameter, before anything is sent; the server's refusals are the exceptions of
 * {@link kz.utm.sdk.error}.
 */
public final class Organizations {

    private final Transport transport;
    private final Resources<Organization> resources;

    Organizations(Transport transport) {
        this.transport = transport;
        this.resources = new Resources<>(transport, "/organizations", Organization.class, "organization id");
    }

    /** Registers an organization (the authority). */
    public Organization register(RegisterOrganization command) {
        Checks.present(command, "command");
        return transport.call(HttpCall.post("/organizations").body(command), Organization.class);
    }

    /** An organization. */
    public Organization get(int id) {
        return resources.get(id);
    }

    /** One page of the organizations the caller may read. */
    public Page<Organization> list(int offset, int limit) {
        return resources.list(HttpCall.get("/organizations"), offset, limit);
    }

    /** Every organization the caller may read, fetched a page at a time as the stream is read. */
    public Stream<Organization> all() {
        return Pages.all(offset -> list(offset, Checks.STREAM_PAGE));
    }

    /** Updates an organization's details (its admin or the authority). */
    public Organization update(int id, UpdateOrganization command) {
        Checks.present(command, "command");
        return transport.call(HttpCall.put(resources.path(id)).body(command), Organization.class);
    }

    /** Sets the organization's admin (the authority). */
    public Organization setAdmin(int id, int adminId) {
        Checks.id(adminId, "adminId");
        return transport.call(HttpCall.put(resources.path(id) + "/admin").body(Map.of("adminId", adminId)),
                Organization.class);
    }

    /** Deactivates an organization: its members may do nothing (the authority). */
    public Organization deactivate(int id) {
        return resources.act(id, "deactivate");
    }

    /** Reactivates an organization (the authority). */
    public Organization reactivate(int id) {
        return resources.act(id, "reactivate");
    }

    /** Soft-deletes an organization (the authority). */
    public Organization delete(int id) {
        return resources.delete(id);
    }

    /** Restores a soft-deleted organization (the authority). */
    public Organization restore(int id) {
        return resources.act(id, "restore");
    }
}
