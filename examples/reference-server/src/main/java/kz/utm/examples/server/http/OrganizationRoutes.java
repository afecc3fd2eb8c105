package kz.utm.examples.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.organization.Organization;
import kz.utm.core.organization.OrganizationService;
import kz.utm.core.organization.RegisterOrganization;
import kz.utm.core.organization.UpdateOrganization;
import kz.utm.examples.server.UtmApplication;
import kz.utm.examples.server.api.OrganizationView;
import kz.utm.examples.server.api.Page;

/** Organizations: registration by the authority, reads, details, admin, and states. */
final class OrganizationRoutes {

    private static final String ORGANIZATIONS = ApiServer.BASE + "/organizations";

    private final UtmApplication application;
    private final OrganizationService organizations;

    OrganizationRoutes(UtmApplication application) {
        this.application = application;
        this.organizations = application.core().organizations();
    }

    void register(RoutesConfig routes) {
        routes.post(ORGANIZATIONS, this::create);
        routes.get(ORGANIZATIONS, ctx -> Json.respond(ctx, 200, Page.of(
                organizations.list(Requests.actor(ctx)).stream().map(OrganizationView::of).toList(),
                Requests.offset(ctx), Requests.limit(ctx))));
        routes.get(ORGANIZATIONS + "/{id}", ctx -> respond(ctx, 200, organizations.get(Requests.actor(ctx), id(ctx))));
        routes.put(ORGANIZATIONS + "/{id}", this::update);
        routes.put(ORGANIZATIONS + "/{id}/admin", this::setAdmin);
        routes.post(ORGANIZATIONS + "/{id}/deactivate",
                ctx -> respond(ctx, 200, organizations.deactivate(Requests.actor(ctx), id(ctx))));
        routes.post(ORGANIZATIONS + "/{id}/reactivate",
                ctx -> respond(ctx, 200, organizations.reactivate(Requests.actor(ctx), id(ctx))));
        routes.delete(ORGANIZATIONS + "/{id}", ctx -> respond(ctx, 200, organizations.delete(Requests.actor(ctx), id(ctx))));
        routes.post(ORGANIZATIONS + "/{id}/restore",
                ctx -> respond(ctx, 200, organizations.restore(Requests.actor(ctx), id(ctx))));
    }

    private void create(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.bodyAsBytes());
        RegisterOrganization command = body.finish(new RegisterOrganization(body.text("name"), body.text("bin"),
                body.text("companyAddress"), body.text("city")), application.validator());
        respond(ctx, 201, organizations.register(Requests.actor(ctx), command));
    }

    private void update(Context ctx) {
        OrganizationId organization = id(ctx);
        JsonBody body = JsonBody.parse(ctx.bodyAsBytes());
        UpdateOrganization command = body.finish(new UpdateOrganization(body.text("name"),
                body.text("companyAddress"), body.text("city")), application.validator());
        respond(ctx, 200, organizations.update(Requests.actor(ctx), organization, command));
    }

    private void setAdmin(Context ctx) {
        OrganizationId organization = id(ctx);
        JsonBody body = JsonBody.parse(ctx.bodyAsBytes());
        UserId admin = body.id("adminId", UserId::of);
        body.finish();
        respond(ctx, 200, organizations.setAdmin(Requests.actor(ctx), organization, admin));
    }

    private static OrganizationId id(Context ctx) {
        return Requests.pathId(ctx, "id", "organization", OrganizationId::of);
    }

    private static void respond(Context ctx, int status, Organization organization) {
        Json.respond(ctx, status, OrganizationView.of(organization));
    }
}
