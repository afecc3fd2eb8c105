package kz.utm.examples.server;

import static kz.utm.examples.server.testing.Bodies.clearPlan;
import static kz.utm.examples.server.testing.Bodies.plan;
import static kz.utm.examples.server.testing.Bodies.waypoint;
import static kz.utm.examples.server.testing.Replies.conflict;
import static kz.utm.examples.server.testing.Replies.denied;
import static kz.utm.examples.server.testing.Replies.illegalTransition;
import static kz.utm.examples.server.testing.Replies.invalid;
import static kz.utm.examples.server.testing.Replies.notFound;
import static kz.utm.examples.server.testing.Replies.ok;
import static kz.utm.examples.server.testing.Replies.problem;
import static kz.utm.examples.server.testing.Replies.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kz.utm.examples.server.testing.Http;
import kz.utm.examples.server.testing.SharedServer;
import kz.utm.examples.server.testing.TestServer;
import kz.utm.examples.server.testing.World;

/**
 * {@code /flight-plans}: submission, reads, the filtered and paged list, and every move of the
 * approval workflow with the refusals the policy and the state machine give. Each plan takes a
 * time slot of its own, so that plans of one drone never overlap across tests.
 */
class FlightPlanEndpointsTest extends SharedServer {

    private static final AtomicInteger SLOT = new AtomicInteger();

    /** A departure two hours after the previous one handed out, a day ahead. */
    private static Instant slot() {
        return TestServer.START.plus(Duration.ofDays(1)).plus(Duration.ofHours(2L * SLOT.incrementAndGet()));
    }

    private static Http.Reply submit(String token, int drone) {
        return http.post("/api/v1/flight-plans", token, clearPlan(drone, slot()));
    }

    private static String status(Http.Reply reply) {
        return reply.json().path("status").asText();
    }

    private static Http.Reply move(int plan, String verb, String token) {
        return http.post("/api/v1/flight-plans/" + plan + "/" + verb, token, null);
    }

    private static String storedStatus(int plan) {
        return status(ok(200, http.get("/api/v1/flight-plans/" + plan, world.authority())));
    }

    /** A pilot's plan through both approvals. */
    private static int approvedPilotPlan() {
        int plan = ok(201, submit(world.pilot(), world.steppeDrone())).id();
        ok(200, move(plan, "approve", world.steppeAdmin()));
        ok(200, move(plan, "approve", world.authority()));
        return plan;
    }

    private static List<Integer> ids(JsonNode page) {
        List<Integer> ids = new ArrayList<>();
        page.path("items").forEach(p -> ids.add(p.path("id").asInt()));
        return ids;
    }

    @Test
    void aSubmissionStartsWhereTheSubmittersRoleSays() {
        Instant departure = slot();
        Http.Reply byPilot = ok(201, http.post("/api/v1/flight-plans", world.pilot(), Map.of("droneId",
                world.steppeDrone(), "plannedDepartureTime", departure.toString(), "plannedArrivalTime",
                departure.plus(Duration.ofMinutes(30)).toString(), "notes", "  survey of the ring road ",
                "waypoints", List.of(waypoint(0, 43.20, 76.85, 0), waypoint(1, 43.20, 76.90, 120)))));
        JsonNode plan = byPilot.json();
        assertThat(plan.path("status").asText()).isEqualTo("PENDING_ORG_APPROVAL");
        assertThat(plan.path("submitterId").asInt()).isEqualTo(world.pilotId());
        assertThat(plan.path("organizationId").asInt()).isEqualTo(world.steppe());
        assertThat(plan.path("notes").asText()).isEqualTo("survey of the ring road");
        assertThat(plan.path("waypoints")).hasSize(2);
        assertThat(plan.path("waypoints").get(1).path("altitudeM").asDouble()).isEqualTo(120.0);
        assertThat(Instant.parse(plan.path("plannedDepartureTime").asText())).isEqualTo(departure);

        Http.Reply byAdmin = ok(201, submit(world.steppeAdmin(), world.steppeDrone()));
        assertThat(status(byAdmin)).isEqualTo("PENDING_AUTHORITY_APPROVAL");
        assertThat(byAdmin.json().path("approvedByOrganizationAdminId").asInt()).isEqualTo(world.steppeAdminId());

        Http.Reply bySolo = ok(201, submit(world.solo(), world.soloDrone()));
        assertThat(status(bySolo)).isEqualTo("PENDING_AUTHORITY_APPROVAL");
        assertThat(bySolo.json().has("organizationId")).isFalse();
    }

