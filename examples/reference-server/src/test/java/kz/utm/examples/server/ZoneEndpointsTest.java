package kz.utm.examples.server;

import static kz.utm.examples.server.testing.Bodies.plan;
import static kz.utm.examples.server.testing.Bodies.waypoint;
import static kz.utm.examples.server.testing.Replies.conflict;
import static kz.utm.examples.server.testing.Replies.denied;
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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kz.utm.examples.server.testing.Http;
import kz.utm.examples.server.testing.TestServer;
import kz.utm.examples.server.testing.World;

/**
 * {@code /zones}: the authority defines, redefines, deactivates, activates, deletes and
 * restores restricted zones; every signed-in user reads the zones in force, by bounding box;
 * bad definitions are named under {@code definition/...}. Tests that change a zone define their
 * own, far from the world's zones, so that the shared ones stay as built.
 */
class ZoneEndpointsTest {

    private static TestServer server;
    private static Http http;
    private static World world;
    private static int slot;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = server.http();
        world = World.build(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Map<String, Object> circle(String name, double lat, double lon, double radius) {
        Map<String, Object> zone = new HashMap<>();
        zone.put("name", name);
        zone.put("geometryType", "CIRCLE");
        zone.put("definition", Map.of("center", Map.of("lat", lat, "lon", lon), "radius_m", radius));
        return zone;
    }

    private static Map<String, Object> square(String name, double lon, double lat, double side) {
        Map<String, Object> zone = new HashMap<>();
        zone.put("name", name);
        zone.put("geometryType", "POLYGON");
        zone.put("definition", Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(lon, lat),
                List.of(lon + side, lat), List.of(lon + side, lat + side), List.of(lon, lat + side), List.of(lon, lat)))));
        return zone;
    }

    private static List<Integer> ids(String query, String token) {
        List<Integer> ids = new ArrayList<>();
        ok(200, http.get("/api/v1/zones" + query, token)).json().path("items").forEach(z -> ids.add(z.path("id").asInt()));
        return ids;
    }

    /** A solo plan straight through (lat, lon) at 100 m, in a slot of its own. */
    private static Http.Reply planThrough(double lat, double lon) {
        Instant departure = TestServer.START.plus(Duration.ofDays(2)).plus(Duration.ofHours(2L * ++slot));
        return http.post("/api/v1/flight-plans", world.solo(), plan(world.soloDrone(), departure,
                List.of(waypoint(0, lat, lon - 0.05, 100), waypoint(1, lat, lon + 0.05, 100))));
    }

    @Test
    void theAuthorityDefinesACircleAndAPolygon() {
        Map<String, Object> body = circle("Stadium", 51.1080, 71.4030, 800);
        body.put("description", " match days ");
        body.put("minAltitudeM", 0);
        body.put("maxAltitudeM", 300);
        Http.Reply created = ok(201, http.post("/api/v1/zones", world.authority(), body));
        JsonNode zone = created.json();
        assertThat(zone.path("geometryType").asText()).isEqualTo("CIRCLE");
        assertThat(zone.path("definition").path("radius_m").asDouble()).isEqualTo(800.0);
        assertThat(zone.path("definition").path("center").path("lat").asDouble()).isEqualTo(51.1080);
        assertThat(zone.path("description").asText()).isEqualTo("match days");
        assertThat(zone.path("maxAltitudeM").asDouble()).isEqualTo(300.0);
        assertThat(zone.path("active").asBoolean()).isTrue();

        Http.Reply polygon = ok(201, http.post("/api/v1/zones", world.authority(), square("Palace", 71.40, 51.12,
                0.01)));
        assertThat(polygon.json().path("definition").path("coordinates").get(0)).hasSize(5);
        assertThat(polygon.json().has("minAltitudeM")).isFalse();
        assertThat(polygon.json().has("maxAltitudeM")).isFalse();

        // Every signed-in user reads a zone in force.
        for (String token : List.of(world.pilot(), world.idlePilot(), world.solo(), world.altaiAdmin())) {
            assertThat(ok(200, http.get("/api/v1/zones/" + created.id(), token)).json().path("name").asText())
                    .isEqualTo("Stadium");
        }
        unauthenticated(http.get("/api/v1/zones/" + created.id(), null));
        notFound(http.get("/api/v1/zones/99999", world.pilot()));
    }

    @Test
    void onlyTheAuthorityManagesZones() {
        for (String token : List.of(world.steppeAdmin(), world.pilot(), world.solo())) {
            denied(http.post("/api/v1/zones", token, circle("Not Yours", 50.0, 70.0, 100)));
            denied(http.put("/api/v1/zones/" + world.circleZone(), token, circle("Moved", 50.0, 70.0, 100)));
            denied(http.post("/api/v1/zones/" + world.circleZone() + "/deactivate", token, null));
            denied(http.post("/api/v1/zones/" + world.circleZone() + "/activate", token, null));
            denied(http.delete("/api/v1/zones/" + world.circleZone(), token));
            denied(http.post("/api/v1/zones/" + world.circleZone() + "/restore", token, null));
        }
        unauthenticated(http.post("/api/v1/zones", null, circle("Anonymous", 50.0, 70.0, 100)));

        JsonNode zone = ok(200, http.get("/api/v1/zones/" + world.circleZone(), world.pilot())).json();
        assertThat(zone.path("name").asText()).isEqualTo("Almaty centre");
        assertThat(zone.path("active").asBoolean()).isTrue();
        assertThat(ids("?bbox=69.9,49.9,70.1,50.1&all=true", world.authority())).isEmpty();
    }

    @Test
    void aBoundingBoxSelectsTheZonesItMeets() {
        // The circle reaches about 0.009 degrees of latitude from its centre.
        String aroundCircle = "?bbox=76.88,43.2470,76.90,43.2480";
        assertThat(ids(aroundCircle, world.pilot())).contains(world.circleZone()).doesNotContain(world.polygonZone());
        assertThat(ids("?bbox=76.88,43.2490,76.90,43.2500", world.pilot())).doesNotContain(world.circleZone());
        assertThat(ids("?bbox=77.05,43.36,77.10,43.40", world.solo())).contains(world.polygonZone())
                .doesNotContain(world.circleZone());
        assertThat(ids("?bbox=76.0,43.0,78.0,44.0", world.solo())).contains(world.circleZone(), world.polygonZone());
        assertThat(ids("?bbox=10,10,11,11", world.solo())).isEmpty();
        assertThat(ids("", world.altaiAdmin())).contains(world.circleZone(), world.polygonZone());

        for (String bad : List.of("1,2,3", "a,b,c,d", "10,10,5,11", "-181,0,0,1", "0,-91,1,0", "0,0,181,1")) {
            invalid(http.get("/api/v1/zones?bbox=" + bad, world.pilot()), "bbox");
        }
        invalid(http.get("/api/v1/zones?bbox=1,2&limit=0&offset=-1", world.pilot()), "bbox", "limit", "offset");
    }

    @Test
    void aRedefinitionChangesTheZoneInForce() {
        int zone = ok(201, http.post("/api/v1/zones", world.authority(), circle("Fairground", 52.30, 76.95, 300)))
                .id();
        ok(201, planThrough(52.318, 76.95));
        Http.Reply bigger = ok(200, http.put("/api/v1/zones/" + zone, world.authority(),
                circle("Fairground extended", 52.30, 76.95, 5000)));
        assertThat(bigger.json().path("name").asText()).isEqualTo("Fairground extended");
        assertThat(ok(200, http.get("/api/v1/zones/" + zone, world.pilot())).json().path("definition")
                .path("radius_m").asDouble()).isEqualTo(5000.0);
        // The new shape is the one routes are checked against: 2 km off the centre is inside now.
        problem(409, "route-conflict", planThrough(52.318, 76.95));
        notFound(http.put("/api/v1/zones/99999", world.authority(), circle("Nowhere", 1, 1, 10)));
    }

    @Test
    void aDeactivatedZoneIsHiddenAndNotEnforcedUntilActivated() {
        int zone = ok(201, http.post("/api/v1/zones", world.authority(), circle("Air show", 49.80, 73.10, 2000))).id();
        String path = "/api/v1/zones/" + zone;
        problem(409, "route-conflict", planThrough(49.80, 73.10));

        assertThat(ok(200, http.post(path + "/deactivate", world.authority(), null)).json().path("active").asBoolean())
                .isFalse();
        notFound(http.get(path, world.pilot()));
        notFound(http.post(path + "/activate", world.steppeAdmin(), null));
        assertThat(ids("?bbox=73.0,49.7,73.2,49.9", world.solo())).doesNotContain(zone);
        assertThat(ids("?bbox=73.0,49.7,73.2,49.9", world.authority())).doesNotContain(zone);
        assertThat(ids("?bbox=73.0,49.7,73.2,49.9&all=true", world.authority())).contains(zone);
        assertThat(ids("?bbox=73.0,49.7,73.2,49.9&all=true", world.solo())).doesNotContain(zone);
        ok(201, planThrough(49.80, 73.10));

        assertThat(ok(200, http.post(path + "/activate", world.authority(), null)).json().path("active").asBoolean())
                .isTrue();
        ok(200, http.get(path, world.pilot()));
        problem(409, "route-conflict", planThrough(49.80, 73.10));
    }

    @Test
    void aDeletedZoneIsGoneForAllButTheAuthorityWhoRestoresIt() {
        int zone = ok(201, http.post("/api/v1/zones", world.authority(), square("Quarry", 80.00, 50.00, 0.02))).id();
        String path = "/api/v1/zones/" + zone;

        assertThat(ok(200, http.delete(path, world.authority())).json().has("deletedAt")).isTrue();
        notFound(http.get(path, world.solo()));
        notFound(http.delete(path, world.solo()));
        assertThat(ids("?bbox=79.9,49.9,80.1,50.1", world.solo())).doesNotContain(zone);
        assertThat(ok(200, http.get(path, world.authority())).json().has("deletedAt")).isTrue();
        // Restore it first: nothing else is done to a deleted zone.
        conflict(http.put(path, world.authority(), square("Quarry", 80.00, 50.00, 0.03)));
        conflict(http.post(path + "/activate", world.authority(), null));
        conflict(http.delete(path, world.authority()));

        assertThat(ok(200, http.post(path + "/restore", world.authority(), null)).json().has("deletedAt")).isFalse();
        ok(200, http.get(path, world.solo()));
        conflict(http.post(path + "/restore", world.authority(), null));
    }

    @Test
    void aBadDefinitionIsNamedUnderDefinitionAndNothingIsStored() {
        int before = ids("?all=true", world.authority()).size();

        Map<String, Object> circle = circle("", 95.0, 76.9, -5);
        circle.put("maxAltitudeM", "high");
        invalid(http.post("/api/v1/zones", world.authority(), circle), "name", "definition/center/lat",
                "definition/radius_m", "maxAltitudeM");

        Map<String, Object> band = circle("Upside down", 43.0, 76.0, 100);
        band.put("minAltitudeM", 500);
        band.put("maxAltitudeM", 100);
        band.put("colour", "red");
        invalid(http.post("/api/v1/zones", world.authority(), band), "maxAltitudeM", "colour");

        Map<String, Object> open = new HashMap<>();
        open.put("name", "Open ring");
        open.put("geometryType", "POLYGON");
        open.put("definition", Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(76.0, 43.0),
                List.of(76.1, 43.0), List.of(76.1, 43.1), List.of(76.0, 43.2)))));
        JsonNode errors = invalid(http.post("/api/v1/zones", world.authority(), open),
                "definition/coordinates/0").json().path("errors");
        assertThat(errors.get(0).path("message").asText()).isNotBlank();

        Map<String, Object> hexagon = circle("Hexagon", 43.0, 76.0, 100);
        hexagon.put("geometryType", "HEXAGON");
        invalid(http.post("/api/v1/zones", world.authority(), hexagon), "geometryType");
        Map<String, Object> notObject = circle("Flat", 43.0, 76.0, 100);
        notObject.put("definition", "43.0,76.0,100");
        invalid(http.post("/api/v1/zones", world.authority(), notObject), "definition");
        // A circle's definition given for a polygon.
        Map<String, Object> mismatched = circle("Mismatched", 43.0, 76.0, 100);
        mismatched.put("geometryType", "POLYGON");
        Http.Reply reply = problem(422, "validation-failed", http.post("/api/v1/zones", world.authority(), mismatched));
        assertThat(reply.errorFields()).isNotEmpty().allMatch(field -> field.startsWith("definition"));
        invalid(http.post("/api/v1/zones", world.authority(), Map.of()), "name", "geometryType", "definition");

        invalid(http.put("/api/v1/zones/" + world.circleZone(), world.authority(), circle("Almaty centre", 43.2389,
                76.8897, 0)), "definition/radius_m");
        assertThat(ok(200, http.get("/api/v1/zones/" + world.circleZone(), world.authority())).json().path("definition")
                .path("radius_m").asDouble()).isEqualTo(1000.0);
        assertThat(ids("?all=true", world.authority())).hasSize(before);
    }
}
