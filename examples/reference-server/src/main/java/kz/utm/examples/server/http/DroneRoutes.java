package kz.utm.examples.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.DroneService;
import kz.utm.core.drone.DroneStatus;
import kz.utm.core.drone.RegisterDrone;
import kz.utm.core.drone.UpdateDrone;
import kz.utm.examples.server.UtmApplication;
import kz.utm.examples.server.api.AssignmentView;
import kz.utm.examples.server.api.DroneView;
import kz.utm.examples.server.api.Page;

/** Drones and their pilot assignments. */
final class DroneRoutes {

    private static final String DRONES = ApiServer.BASE + "/drones";

    private final UtmApplication application;
    private final DroneService drones;

    DroneRoutes(UtmApplication application) {
        this.application = application;
        this.drones = application.core().drones();
    }

    void register(RoutesConfig routes) {
        routes.post(DRONES, this::create);
        routes.get(DRONES, ctx -> Json.respond(ctx, 200, Page.of(
                drones.list(Requests.actor(ctx)).stream().map(DroneView::of).toList(),
                Requests.offset(ctx), Requests.limit(ctx))));
        routes.get(DRONES + "/{id}", ctx -> respond(ctx, 200, drones.get(Requests.actor(ctx), id(ctx))));
        routes.put(DRONES + "/{id}", this::update);
        routes.delete(DRONES + "/{id}", ctx -> respond(ctx, 200, drones.delete(Requests.actor(ctx), id(ctx))));
        routes.post(DRONES + "/{id}/restore", ctx -> respond(ctx, 200, drones.restore(Requests.actor(ctx), id(ctx))));
        routes.get(DRONES + "/{id}/pilots", ctx -> Json.respond(ctx, 200,
                drones.assignments(Requests.actor(ctx), id(ctx)).stream().map(AssignmentView::of).toList()));
        routes.put(DRONES + "/{id}/pilots/{pilotId}", ctx -> Json.respond(ctx, 200, AssignmentView.of(
                drones.assign(Requests.actor(ctx), pilot(ctx), id(ctx)))));
        routes.delete(DRONES + "/{id}/pilots/{pilotId}", this::unassign);
    }

    private void create(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.bodyAsBytes());
        RegisterDrone command = body.finish(new RegisterDrone(body.text("brand"), body.text("model"),
                body.text("serialNumber"), body.optionalId("organizationId", OrganizationId::of)),
                application.validator());
        respond(ctx, 201, drones.register(Requests.actor(ctx), command));
    }

    private void update(Context ctx) {
        DroneId drone = id(ctx);
        JsonBody body = JsonBody.parse(ctx.bodyAsBytes());
        UpdateDrone command = body.finish(new UpdateDrone(body.text("brand"), body.text("model"),
                body.constant("status", DroneStatus.class)), application.validator());
        respond(ctx, 200, drones.update(Requests.actor(ctx), drone, command));
    }

    private void unassign(Context ctx) {
        if (!drones.unassign(Requests.actor(ctx), pilot(ctx), id(ctx))) {
            throw new kz.utm.core.common.NotFoundException("assignment", ctx.pathParam("pilotId"));
        }
        ctx.status(204);
    }

    private static DroneId id(Context ctx) {
        return Requests.pathId(ctx, "id", "drone", DroneId::of);
    }

    private static UserId pilot(Context ctx) {
        return Requests.pathId(ctx, "pilotId", "user", UserId::of);
    }

    private static void respond(Context ctx, int status, Drone drone) {
        Json.respond(ctx, status, DroneView.of(drone));
    }
}