    @Test
    void submittingWithADroneOneMayNotFlyIsRefused() {
        // A drone the actor may not read is not found; one they may read but not fly is denied.
        notFound(submit(world.idlePilot(), world.steppeDrone()));
        notFound(submit(world.altaiAdmin(), world.steppeDrone()));
        notFound(submit(world.solo(), world.steppeDrone()));
        notFound(submit(world.pilot(), 9_999));
        denied(submit(world.authority(), world.steppeDrone()));
        unauthenticated(submit(null, world.steppeDrone()));

        JsonNode page = ok(200, http.get("/api/v1/flight-plans?droneId=" + world.steppeDrone()
                + "&submitterId=" + world.idlePilotId(), world.authority())).json();
        assertThat(page.path("items")).isEmpty();
    }

    @Test
    void aRouteIntoAZoneAnOverlapAndADroneInMaintenanceAreConflicts() {
        Instant departure = slot();
        Http.Reply route = problem(409, "route-conflict", http.post("/api/v1/flight-plans", world.solo(),
                plan(world.soloDrone(), departure, List.of(waypoint(0, World.CIRCLE_LAT, 76.85, 100),
                        waypoint(1, World.CIRCLE_LAT, 76.93, 100)))));
        assertThat(route.json().path("conflicts").get(0).path("zoneId").asInt()).isEqualTo(world.circleZone());
        assertThat(route.json().path("conflicts").get(0).path("legIndex").asInt()).isZero();

        ok(201, http.post("/api/v1/flight-plans", world.solo(), clearPlan(world.soloDrone(), departure)));
        conflict(http.post("/api/v1/flight-plans", world.solo(),
                clearPlan(world.soloDrone(), departure.plus(Duration.ofMinutes(20)))));

        int drone = ok(201, http.post("/api/v1/drones", world.solo(), Map.of("brand", "DJI", "model", "Air 3",
                "serialNumber", "SOLO-MAINT"))).id();
        ok(200, http.put("/api/v1/drones/" + drone, world.solo(), Map.of("brand", "DJI", "model", "Air 3",
                "status", "MAINTENANCE")));
        conflict(http.post("/api/v1/flight-plans", world.solo(), clearPlan(drone, slot())));
        assertThat(ok(200, http.get("/api/v1/flight-plans?droneId=" + drone, world.solo())).json().path("items"))
                .isEmpty();
    }

    @Test
    void aSubmissionNamesEveryBadFieldAndStoresNothing() {
        String before = ok(200, http.get("/api/v1/flight-plans?limit=500", world.authority())).body();

        Map<String, Object> wrongTypes = new HashMap<>();
        wrongTypes.put("droneId", "steppe-1");
        wrongTypes.put("plannedDepartureTime", "tomorrow at nine");
        wrongTypes.put("notes", "n".repeat(1001));
        wrongTypes.put("waypoints", List.of(waypoint(0, 91.0, 76.9, 0), Map.of("sequenceOrder", 1,
                "latitude", "43.2", "longitude", 76.9, "altitudeM", 10, "speed", 4), "not a waypoint"));
        wrongTypes.put("priority", "high");
        invalid(http.post("/api/v1/flight-plans", world.pilot(), wrongTypes), "droneId", "plannedDepartureTime",
                "plannedArrivalTime", "notes", "waypoints[0].latitude", "waypoints[1].latitude",
                "waypoints[1].speed", "waypoints[2]", "priority");

        Instant departure = slot();
        invalid(http.post("/api/v1/flight-plans", world.pilot(), Map.of("droneId", world.steppeDrone(),
                "plannedDepartureTime", departure.toString(), "plannedArrivalTime",
                departure.minus(Duration.ofMinutes(1)).toString(), "waypoints", List.of(waypoint(0, 43.2, 76.85,
                        Double.MAX_VALUE)))), "plannedArrivalTime", "waypoints");
        invalid(http.post("/api/v1/flight-plans", world.pilot(), plan(world.steppeDrone(), departure, List.of(
                waypoint(0, 43.2, 76.85, 0), waypoint(2, 43.2, 181.0, 0), waypoint(1, 43.2, 76.9, 0)))),
                "waypoints[1].sequenceOrder", "waypoints[1].longitude", "waypoints[2].sequenceOrder");
        invalid(http.post("/api/v1/flight-plans", world.pilot(), Map.of()), "droneId", "plannedDepartureTime",
                "plannedArrivalTime", "waypoints");

        assertThat(ok(200, http.get("/api/v1/flight-plans?limit=500", world.authority())).body()).isEqualTo(before);
    }

