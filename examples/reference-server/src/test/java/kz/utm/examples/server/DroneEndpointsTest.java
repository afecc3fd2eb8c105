package kz.utm.examples.server;

import static kz.utm.examples.server.testing.Replies.conflict;
import static kz.utm.examples.server.testing.Replies.denied;
import static kz.utm.examples.server.testing.Replies.duplicate;
import static kz.utm.examples.server.testing.Replies.invalid;
import static kz.utm.examples.server.testing.Replies.notFound;
import static kz.utm.examples.server.testing.Replies.ok;
import static kz.utm.examples.server.testing.Replies.problem;
import static kz.utm.examples.server.testing.Replies.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kz.utm.examples.server.testing.Http;
import kz.utm.examples.server.testing.SharedServer;

/**
 * {@code /drones} and {@code /drones/{id}/pilots}: registration for an organization or as a
 * solo owner, reads and lists as the policy allows, details and status, grounding and
 * restoring, and pilot assignments. Tests that change a drone register their own.
 */
class DroneEndpointsTest extends SharedServer {

    private static int steppeDrone(String serial) {
        return ok(201, http.post("/api/v1/drones", world.steppeAdmin(), Map.of("brand", "DJI", "model", "Agras T40",
                "serialNumber", serial, "organizationId", world.steppe()))).id();
    }

    private static List<String> serialsSeenBy(String token) {
        List<String> serials = new ArrayList<>();
        ok(200, http.get("/api/v1/drones?limit=500", token)).json().path("items")
                .forEach(d -> serials.add(d.path("serialNumber").asText()));
        return serials;
    }

    @Test
    void anAdminRegistersForTheOrganizationAndASoloPilotForThemselves() {
        Http.Reply fleet = ok(201, http.post("/api/v1/drones", world.steppeAdmin(), Map.of("brand", " Autel ",
                "model", "Alpha", "serialNumber", "STEPPE-NEW-1", "organizationId", world.steppe())));
        JsonNode drone = fleet.json();
        assertThat(drone.path("ownerType").asText()).isEqualTo("ORGANIZATION");
        assertThat(drone.path("organizationId").asInt()).isEqualTo(world.steppe());
        assertThat(drone.path("brand").asText()).isEqualTo("Autel");
        assertThat(drone.path("status").asText()).isEqualTo("IDLE");

        Http.Reply own = ok(201, http.post("/api/v1/drones", world.solo(), Map.of("brand", "DJI", "model", "Mini 4",
                "serialNumber", "SOLO-NEW-1")));
        assertThat(own.json().path("ownerType").asText()).isEqualTo("SOLO_PILOT");
        assertThat(own.json().path("ownerId").asInt()).isEqualTo(world.soloId());
        assertThat(own.json().has("organizationId")).isFalse();
        ok(200, http.get("/api/v1/drones/" + own.id(), world.solo()));
    }

    @Test
    void registeringADroneOutsideOnesRightsIsDenied() {
        denied(http.post("/api/v1/drones", world.pilot(), Map.of("brand", "DJI", "model", "M3",
                "serialNumber", "DENIED-1", "organizationId", world.steppe())));
        denied(http.post("/api/v1/drones", world.altaiAdmin(), Map.of("brand", "DJI", "model", "M3",
                "serialNumber", "DENIED-2", "organizationId", world.steppe())));
        denied(http.post("/api/v1/drones", world.authority(), Map.of("brand", "DJI", "model", "M3",
                "serialNumber", "DENIED-3")));
        denied(http.post("/api/v1/drones", world.solo(), Map.of("brand", "DJI", "model", "M3",
                "serialNumber", "DENIED-4", "organizationId", world.steppe())));
        // Refused before the organization is looked up: an unknown id reveals nothing.
        denied(http.post("/api/v1/drones", world.authority(), Map.of("brand", "DJI", "model", "M3",
                "serialNumber", "DENIED-5", "organizationId", 9_999)));
        denied(http.post("/api/v1/drones", world.altaiAdmin(), Map.of("brand", "DJI", "model", "M3",
                "serialNumber", "DENIED-6", "organizationId", 9_999)));

        assertThat(serialsSeenBy(world.authority())).doesNotContain("DENIED-1", "DENIED-2", "DENIED-3", "DENIED-4",
                "DENIED-5", "DENIED-6");
    }

    @Test
    void aTakenSerialNumberIsAConflictNamingIt() {
        duplicate("serialNumber", http.post("/api/v1/drones", world.altaiAdmin(), Map.of("brand", "DJI",
                "model", "Copy", "serialNumber", "1581F5FHD22A", "organizationId", world.altai())));
    }

