package kz.utm.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import kz.utm.core.common.constraints.KazakhIdChecksum;
import kz.utm.examples.server.testing.Http;
import kz.utm.examples.server.testing.OpenApiConformance;
import kz.utm.examples.server.testing.TestServer;
import kz.utm.examples.server.testing.World;

/**
 * A tour of the API that gives every documented operation its success status, and the common
 * refusals (400, 401, 403, 404, 409, 413, 422, 429) somewhere, so that every response schema of
 * the document is checked against a real reply by the conformance check that {@link TestServer}
 * installs. The last step asserts that every operation's success status was seen. The events of
 * the alert stream are checked against the document's {@code Alert} schema.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiTourTest {

    private static TestServer server;
    private static World world;
    private static Http http;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of("utm.telemetry.max-batch", "5", "utm.login.max-failures", "3"));
        world = World.build(server);
        http = server.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @Order(1)
    void usersFromRegistrationToRestore() {
        String email = "tour.user@pilots.example.kz";
        int id = expect(201, http.post("/api/v1/users/register", null, Map.of("fullName", "Tour User", "email", email,
                "password", "password-123", "phoneNumber", "+77011234567"))).id();
        expect(409, http.post("/api/v1/users/register", null, Map.of("fullName", "Again", "email", email,
                "password", "password-123")));
        expect(400, http.post("/api/v1/users/register", null, "[1, 2]"));
        expect(400, http.post("/api/v1/users/register", null, "{\"fullName\": "));
        Http.Reply tooLarge = expect(413, http.post("/api/v1/users/register", null, "{\"fullName\": \""
                + "x".repeat(600 * 1024) + "\"}"));
        assertThat(tooLarge.json().path("type").asText()).isEqualTo("urn:utm-kit:problem:payload-too-large");
        Http.Reply invalid = expect(422, http.post("/api/v1/users/register", null, Map.of("fullName", "", "email", "no",
                "password", "short", "colour", "red")));
        assertThat(invalid.errorFields()).contains("fullName", "email", "password", "colour");

        String user = server.signIn(email, "password-123");
        expect(200, http.get("/api/v1/users/me", user));
        expect(200, http.get("/api/v1/users/" + id, user));
        expect(200, http.put("/api/v1/users/" + id + "/profile", user, Map.of("fullName", "Tour User Renamed")));
        expect(401, http.get("/api/v1/users/me", null));
        expect(401, http.get("/api/v1/users/me", "not-a-token"));
        expect(404, http.get("/api/v1/users/" + world.pilotId(), user));
        expect(404, http.get("/api/v1/users/not-a-number", user));
        expect(403, http.put("/api/v1/users/" + world.pilotId() + "/profile", world.steppeAdmin(),
                Map.of("fullName", "Not Yours")));
        expect(403, http.put("/api/v1/users/" + world.pilotId() + "/role", world.steppeAdmin(),
                Map.of("role", "ORGANIZATION_ADMIN", "organizationId", world.steppe())));
        expect(422, http.put("/api/v1/users/" + id + "/role", world.authority(), Map.of("role", "PILOT")));

        Http.Reply created = expect(201, http.post("/api/v1/users", world.steppeAdmin(), World.user("Tour Pilot",
                "tour.pilot@steppe.example.kz", "ORGANIZATION_PILOT", world.steppe())));
        int pilot = created.id();
        assertThat(created.json().path("organizationId").asInt()).isEqualTo(world.steppe());
        expect(409, http.post("/api/v1/users", world.steppeAdmin(), World.user("Tour Pilot",
                "tour.pilot@steppe.example.kz", "ORGANIZATION_PILOT", world.steppe())));
        expect(403, http.post("/api/v1/users", world.pilot(), World.user("Another", "another@steppe.example.kz",
                "ORGANIZATION_PILOT", world.steppe())));
        expect(401, http.post("/api/v1/users", null, World.user("Another", "another@steppe.example.kz",
                "ORGANIZATION_PILOT", world.steppe())));
        expect(422, http.get("/api/v1/users?limit=0", world.authority()));
        assertThat(expect(200, http.get("/api/v1/users?offset=1&limit=2", world.authority())).json()
                .path("nextOffset").asInt()).isEqualTo(3);

        expect(200, http.post("/api/v1/users/" + pilot + "/deactivate", world.steppeAdmin(), null));
        expect(200, http.post("/api/v1/users/" + pilot + "/reactivate", world.steppeAdmin(), null));
        expect(200, http.put("/api/v1/users/" + pilot + "/role", world.authority(), Map.of("role", "SOLO_PILOT")));
        expect(200, http.delete("/api/v1/users/" + pilot, world.authority()));
        expect(200, http.post("/api/v1/users/" + pilot + "/restore", world.authority(), null));
        expect(409, http.post("/api/v1/users/" + pilot + "/restore", world.authority(), null));
        int authority = expect(200, http.get("/api/v1/users/me", world.authority())).id();
        expect(409, http.delete("/api/v1/users/" + authority, world.authority()));
    }

    @Test
    @Order(2)
    void organizationsFromRegistrationToRestore() {
        String body = "07074000000";
        String bin = body + KazakhIdChecksum.checkDigit(body).orElseThrow();
        Map<String, Object> details = Map.of("name", "Tour Aerial", "bin", bin, "companyAddress",
                "Tole bi 5", "city", "Astana");
        int id = expect(201, http.post("/api/v1/organizations", world.authority(), details)).id();
        expect(409, http.post("/api/v1/organizations", world.authority(), details));
        expect(403, http.post("/api/v1/organizations", world.steppeAdmin(), details));
        expect(422, http.post("/api/v1/organizations", world.authority(), Map.of("name", "No BIN")));
        expect(200, http.get("/api/v1/organizations", world.authority()));
        expect(200, http.get("/api/v1/organizations/" + world.steppe(), world.steppeAdmin()));
        expect(404, http.get("/api/v1/organizations/" + world.altai(), world.steppeAdmin()));
        expect(200, http.put("/api/v1/organizations/" + world.steppe(), world.steppeAdmin(), Map.of("name",
                "Steppe Aerial Survey", "companyAddress", "Abai Ave 12", "city", "Almaty")));
        int admin = expect(201, http.post("/api/v1/users", world.authority(), World.user("Tour Admin",
                "admin@tour.example.kz", "ORGANIZATION_ADMIN", id))).id();
        assertThat(expect(200, http.put("/api/v1/organizations/" + id + "/admin", world.authority(),
                Map.of("adminId", admin))).json().path("adminId").asInt()).isEqualTo(admin);
        expect(200, http.post("/api/v1/organizations/" + id + "/deactivate", world.authority(), null));
        expect(200, http.post("/api/v1/organizations/" + id + "/reactivate", world.authority(), null));
        expect(200, http.delete("/api/v1/organizations/" + id, world.authority()));
        expect(200, http.post("/api/v1/organizations/" + id + "/restore", world.authority(), null));
        expect(409, http.post("/api/v1/organizations/" + id + "/restore", world.authority(), null));
    }

    @Test
    @Order(3)
    void dronesAndTheirPilots() {
        int drone = expect(201, http.post("/api/v1/drones", world.steppeAdmin(), Map.of("brand", "DJI", "model",
                "Mini 4 Pro", "serialNumber", "TOUR-0001", "organizationId", world.steppe()))).id();
        expect(409, http.post("/api/v1/drones", world.steppeAdmin(), Map.of("brand", "DJI", "model", "Mini 4 Pro",
                "serialNumber", "TOUR-0001", "organizationId", world.steppe())));
        expect(200, http.get("/api/v1/drones", world.steppeAdmin()));
        expect(200, http.get("/api/v1/drones/" + drone, world.steppeAdmin()));
        expect(404, http.get("/api/v1/drones/" + drone, world.altaiAdmin()));
        expect(200, http.put("/api/v1/drones/" + drone, world.steppeAdmin(), Map.of("brand", "DJI", "model",
                "Mini 4 Pro", "status", "MAINTENANCE")));
        expect(422, http.put("/api/v1/drones/" + drone, world.steppeAdmin(), Map.of("brand", "DJI", "model",
                "Mini 4 Pro", "status", "BROKEN")));
        expect(200, http.put("/api/v1/drones/" + drone + "/pilots/" + world.idlePilotId(), world.steppeAdmin(), null));
        assertThat(expect(200, http.get("/api/v1/drones/" + drone + "/pilots", world.steppeAdmin())).json())
                .hasSize(1);
        expect(204, http.delete("/api/v1/drones/" + drone + "/pilots/" + world.idlePilotId(), world.steppeAdmin()));
        expect(404, http.delete("/api/v1/drones/" + drone + "/pilots/" + world.idlePilotId(), world.steppeAdmin()));
        expect(403, http.put("/api/v1/drones/" + world.steppeDrone(), world.pilot(), Map.of("brand", "DJI",
                "model", "Matrice 350 RTK", "status", "IDLE")));
        expect(200, http.delete("/api/v1/drones/" + drone, world.steppeAdmin()));
        expect(200, http.post("/api/v1/drones/" + drone + "/restore", world.authority(), null));
        expect(409, http.post("/api/v1/drones/" + drone + "/restore", world.authority(), null));
    }

    @Test
    @Order(4)
    void zonesFromDefinitionToRestore() {
        Map<String, Object> circle = Map.of("name", "Tour circle", "description", "a test zone", "geometryType",
                "CIRCLE", "definition", Map.of("center", Map.of("lat", 51.1, "lon", 71.4), "radius_m", 300),
                "minAltitudeM", 0, "maxAltitudeM", 120);
        int id = expect(201, http.post("/api/v1/zones", world.authority(), circle)).id();
        expect(403, http.post("/api/v1/zones", world.pilot(), circle));
        Http.Reply invalid = expect(422, http.post("/api/v1/zones", world.authority(), Map.of("name", "Bad",
                "geometryType", "CIRCLE", "definition", Map.of("center", Map.of("lat", 91, "lon", 71.4),
                        "radius_m", 300))));
        assertThat(invalid.errorFields()).containsExactly("definition/center/lat");
        assertThat(expect(200, http.get("/api/v1/zones?bbox=71,51,72,52", world.pilot())).json().path("items"))
                .hasSize(1);
        expect(422, http.get("/api/v1/zones?bbox=72,51,71", world.pilot()));
        expect(200, http.get("/api/v1/zones?all=true", world.authority()));
        expect(200, http.get("/api/v1/zones/" + id, world.solo()));
        Map<String, Object> polygon = Map.of("name", "Tour polygon", "geometryType", "POLYGON",
                "definition", Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(71.0, 51.0),
                        List.of(71.1, 51.0), List.of(71.1, 51.1), List.of(71.0, 51.0)))));
        assertThat(expect(200, http.put("/api/v1/zones/" + id, world.authority(), polygon)).json()
                .path("geometryType").asText()).isEqualTo("POLYGON");
        expect(200, http.post("/api/v1/zones/" + id + "/deactivate", world.authority(), null));
        expect(200, http.post("/api/v1/zones/" + id + "/activate", world.authority(), null));
        expect(200, http.delete("/api/v1/zones/" + id, world.authority()));
        expect(404, http.get("/api/v1/zones/" + id, world.pilot()));
        expect(409, http.put("/api/v1/zones/" + id, world.authority(), polygon));
        expect(200, http.post("/api/v1/zones/" + id + "/restore", world.authority(), null));
        expect(409, http.post("/api/v1/zones/" + id + "/restore", world.authority(), null));
    }

    @Test
    @Order(5)
    void flightPlansThroughTheWorkflowWithTelemetryAndAlerts() throws Exception {
        Instant departure = server.clock().instant().plus(Duration.ofHours(1));
        int plan = expect(201, http.post("/api/v1/flight-plans", world.pilot(), plan(world.steppeDrone(), departure)))
                .id();
        expect(409, http.post("/api/v1/flight-plans", world.pilot(), plan(world.steppeDrone(), departure)));
        expect(404, http.post("/api/v1/flight-plans", world.pilot(), plan(world.altaiDrone(), departure)));
        expect(422, http.post("/api/v1/flight-plans", world.pilot(), Map.of("droneId", world.steppeDrone(),
                "waypoints", List.of())));
        expect(200, http.get("/api/v1/flight-plans?status=PENDING_ORG_APPROVAL,APPROVED&droneId="
                + world.steppeDrone(), world.steppeAdmin()));
        expect(422, http.get("/api/v1/flight-plans?status=FLYING", world.steppeAdmin()));
        expect(200, http.get("/api/v1/flight-plans/" + plan, world.pilot()));
        expect(404, http.get("/api/v1/flight-plans/" + plan, world.altaiAdmin()));
        expect(403, http.post("/api/v1/flight-plans/" + plan + "/activate", world.steppeAdmin(), null));
        expect(409, http.post("/api/v1/flight-plans/" + plan + "/activate", world.pilot(), null));
        expect(200, http.post("/api/v1/flight-plans/" + plan + "/approve", world.steppeAdmin(), null));
        expect(200, http.post("/api/v1/flight-plans/" + plan + "/approve", world.authority(), null));
        expect(409, http.post("/api/v1/flight-plans/" + plan + "/approve", world.authority(), null));

        List<String> events = Collections.synchronizedList(new ArrayList<>());
        Thread listener = listen(world.pilot(), events);
        try {
            server.advance(Duration.ofHours(1));
            expect(200, http.post("/api/v1/flight-plans/" + plan + "/activate", world.pilot(), null));
            String telemetry = "/api/v1/drones/" + world.steppeDrone() + "/telemetry";
            Instant now = server.clock().instant();
            Map<String, Object> batch = Map.of("points", List.of(point(now, 43.22, 76.86, 15),
                    point(now.plusSeconds(1), World.CIRCLE_LAT, World.CIRCLE_LON, 100)));
            Map<String, String> key = Map.of("Idempotency-Key", "tour-batch-1");
            Http.Reply stored = expect(201, http.send("POST", telemetry, world.pilot(), batch, key));
            assertThat(stored.body()).isEqualTo(expect(201, http.send("POST", telemetry, world.pilot(), batch, key))
                    .body());
            expect(422, http.send("POST", telemetry, world.pilot(), Map.of("points", List.of(point(now, 43.22, 76.87,
                    15))), key));
            expect(413, http.post(telemetry, world.pilot(), Map.of("points", List.of(point(now, 43.22, 76.86, 15),
                    point(now, 43.22, 76.86, 15), point(now, 43.22, 76.86, 15), point(now, 43.22, 76.86, 15),
                    point(now, 43.22, 76.86, 15), point(now, 43.22, 76.86, 15)))));
            expect(403, http.post(telemetry, world.steppeAdmin(), Map.of("points", List.of(point(now, 43.22, 76.86,
                    15)))));
            expect(200, http.get(telemetry + "?from=" + now.minusSeconds(60) + "&limit=10", world.steppeAdmin()));
            expect(422, http.get(telemetry + "?from=yesterday&limit=0", world.steppeAdmin()));
            assertThat(expect(200, http.get("/api/v1/map/drones", world.steppeAdmin())).json()).isNotEmpty();
            for (int i = 0; i < 100 && events.isEmpty(); i++) {
                Thread.sleep(100);
            }
        } finally {
            listener.interrupt();
        }
        assertThat(events).as("alerts on the pilot's stream").isNotEmpty();
        synchronized (events) {
            events.forEach(event -> OpenApiConformance.shared().checkAgainstSchema("Alert", event));
        }
        expect(200, http.post("/api/v1/flight-plans/" + plan + "/complete", world.pilot(), null));

        Instant later = server.clock().instant().plus(Duration.ofHours(3));
        int rejected = expect(201, http.post("/api/v1/flight-plans", world.solo(), plan(world.soloDrone(), later)))
                .id();
        expect(422, http.post("/api/v1/flight-plans/" + rejected + "/reject", world.authority(), Map.of("reason", "")));
        expect(200, http.post("/api/v1/flight-plans/" + rejected + "/reject", world.authority(),
                Map.of("reason", "too close to the airport")));
        int cancelled = expect(201, http.post("/api/v1/flight-plans", world.solo(), plan(world.soloDrone(),
                later.plus(Duration.ofHours(2))))).id();
        expect(200, http.post("/api/v1/flight-plans/" + cancelled + "/cancel", world.solo(), null));
        expect(409, http.post("/api/v1/flight-plans/" + cancelled + "/cancel", world.solo(), null));
    }

    @Test
    @Order(6)
    void mapSettingsTheDocumentAndSigningOut() {
        expect(200, http.get("/api/v1/openapi.json", null));
        expect(200, http.get("/api/v1/map/settings", world.solo()));
        expect(401, http.get("/api/v1/map/settings", null));
        String token = server.signIn("solo@pilots.example.kz", "password-123");
        expect(204, http.post("/api/v1/auth/logout", token, null));
        expect(401, http.post("/api/v1/auth/logout", token, null));
        expect(401, http.get("/api/v1/alerts", null));
    }

    @Test
    @Order(7)
    void failedSignInsAreThrottled() {
        String email = "nobody@example.kz";
        expect(401, http.post("/api/v1/auth/login", null, Map.of("email", email, "password", "wrong")));
        expect(401, http.post("/api/v1/auth/login", null, Map.of("email", email, "password", "wrong")));
        expect(401, http.post("/api/v1/auth/login", null, Map.of("email", email, "password", "wrong")));
        Http.Reply throttled = expect(429, http.post("/api/v1/auth/login", null, Map.of("email", email,
                "password", "wrong")));
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).isPositive();
        expect(400, http.post("/api/v1/auth/login", null, "\"text\""));
        server.advance(Duration.ofMinutes(16));
        expect(200, http.post("/api/v1/auth/login", null, Map.of("email", TestServer.ADMIN_EMAIL,
                "password", TestServer.ADMIN_PASSWORD)));
    }

    @Test
    @Order(8)
    void everyOperationsSuccessStatusHasBeenSeen() {
        Set<String> seen = new TreeSet<>();
        OpenApiConformance.shared().seen().forEach(s -> seen.add(s.method() + " " + s.path() + " " + s.status()));
        List<String> missing = new ArrayList<>();
        for (OpenApiConformance.Operation operation : OpenApiConformance.shared().operations()) {
            operation.responses().keySet().stream().filter(status -> status.startsWith("2")).forEach(status -> {
                String key = operation.method().toUpperCase(Locale.ROOT) + " " + operation.path() + " " + status;
                if (!seen.contains(key)) {
                    missing.add(key);
                }
            });
        }

        assertThat(missing).as("success statuses no test has seen").isEmpty();
    }

    private static Http.Reply expect(int status, Http.Reply reply) {
        return World.expect(status, reply);
    }

    private static Map<String, Object> plan(int drone, Instant departure) {
        return Map.of("droneId", drone, "plannedDepartureTime", departure.toString(), "plannedArrivalTime",
                departure.plus(Duration.ofMinutes(40)).toString(), "notes", "tour", "waypoints", List.of(
                        waypoint(0, 43.2200, 76.8500, 0), waypoint(1, 43.2200, 76.9300, 120),
                        waypoint(2, 43.2200, 76.9400, 0)));
    }

    private static Map<String, Object> waypoint(int order, double lat, double lon, double altitude) {
        return Map.of("sequenceOrder", order, "latitude", lat, "longitude", lon, "altitudeM", altitude);
    }

    private static Map<String, Object> point(Instant at, double lat, double lon, double altitude) {
        return Map.of("timestamp", at.toString(), "latitude", lat, "longitude", lon, "altitudeM", altitude,
                "speedMps", 12.5, "headingDegrees", 90);
    }

    private static Thread listen(String token, List<String> events) throws InterruptedException {
        java.util.concurrent.CountDownLatch open = new java.util.concurrent.CountDownLatch(1);
        Thread thread = new Thread(() -> {
            HttpRequest request = HttpRequest.newBuilder(http.base().resolve("/api/v1/alerts"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
            try {
                HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                        HttpResponse.BodyHandlers.ofInputStream());
                OpenApiConformance.shared().check(new Http.Reply("GET", "/api/v1/alerts", response.statusCode(),
                        response.headers().map(), ""));
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        if (line.startsWith(":")) {
                            open.countDown();
                        } else if (line.startsWith("data:")) {
                            synchronized (events) {
                                events.add(line.substring(5).strip());
                            }
                        }
                    }
                }
            } catch (Exception e) {
                open.countDown();
            }
        }, "tour-alert-listener");
        thread.setDaemon(true);
        thread.start();
        assertThat(open.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("the alert stream opened").isTrue();
        return thread;
    }
}