    @Test
    void aPlanIsReadByItsSubmitterItsOrganizationsAdminAndTheAuthority() {
        int plan = ok(201, submit(world.pilot(), world.steppeDrone())).id();
        String path = "/api/v1/flight-plans/" + plan;

        ok(200, http.get(path, world.pilot()));
        ok(200, http.get(path, world.steppeAdmin()));
        ok(200, http.get(path, world.authority()));
        notFound(http.get(path, world.idlePilot()));
        notFound(http.get(path, world.altaiAdmin()));
        notFound(http.get(path, world.solo()));
        notFound(http.get("/api/v1/flight-plans/99999", world.authority()));
        notFound(http.get("/api/v1/flight-plans/x1", world.authority()));
        unauthenticated(http.get(path, null));

        // Being assigned to the drone does not reveal the admin's plans with it.
        int adminPlan = ok(201, submit(world.steppeAdmin(), world.steppeDrone())).id();
        notFound(http.get("/api/v1/flight-plans/" + adminPlan, world.pilot()));
    }

    @Test
    void theListFiltersByStatusDroneAndSubmitterAndPages() {
        int altaiPlan = ok(201, submit(world.altaiAdmin(), world.altaiDrone())).id();
        int first = ok(201, submit(world.pilot(), world.steppeDrone())).id();
        int second = ok(201, submit(world.pilot(), world.steppeDrone())).id();
        ok(200, move(second, "approve", world.steppeAdmin()));

        List<Integer> pendingOrg = ids(ok(200, http.get("/api/v1/flight-plans?status=PENDING_ORG_APPROVAL&limit=500",
                world.authority())).json());
        assertThat(pendingOrg).contains(first).doesNotContain(second, altaiPlan);
        List<Integer> either = ids(ok(200, http.get("/api/v1/flight-plans?status=PENDING_ORG_APPROVAL,"
                + "PENDING_AUTHORITY_APPROVAL&submitterId=" + world.pilotId() + "&limit=500", world.authority())).json());
        assertThat(either).contains(first, second).doesNotContain(altaiPlan);
        assertThat(ids(ok(200, http.get("/api/v1/flight-plans?droneId=" + world.altaiDrone(), world.authority()))
                .json())).contains(altaiPlan).doesNotContain(first);
        assertThat(ids(ok(200, http.get("/api/v1/flight-plans?organizationId=" + world.altai(), world.authority()))
                .json())).contains(altaiPlan).doesNotContain(first, second);

        // Each sees only what they may read, whatever the filter asks.
        assertThat(ids(ok(200, http.get("/api/v1/flight-plans?limit=500", world.altaiAdmin())).json()))
                .contains(altaiPlan).doesNotContain(first, second);
        assertThat(ids(ok(200, http.get("/api/v1/flight-plans?organizationId=" + world.steppe() + "&limit=500",
                world.altaiAdmin())).json())).isEmpty();
        assertThat(ids(ok(200, http.get("/api/v1/flight-plans?limit=500", world.idlePilot())).json())).isEmpty();
        assertThat(ids(ok(200, http.get("/api/v1/flight-plans?submitterId=" + world.pilotId(), world.idlePilot()))
                .json())).isEmpty();
        assertThat(ids(ok(200, http.get("/api/v1/flight-plans?limit=500", world.pilot())).json()))
                .contains(first, second);

        JsonNode page1 = ok(200, http.get("/api/v1/flight-plans?submitterId=" + world.pilotId() + "&limit=1",
                world.authority())).json();
        assertThat(page1.path("items")).hasSize(1);
        int next = page1.path("nextOffset").asInt();
        assertThat(next).isEqualTo(1);
        JsonNode page2 = ok(200, http.get("/api/v1/flight-plans?submitterId=" + world.pilotId() + "&limit=1&offset="
                + next, world.authority())).json();
        assertThat(ids(page2)).hasSize(1).doesNotContainAnyElementsOf(ids(page1));
        JsonNode beyond = ok(200, http.get("/api/v1/flight-plans?submitterId=" + world.pilotId()
                + "&offset=10000", world.authority())).json();
        assertThat(beyond.path("items")).isEmpty();
        assertThat(beyond.has("nextOffset")).isFalse();
    }

