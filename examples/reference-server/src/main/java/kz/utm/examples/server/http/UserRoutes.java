package kz.utm.examples.server.http;

import java.util.Optional;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.user.ChangeRole;
import kz.utm.core.user.CreateUser;
import kz.utm.core.user.RegisterSoloPilot;
import kz.utm.core.user.UpdateProfile;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;
import kz.utm.core.user.UserService;
import kz.utm.examples.server.UtmApplication;
import kz.utm.examples.server.api.Page;
import kz.utm.examples.server.api.UserView;

/** Users: self-registration, creation by admins, reads, profile, role, and account states. */
final class UserRoutes {

    private static final String USERS = ApiServer.BASE + "/users";

    private final UtmApplication application;
    private final UserService users;

    UserRoutes(UtmApplication application) {
        this.application = application;
        this.users = application.core().users();
    }

    void register(RoutesConfig routes) {
        routes.post(USERS + "/register", this::registerSelf);
        routes.post(USERS, this::create);
        routes.get(USERS, ctx -> Json.respond(ctx, 200, Page.of(
                users.list(Requests.actor(ctx)).stream().map(UserView::of).toList(),
                Requests.offset(ctx), Requests.limit(ctx))));
        routes.get(USERS + "/me", ctx -> respond(ctx, 200, users.get(Requests.actor(ctx), Requests.actor(ctx))));
        routes.get(USERS + "/{id}", ctx -> respond(ctx, 200, users.get(Requests.actor(ctx), id(ctx))));
        routes.put(USERS + "/{id}/profile", this::updateProfile);
        routes.put(USERS + "/{id}/role", this::changeRole);
        routes.post(USERS + "/{id}/deactivate", ctx -> respond(ctx, 200, users.deactivate(Requests.actor(ctx), id(ctx))));
        routes.post(USERS + "/{id}/reactivate", ctx -> respond(ctx, 200, users.reactivate(Requests.actor(ctx), id(ctx))));
        routes.delete(USERS + "/{id}", ctx -> respond(ctx, 200, users.delete(Requests.actor(ctx), id(ctx))));
        routes.post(USERS + "/{id}/restore", ctx -> respond(ctx, 200, users.restore(Requests.actor(ctx), id(ctx))));
    }

    private void registerSelf(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.bodyAsBytes());
        RegisterSoloPilot command = body.finish(new RegisterSoloPilot(body.text("fullName"), body.text("email"),
                body.optionalText("phoneNumber"), body.optionalText("iin"), body.text("password")),
                application.validator());
        respond(ctx, 201, users.registerSoloPilot(command));
    }

    private void create(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.bodyAsBytes());
        CreateUser command = body.finish(new CreateUser(body.text("fullName"), body.text("email"),
                body.optionalText("phoneNumber"), body.optionalText("iin"), body.text("password"),
                body.constant("role", UserRole.class), body.optionalId("organizationId", OrganizationId::of)),
                application.validator());
        respond(ctx, 201, users.createUser(Requests.actor(ctx), command));
    }

    private void updateProfile(Context ctx) {
        UserId user = id(ctx);
        JsonBody body = JsonBody.parse(ctx.bodyAsBytes());
        UpdateProfile command = body.finish(new UpdateProfile(body.text("fullName"),
                body.optionalText("phoneNumber"), body.optionalText("newPassword")), application.validator());
        respond(ctx, 200, users.updateProfile(Requests.actor(ctx), user, command));
    }

    private void changeRole(Context ctx) {
        UserId user = id(ctx);
        JsonBody body = JsonBody.parse(ctx.bodyAsBytes());
        Optional<OrganizationId> organization = body.optionalId("organizationId", OrganizationId::of);
        ChangeRole command = body.finish(new ChangeRole(body.constant("role", UserRole.class), organization),
                application.validator());
        respond(ctx, 200, users.changeRole(Requests.actor(ctx), user, command));
    }

    private static UserId id(Context ctx) {
        return Requests.pathId(ctx, "id", "user", UserId::of);
    }

    private static void respond(Context ctx, int status, User user) {
        Json.respond(ctx, status, UserView.of(user));
    }
}