    @Test
    void registrationNamesEveryBadFieldAndStoresNothing() {
        invalid(http.post("/api/v1/drones", world.steppeAdmin(), Map.of("brand", "", "model", "m".repeat(101),
                "serialNumber", "BAD-1", "organizationId", "steppe", "colour", "red")),
                "brand", "model", "organizationId", "colour");
        invalid(http.post("/api/v1/drones", world.solo(), Map.of("serialNumber", 17, "organizationId", 0)),
                "brand", "model", "serialNumber", "organizationId");

        problem(400, "malformed-request", http.post("/api/v1/drones", world.solo(),
                "{\"brand\": \"DJI\", \"model\": \"M3\", \"serialNumber\": \"BAD-2\",}"));

        assertThat(serialsSeenBy(world.authority())).doesNotContain("BAD-1", "BAD-2");
    }

    @Test
    void aDroneIsReadByItsOwnerItsAdminItsAssignedPilotsAndTheAuthority() {
        String path = "/api/v1/drones/" + world.steppeDrone();
        ok(200, http.get(path, world.steppeAdmin()));
        ok(200, http.get(path, world.pilot()));
        ok(200, http.get(path, world.authority()));
        notFound(http.get(path, world.idlePilot()));
        notFound(http.get(path, world.altaiAdmin()));
        notFound(http.get(path, world.solo()));
        notFound(http.get("/api/v1/drones/" + world.soloDrone(), world.steppeAdmin()));
        notFound(http.get("/api/v1/drones/9999", world.authority()));
        notFound(http.get("/api/v1/drones/-1", world.authority()));
        unauthenticated(http.get(path, null));

        // Other tests assign the pilot to drones of their own; never to another organization's.
        assertThat(serialsSeenBy(world.pilot())).contains("1581F5FHD22A").doesNotContain("7YAB2201", "SOLO-0001");
        assertThat(serialsSeenBy(world.idlePilot())).doesNotContain("1581F5FHD22A");
        assertThat(serialsSeenBy(world.altaiAdmin())).containsExactly("7YAB2201");
        assertThat(serialsSeenBy(world.solo())).contains("SOLO-0001").doesNotContain("1581F5FHD22A", "7YAB2201");
        assertThat(serialsSeenBy(world.authority())).contains("SOLO-0001", "1581F5FHD22A", "7YAB2201");
    }

    @Test
    void itsOwnerOrAdminUpdatesTheDroneNobodyElse() {
        int drone = steppeDrone("UPDATE-1");
        String path = "/api/v1/drones/" + drone;
        ok(200, http.put("/api/v1/drones/" + drone + "/pilots/" + world.pilotId(), world.steppeAdmin(), null));
        Map<String, Object> details = Map.of("brand", "DJI", "model", "Agras T50", "status", "MAINTENANCE");

        denied(http.put(path, world.pilot(), details));
        denied(http.put(path, world.authority(), details));
        notFound(http.put(path, world.altaiAdmin(), details));
        notFound(http.put(path, world.idlePilot(), details));
        Http.Reply updated = ok(200, http.put(path, world.steppeAdmin(), details));
        assertThat(updated.json().path("status").asText()).isEqualTo("MAINTENANCE");
        assertThat(updated.json().path("model").asText()).isEqualTo("Agras T50");
        assertThat(updated.json().path("serialNumber").asText()).isEqualTo("UPDATE-1");

        ok(200, http.put("/api/v1/drones/" + world.soloDrone(), world.solo(), Map.of("brand", "DJI",
                "model", "Mavic 3 Pro", "status", "IDLE")));
        notFound(http.put("/api/v1/drones/" + world.soloDrone(), world.steppeAdmin(), details));
    }

    @Test
    void anUpdateNamesEveryBadFieldAndChangesNothing() {
        int drone = steppeDrone("UPDATE-2");
        String path = "/api/v1/drones/" + drone;

        invalid(http.put(path, world.steppeAdmin(), Map.of("brand", " ", "model", "Agras", "status", "BROKEN",
                "serialNumber", "UPDATE-3")), "brand", "status", "serialNumber");
        invalid(http.put(path, world.steppeAdmin(), Map.of("status", 3)), "brand", "model", "status");

        JsonNode stored = ok(200, http.get(path, world.steppeAdmin())).json();
        assertThat(stored.path("status").asText()).isEqualTo("IDLE");
        assertThat(stored.path("serialNumber").asText()).isEqualTo("UPDATE-2");
    }

