package kz.utm.examples.server.http;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.FieldError;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ValidationException;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.FlightPlanQuery;
import kz.utm.core.flightplan.FlightPlanService;
import kz.utm.core.flightplan.FlightPlanStatus;
import kz.utm.core.flightplan.RejectFlightPlan;
import kz.utm.core.flightplan.SubmitFlightPlan;
import kz.utm.core.flightplan.WaypointInput;
import kz.utm.core.user.UserRole;
import kz.utm.examples.server.UtmApplication;
import kz.utm.examples.server.api.FlightPlanView;
import kz.utm.examples.server.api.Page;

/**
 * Flight plans through the approval state machine. {@code approve} and {@code reject} act at
 * the level of the caller (the authority at authority level, an organization admin at
 * organization level); {@code cancel} cancels as the pilot when the caller submitted the plan,
 * as an admin otherwise.
 */
final class FlightPlanRoutes {

    private static final String PLANS = ApiServer.BASE + "/flight-plans";

    private final UtmApplication application;
    private final FlightPlanService plans;

    FlightPlanRoutes(UtmApplication application) {
        this.application = application;
        this.plans = application.core().flightPlans();
    }

    void register(RoutesConfig routes) {
        routes.post(PLANS, this::submit);
        routes.get(PLANS, this::find);
        routes.get(PLANS + "/{id}", ctx -> respond(ctx, 200, plans.get(Requests.actor(ctx), id(ctx))));
        routes.post(PLANS + "/{id}/approve", this::approve);
        routes.post(PLANS + "/{id}/reject", this::reject);
        routes.post(PLANS + "/{id}/activate", ctx -> respond(ctx, 200, plans.activate(Requests.actor(ctx), id(ctx))));
        routes.post(PLANS + "/{id}/complete", ctx -> respond(ctx, 200, plans.complete(Requests.actor(ctx), id(ctx))));
        routes.post(PLANS + "/{id}/cancel", this::cancel);
    }

    private void submit(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.bodyAsBytes());
        DroneId drone = body.id("droneId", DroneId::of);
        List<JsonBody> items = body.objects("waypoints");
        List<WaypointInput> waypoints = null;
        if (items != null) {
            waypoints = new ArrayList<>(items.size());
            for (JsonBody item : items) {
                waypoints.add(item == null ? null : new WaypointInput(item.integer("sequenceOrder"),
                        item.number("latitude"), item.number("longitude"), item.number("altitudeM")));
            }
        }
        SubmitFlightPlan command = body.finish(new SubmitFlightPlan(drone, body.instant("plannedDepartureTime"),
                body.instant("plannedArrivalTime"), body.optionalText("notes"), waypoints), application.validator());
        respond(ctx, 201, plans.submit(Requests.actor(ctx), command));
    }

    private void find(Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        Set<FlightPlanStatus> statuses = EnumSet.noneOf(FlightPlanStatus.class);
        for (String raw : ctx.queryParams("status")) {
            for (String name : raw.split(",")) {
                try {
                    statuses.add(FlightPlanStatus.valueOf(name.strip()));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError("status", "must be one of " + EnumSet.allOf(FlightPlanStatus.class)));
                }
            }
        }
        Optional<UserId> submitter = optionalId(ctx, "submitterId", errors).map(UserId::of);
        Optional<OrganizationId> organization = optionalId(ctx, "organizationId", errors).map(OrganizationId::of);
        Optional<DroneId> drone = optionalId(ctx, "droneId", errors).map(DroneId::of);
        int offset = 0;
        int limit = Requests.DEFAULT_LIMIT;
        try {
            offset = Requests.offset(ctx);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        try {
            limit = Requests.limit(ctx);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        // One more than the page, to know whether a next page exists.
        List<FlightPlan> found = plans.find(Requests.actor(ctx),
                new FlightPlanQuery(submitter, organization, drone, statuses, offset, limit + 1));
        boolean more = found.size() > limit;
        List<FlightPlanView> items = found.stream().limit(limit).map(FlightPlanView::of).toList();
        Json.respond(ctx, 200, new Page<>(items, offset, limit, more ? Optional.of(offset + limit) : Optional.empty()));
    }

    private static Optional<Integer> optionalId(Context ctx, String name, List<FieldError> errors) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value > 0) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        errors.add(new FieldError(name, "must be a positive id"));
        return Optional.empty();
    }

    private void approve(Context ctx) {
        UserId actor = Requests.actor(ctx);
        FlightPlanId plan = id(ctx);
        respond(ctx, 200, isAuthority(actor) ? plans.approveByAuthority(actor, plan)
                : plans.approveByOrganization(actor, plan));
    }

    private void reject(Context ctx) {
        UserId actor = Requests.actor(ctx);
        FlightPlanId plan = id(ctx);
        JsonBody body = JsonBody.parse(ctx.bodyAsBytes());
        RejectFlightPlan command = body.finish(new RejectFlightPlan(body.text("reason")), application.validator());
        respond(ctx, 200, isAuthority(actor) ? plans.rejectByAuthority(actor, plan, command)
                : plans.rejectByOrganization(actor, plan, command));
    }

    private void cancel(Context ctx) {
        UserId actor = Requests.actor(ctx);
        FlightPlan plan = plans.get(actor, id(ctx));
        respond(ctx, 200, plan.submitterId().equals(actor) ? plans.cancelByPilot(actor, plan.id())
                : plans.cancelByAdmin(actor, plan.id()));
    }

    private boolean isAuthority(UserId actor) {
        return application.core().users().get(actor, actor).role() == UserRole.AUTHORITY_ADMIN;
    }

    private static FlightPlanId id(Context ctx) {
        return Requests.pathId(ctx, "id", "flight plan", FlightPlanId::of);
    }

    private static void respond(Context ctx, int status, FlightPlan plan) {
        Json.respond(ctx, status, FlightPlanView.of(plan));
    }
}
