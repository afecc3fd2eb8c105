package kz.utm.sdk;

import java.util.stream.Stream;

import kz.utm.sdk.internal.HttpCall;
import kz.utm.sdk.internal.Pages;
import kz.utm.sdk.internal.Transport;
import kz.utm.sdk.wire.ChangeRole;
import kz.utm.sdk.wire.CreateUser;
import kz.utm.sdk.wire.Page;
import kz.utm.sdk.wire.RegisterSoloPilot;
import kz.utm.sdk.wire.UpdateProfile;
import kz.utm.sdk.wire.User;

/**
 * Users ({@code /users}): self-registration, accounts created by admins, profiles, roles and
 * account states. Thread-safe. A {@code null} argument is refused with a
 * {@link NullPointerException}, an id below 1 or a bad page bound with an
 * {@link IllegalArgumentException}, both naming the parameter, before anything is sent; the
 * server's refusals are the exceptions of {@link kz.utm.sdk.error}.
 */
public final class Users {

    private final Transport transport;
    private final Resources<User> resources;

    Users(Transport transport) {
        this.transport = transport;
        this.resources = new Resources<>(transport, "/users", User.class, "user id");
    }

    /** Registers oneself as a solo pilot; needs no token. */
    public User register(RegisterSoloPilot command) {
        Checks.present(command, "command");
        return transport.call(HttpCall.post("/users/register").anonymous().body(command), User.class);
    }

    /** Creates a user with a role (the authority; an organization admin for their pilots). */
    public User create(CreateUser command) {
        Checks.present(command, "command");
        return transport.call(HttpCall.post("/users").body(command), User.class);
    }

    /** The signed-in user. */
    public User me() {
        return transport.call(HttpCall.get("/users/me"), User.class);
    }

    /** A user. */
    public User get(int id) {
        return resources.get(id);
    }

    /** One page of the users the caller may read, by id. */
    public Page<User> list(int offset, int limit) {
        return resources.list(HttpCall.get("/users"), offset, limit);
    }

    /** Every user the caller may read, by id, fetched a page at a time as the stream is read. */
    public Stream<User> all() {
        return Pages.all(offset -> list(offset, Checks.STREAM_PAGE));
    }

    /** Changes one's own name, phone number and, optionally, password. */
    public User updateProfile(int id, UpdateProfile command) {
        Checks.present(command, "command");
        return transport.call(HttpCall.put(resources.path(id) + "/profile").body(command), User.class);
    }

    /** Changes a user's role and organization (the authority). */
    public User changeRole(int id, ChangeRole command) {
        Checks.present(command, "command");
        return transport.call(HttpCall.put(resources.path(id) + "/role").body(command), User.class);
    }

    /** Deactivates a user: their requests are refused until reactivated. */
    public User deactivate(int id) {
        return resources.act(id, "deactivate");
    }

    /** Reactivates a deactivated user. */
    public User reactivate(int id) {
        return resources.act(id, "reactivate");
    }

    /** Soft-deletes a user; never the last active authority admin. */
    public User delete(int id) {
        return resources.delete(id);
    }

    /** Restores a soft-deleted user (the authority). */
    public User restore(int id) {
        return resources.act(id, "restore");
    }
}