    @Test
    void aGroundedDroneIsGoneForAllButTheAuthorityWhoRestoresIt() {
        int drone = steppeDrone("GROUNDED-1");
        String path = "/api/v1/drones/" + drone;
        ok(200, http.put(path + "/pilots/" + world.pilotId(), world.steppeAdmin(), null));

        denied(http.delete(path, world.pilot()));
        notFound(http.delete(path, world.altaiAdmin()));
        assertThat(ok(200, http.delete(path, world.authority())).json().has("deletedAt")).isTrue();

        notFound(http.get(path, world.steppeAdmin()));
        notFound(http.get(path, world.pilot()));
        assertThat(serialsSeenBy(world.steppeAdmin())).doesNotContain("GROUNDED-1");
        assertThat(ok(200, http.get(path, world.authority())).json().has("deletedAt")).isTrue();
        notFound(http.post(path + "/restore", world.steppeAdmin(), null));
        denied(http.put(path, world.authority(), Map.of("brand", "x", "model", "y", "status", "IDLE")));

        assertThat(ok(200, http.post(path + "/restore", world.authority(), null)).json().has("deletedAt")).isFalse();
        ok(200, http.get(path, world.steppeAdmin()));
        conflict(http.post(path + "/restore", world.authority(), null));
        denied(http.post(path + "/restore", world.steppeAdmin(), null));

        // Its owner grounds it too.
        ok(200, http.delete(path, world.steppeAdmin()));
        notFound(http.get(path, world.steppeAdmin()));
    }

    @Test
    void anAdminAssignsAndUnassignsTheirPilots() {
        int drone = steppeDrone("ASSIGN-1");
        String pilots = "/api/v1/drones/" + drone + "/pilots";
        notFound(http.get("/api/v1/drones/" + drone, world.idlePilot()));

        Http.Reply assigned = ok(200, http.put(pilots + "/" + world.idlePilotId(), world.steppeAdmin(), null));
        assertThat(assigned.json().path("userId").asInt()).isEqualTo(world.idlePilotId());
        assertThat(assigned.json().path("droneId").asInt()).isEqualTo(drone);
        String assignedAt = assigned.json().path("assignedAt").asText();
        ok(200, http.get("/api/v1/drones/" + drone, world.idlePilot()));

        // Assigning again keeps the first assignment.
        server.advance(java.time.Duration.ofMinutes(1));
        assertThat(ok(200, http.put(pilots + "/" + world.idlePilotId(), world.steppeAdmin(), null)).json()
                .path("assignedAt").asText()).isEqualTo(assignedAt);
        ok(200, http.put(pilots + "/" + world.pilotId(), world.steppeAdmin(), null));

        JsonNode all = ok(200, http.get(pilots, world.steppeAdmin())).json();
        assertThat(all).hasSize(2);
        JsonNode own = ok(200, http.get(pilots, world.idlePilot())).json();
        assertThat(own).hasSize(1);
        assertThat(own.get(0).path("userId").asInt()).isEqualTo(world.idlePilotId());
        assertThat(ok(200, http.get(pilots, world.authority())).json()).hasSize(2);
        notFound(http.get(pilots, world.altaiAdmin()));

        ok(204, http.delete(pilots + "/" + world.idlePilotId(), world.steppeAdmin()));
        notFound(http.get("/api/v1/drones/" + drone, world.idlePilot()));
        notFound(http.delete(pilots + "/" + world.idlePilotId(), world.steppeAdmin()));
        assertThat(ok(200, http.get(pilots, world.steppeAdmin())).json()).hasSize(1);
    }

    @Test
    void assignmentsOutsideTheAdminsOrganizationAreRefused() {
        String pilots = "/api/v1/drones/" + world.steppeDrone() + "/pilots/";
        // The assigned pilot may see the assignment but not change it.
        denied(http.put(pilots + world.pilotId(), world.pilot(), null));
        denied(http.delete(pilots + world.pilotId(), world.pilot()));
        // A colleague the pilot may not read is not found.
        notFound(http.put(pilots + world.idlePilotId(), world.pilot(), null));
        // Another organization's admin sees neither the drone nor the pilot.
        notFound(http.put(pilots + world.altaiAdminId(), world.altaiAdmin(), null));
        notFound(http.put("/api/v1/drones/" + world.altaiDrone() + "/pilots/" + world.pilotId(),
                world.altaiAdmin(), null));
        notFound(http.put("/api/v1/drones/" + world.altaiDrone() + "/pilots/" + world.pilotId(),
                world.steppeAdmin(), null));
        // A solo pilot is nobody's to assign; an unknown pilot is not found.
        notFound(http.put(pilots + world.soloId(), world.steppeAdmin(), null));
        notFound(http.put(pilots + "9999", world.steppeAdmin(), null));
        notFound(http.put("/api/v1/drones/9999/pilots/" + world.pilotId(), world.steppeAdmin(), null));
        // The authority reads assignments, it does not make them.
        denied(http.put(pilots + world.idlePilotId(), world.authority(), null));

        JsonNode assignments = ok(200, http.get("/api/v1/drones/" + world.steppeDrone() + "/pilots",
                world.steppeAdmin())).json();
        assertThat(assignments).hasSize(1);
        assertThat(assignments.get(0).path("userId").asInt()).isEqualTo(world.pilotId());
    }
}