    @Test
    void aBadListQueryNamesEveryBadParameter() {
        invalid(http.get("/api/v1/flight-plans?status=FLYING&droneId=abc&submitterId=0&organizationId=-2&limit=0"
                + "&offset=x", world.authority()), "status", "droneId", "submitterId", "organizationId", "limit",
                "offset");
        invalid(http.get("/api/v1/flight-plans?limit=501", world.authority()), "limit");
    }

    @Test
    void aPilotsPlanGoesThroughBothApprovalsAndIsFlown() {
        int plan = ok(201, submit(world.pilot(), world.steppeDrone())).id();

        Http.Reply organization = ok(200, move(plan, "approve", world.steppeAdmin()));
        assertThat(status(organization)).isEqualTo("PENDING_AUTHORITY_APPROVAL");
        assertThat(organization.json().path("approvedByOrganizationAdminId").asInt()).isEqualTo(world.steppeAdminId());
        Http.Reply authority = ok(200, move(plan, "approve", world.authority()));
        assertThat(status(authority)).isEqualTo("APPROVED");
        assertThat(authority.json().has("approvedAt")).isTrue();

        Http.Reply active = ok(200, move(plan, "activate", world.pilot()));
        assertThat(status(active)).isEqualTo("ACTIVE");
        assertThat(Instant.parse(active.json().path("actualDepartureTime").asText()))
                .isEqualTo(server.clock().instant());
        Http.Reply completed = ok(200, move(plan, "complete", world.pilot()));
        assertThat(status(completed)).isEqualTo("COMPLETED");
        assertThat(completed.json().has("actualArrivalTime")).isTrue();

        illegalTransition("COMPLETED", "COMPLETED", move(plan, "complete", world.pilot()));
        illegalTransition("COMPLETED", "CANCELLED_BY_PILOT", move(plan, "cancel", world.pilot()));
        illegalTransition("COMPLETED", "CANCELLED_BY_ADMIN", move(plan, "cancel", world.authority()));
        assertThat(storedStatus(plan)).isEqualTo("COMPLETED");
    }

    @Test
    void movesOutOfOrderAreIllegalTransitionsNamingFromAndTo() {
        int plan = ok(201, submit(world.pilot(), world.steppeDrone())).id();

        illegalTransition("PENDING_ORG_APPROVAL", "APPROVED", move(plan, "approve", world.authority()));
        illegalTransition("PENDING_ORG_APPROVAL", "ACTIVE", move(plan, "activate", world.pilot()));
        illegalTransition("PENDING_ORG_APPROVAL", "COMPLETED", move(plan, "complete", world.pilot()));
        ok(200, move(plan, "approve", world.steppeAdmin()));
        illegalTransition("PENDING_AUTHORITY_APPROVAL", "PENDING_AUTHORITY_APPROVAL",
                move(plan, "approve", world.steppeAdmin()));
        illegalTransition("PENDING_AUTHORITY_APPROVAL", "REJECTED_BY_ORG", http.post("/api/v1/flight-plans/" + plan
                + "/reject", world.steppeAdmin(), Map.of("reason", "too late")));
        illegalTransition("PENDING_AUTHORITY_APPROVAL", "ACTIVE", move(plan, "activate", world.pilot()));
        assertThat(storedStatus(plan)).isEqualTo("PENDING_AUTHORITY_APPROVAL");

        // An admin's own plan skips the organization level: deciding it there is illegal.
        int adminPlan = ok(201, submit(world.steppeAdmin(), world.steppeDrone())).id();
        illegalTransition("PENDING_AUTHORITY_APPROVAL", "PENDING_AUTHORITY_APPROVAL",
                move(adminPlan, "approve", world.steppeAdmin()));
    }

    @Test
    void onlyTheRightPeopleDecideAndFly() {
        int plan = ok(201, submit(world.pilot(), world.steppeDrone())).id();

        denied(move(plan, "approve", world.pilot()));
        notFound(move(plan, "approve", world.altaiAdmin()));
        notFound(move(plan, "approve", world.idlePilot()));
        denied(http.post("/api/v1/flight-plans/" + plan + "/reject", world.pilot(), Map.of("reason", "no")));
        notFound(http.post("/api/v1/flight-plans/" + plan + "/reject", world.altaiAdmin(), Map.of("reason", "no")));
        notFound(move(plan, "cancel", world.altaiAdmin()));
        notFound(move(plan, "cancel", world.solo()));
        notFound(move(99_999, "approve", world.authority()));
        assertThat(storedStatus(plan)).isEqualTo("PENDING_ORG_APPROVAL");

        ok(200, move(plan, "approve", world.steppeAdmin()));
        ok(200, move(plan, "approve", world.authority()));
        // Only the submitter flies it.
        denied(move(plan, "activate", world.steppeAdmin()));
        denied(move(plan, "activate", world.authority()));
        notFound(move(plan, "activate", world.idlePilot()));
        ok(200, move(plan, "activate", world.pilot()));
        denied(move(plan, "complete", world.steppeAdmin()));
        assertThat(storedStatus(plan)).isEqualTo("ACTIVE");
        ok(200, move(plan, "complete", world.pilot()));
    }

