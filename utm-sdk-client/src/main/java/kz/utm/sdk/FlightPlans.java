package kz.utm.sdk;

import java.util.Map;
import java.util.stream.Stream;

import kz.utm.sdk.internal.HttpCall;
import kz.utm.sdk.internal.Pages;
import kz.utm.sdk.internal.Transport;
import kz.utm.sdk.wire.FlightPlan;
import kz.utm.sdk.wire.FlightPlanFilter;
import kz.utm.sdk.wire.Page;
import kz.utm.sdk.wire.SubmitFlightPlan;

/**
 * Flight plans through the approval workflow ({@code /flight-plans}). {@code approve} and
 * {@code reject} act at the caller's level (the authority's or the organization admin's);
 * {@code cancel} cancels as the pilot when the caller submitted the plan, as an admin otherwise.
 * A move the workflow does not allow is a {@link kz.utm.sdk.error.ConflictException} with
 * {@code from} and {@code to}; a route entering restricted zones one with the zones.
 * Thread-safe. A {@code null} argument is refused with a {@link NullPointerException}, an id
 * below 1 or a bad page bound with an {@link IllegalArgumentException}, both naming the
 * parameter, before anything is sent.
 */
public final class FlightPlans {

    private final Transport transport;
    private final Resources<FlightPlan> resources;

    FlightPlans(Transport transport) {
        this.transport = transport;
        this.resources = new Resources<>(transport, "/flight-plans", FlightPlan.class, "flight plan id");
    }

    /**
     * Submits a plan: an organization pilot's waits for the organization's approval, a solo
     * pilot's or an admin's goes to the authority.
     *
     * @throws kz.utm.sdk.error.ConflictException with {@link kz.utm.sdk.error.ConflictException#zoneIds()}
     *         when the route enters restricted zones; also for a drone in maintenance or already planned then
     */
    public FlightPlan submit(SubmitFlightPlan command) {
        Checks.present(command, "command");
        return transport.call(HttpCall.post("/flight-plans").body(command), FlightPlan.class);
    }

    /** A plan with its route. */
    public FlightPlan get(int id) {
        return resources.get(id);
    }

    /** One page of the plans the caller may read that pass the filter, by id. */
    public Page<FlightPlan> list(FlightPlanFilter filter, int offset, int limit) {
        Checks.present(filter, "filter");
        HttpCall call = HttpCall.get("/flight-plans");
        for (var status : filter.statuses().stream().sorted().toList()) {
            call = call.query("status", status.name());
        }
        if (filter.submitterId().isPresent()) {
            call = call.query("submitterId", filter.submitterId().get());
        }
        if (filter.organizationId().isPresent()) {
            call = call.query("organizationId", filter.organizationId().get());
        }
        if (filter.droneId().isPresent()) {
            call = call.query("droneId", filter.droneId().get());
        }
        return resources.list(call, offset, limit);
    }

    /** Every plan the caller may read that passes the filter, fetched a page at a time as the stream is read. */
    public Stream<FlightPlan> all(FlightPlanFilter filter) {
        Checks.present(filter, "filter");
        return Pages.all(offset -> list(filter, offset, Checks.STREAM_PAGE));
    }

    /** Approves at the caller's level. */
    public FlightPlan approve(int id) {
        return resources.act(id, "approve");
    }

    /** Rejects at the caller's level, with a reason. */
    public FlightPlan reject(int id, String reason) {
        Checks.present(reason, "reason");
        return transport.call(HttpCall.post(resources.path(id) + "/reject").body(Map.of("reason", reason)),
                FlightPlan.class);
    }

    /** Starts the flight of an approved plan (its submitter). */
    public FlightPlan activate(int id) {
        return resources.act(id, "activate");
    }

    /** Ends the flight of an active plan (its submitter). */
    public FlightPlan complete(int id) {
        return resources.act(id, "complete");
    }

    /** Cancels a plan: as the pilot when the caller submitted it, as an admin otherwise. */
    public FlightPlan cancel(int id) {
        return resources.act(id, "cancel");
    }
}