    @Test
    void rejectionsRecordTheReasonAndABadReasonChangesNothing() {
        int plan = ok(201, submit(world.pilot(), world.steppeDrone())).id();
        String reject = "/api/v1/flight-plans/" + plan + "/reject";

        invalid(http.post(reject, world.steppeAdmin(), Map.of("reason", " ")), "reason");
        invalid(http.post(reject, world.steppeAdmin(), Map.of("reason", "r".repeat(501), "severity", 3)),
                "reason", "severity");
        invalid(http.post(reject, world.steppeAdmin(), Map.of()), "reason");
        problem(400, "malformed-request", http.post(reject, world.steppeAdmin(), null));
        assertThat(storedStatus(plan)).isEqualTo("PENDING_ORG_APPROVAL");

        Http.Reply rejected = ok(200, http.post(reject, world.steppeAdmin(), Map.of("reason", " route too long ")));
        assertThat(status(rejected)).isEqualTo("REJECTED_BY_ORG");
        assertThat(rejected.json().path("rejectionReason").asText()).isEqualTo("route too long");

        int solo = ok(201, submit(world.solo(), world.soloDrone())).id();
        Http.Reply byAuthority = ok(200, http.post("/api/v1/flight-plans/" + solo + "/reject", world.authority(),
                Map.of("reason", "airspace closed")));
        assertThat(status(byAuthority)).isEqualTo("REJECTED_BY_AUTHORITY");
        illegalTransition("REJECTED_BY_AUTHORITY", "APPROVED", move(solo, "approve", world.authority()));
    }

    @Test
    void cancellationIsThePilotsBeforeTakeOffAndTheAdminsAtAnyTimeBeforeTheEnd() {
        int pending = ok(201, submit(world.pilot(), world.steppeDrone())).id();
        assertThat(status(ok(200, move(pending, "cancel", world.pilot())))).isEqualTo("CANCELLED_BY_PILOT");

        int approved = approvedPilotPlan();
        assertThat(status(ok(200, move(approved, "cancel", world.steppeAdmin())))).isEqualTo("CANCELLED_BY_ADMIN");

        int flying = approvedPilotPlan();
        ok(200, move(flying, "activate", world.pilot()));
        illegalTransition("ACTIVE", "CANCELLED_BY_PILOT", move(flying, "cancel", world.pilot()));
        Http.Reply grounded = ok(200, move(flying, "cancel", world.authority()));
        assertThat(status(grounded)).isEqualTo("CANCELLED_BY_ADMIN");
        assertThat(grounded.json().has("actualArrivalTime")).isTrue();
        illegalTransition("CANCELLED_BY_ADMIN", "CANCELLED_BY_ADMIN", move(flying, "cancel", world.steppeAdmin()));
    }

    @Test
    void aDroneFliesOnePlanAtATime() {
        int drone = ok(201, http.post("/api/v1/drones", world.solo(), Map.of("brand", "DJI", "model", "Avata 2",
                "serialNumber", "SOLO-ONE-AT-A-TIME"))).id();
        int first = ok(201, http.post("/api/v1/flight-plans", world.solo(), clearPlan(drone, slot()))).id();
        int second = ok(201, http.post("/api/v1/flight-plans", world.solo(), clearPlan(drone, slot()))).id();
        ok(200, move(first, "approve", world.authority()));
        ok(200, move(second, "approve", world.authority()));

        ok(200, move(first, "activate", world.solo()));
        conflict(move(second, "activate", world.solo()));
        assertThat(storedStatus(second)).isEqualTo("APPROVED");
        ok(200, move(first, "complete", world.solo()));
        assertThat(status(ok(200, move(second, "activate", world.solo())))).isEqualTo("ACTIVE");
    }
}
