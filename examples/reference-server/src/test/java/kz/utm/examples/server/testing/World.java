package kz.utm.examples.server.testing;

import java.util.List;
import java.util.Map;

/**
 * A small UTM world built through the API, for end-to-end tests: the authority; organization
 * Steppe with its admin, a pilot assigned to its drone, and a second pilot with no drone;
 * organization Altai with its admin and drone; a solo pilot with a drone; and two zones near
 * Almaty: a 1 km circle up to 500 m, and a polygon from the ground up.
 *
 * @param authority the first authority admin's token
 */
public record World(String authority, int steppe, int steppeAdminId, String steppeAdmin, int pilotId, String pilot,
        int idlePilotId, String idlePilot, int steppeDrone, int altai, int altaiAdminId, String altaiAdmin,
        int altaiDrone, int soloId, String solo, int soloDrone, int circleZone, int polygonZone) {

    /** Centre of the circle zone. */
    public static final double CIRCLE_LAT = 43.2389;

    /** Centre of the circle zone. */
    public static final double CIRCLE_LON = 76.8897;

    /** Builds the world on a fresh server. */
    public static World build(TestServer server) {
        Http http = server.http();
        String authority = server.authorityToken();
        int steppe = created(http.post("/api/v1/organizations", authority, Map.of("name", "Steppe Aerial Survey",
                "bin", "050440000002", "companyAddress", "Abai Ave 10", "city", "Almaty")));
        int altai = created(http.post("/api/v1/organizations", authority, Map.of("name", "Altai Drones",
                "bin", "060540000008", "companyAddress", "Lenin St 1", "city", "Oskemen")));
        int steppeAdminId = created(http.post("/api/v1/users", authority, user("Aigerim Sadykova",
                "aigerim@steppe.example.kz", "ORGANIZATION_ADMIN", steppe)));
        int altaiAdminId = created(http.post("/api/v1/users", authority, user("Yerlan Altayev",
                "yerlan@altai.example.kz", "ORGANIZATION_ADMIN", altai)));
        String steppeAdmin = server.signIn("aigerim@steppe.example.kz", "password-123");
        String altaiAdmin = server.signIn("yerlan@altai.example.kz", "password-123");
        int pilotId = created(http.post("/api/v1/users", steppeAdmin, user("Daniyar Bekov", "daniyar@steppe.example.kz",
                "ORGANIZATION_PILOT", steppe)));
        int idlePilotId = created(http.post("/api/v1/users", steppeAdmin, user("Marat Idle", "marat@steppe.example.kz",
                "ORGANIZATION_PILOT", steppe)));
        String pilot = server.signIn("daniyar@steppe.example.kz", "password-123");
        String idlePilot = server.signIn("marat@steppe.example.kz", "password-123");
        int steppeDrone = created(http.post("/api/v1/drones", steppeAdmin, Map.of("brand", "DJI",
                "model", "Matrice 350 RTK", "serialNumber", "1581F5FHD22A", "organizationId", steppe)));
        expect(200, http.put("/api/v1/drones/" + steppeDrone + "/pilots/" + pilotId, steppeAdmin, null));
        int altaiDrone = created(http.post("/api/v1/drones", altaiAdmin, Map.of("brand", "Autel",
                "model", "EVO Max 4T", "serialNumber", "7YAB2201", "organizationId", altai)));
        int soloId = created(http.post("/api/v1/users/register", null, Map.of("fullName", "Solo Pilot",
                "email", "solo@pilots.example.kz", "password", "password-123")));
        String solo = server.signIn("solo@pilots.example.kz", "password-123");
        int soloDrone = created(http.post("/api/v1/drones", solo, Map.of("brand", "DJI", "model", "Mavic 3",
                "serialNumber", "SOLO-0001")));
        int circleZone = created(http.post("/api/v1/zones", authority, Map.of("name", "Almaty centre",
                "geometryType", "CIRCLE", "definition", Map.of("center", Map.of("lat", CIRCLE_LAT, "lon", CIRCLE_LON),
                        "radius_m", 1000), "maxAltitudeM", 500)));
        int polygonZone = created(http.post("/api/v1/zones", authority, Map.of("name", "Airport",
                "geometryType", "POLYGON", "definition", Map.of("type", "Polygon", "coordinates", List.of(List.of(
                        List.of(77.00, 43.34), List.of(77.06, 43.34), List.of(77.06, 43.37), List.of(77.00, 43.37),
                        List.of(77.00, 43.34)))))));
        return new World(authority, steppe, steppeAdminId, steppeAdmin, pilotId, pilot, idlePilotId, idlePilot,
                steppeDrone, altai, altaiAdminId, altaiAdmin, altaiDrone, soloId, solo, soloDrone, circleZone,
                polygonZone);
    }

    /** A user-creation body with the world's password. */
    public static Map<String, Object> user(String name, String email, String role, int organization) {
        return Map.of("fullName", name, "email", email, "password", "password-123", "role", role,
                "organizationId", organization);
    }

    private static int created(Http.Reply reply) {
        return expect(201, reply).id();
    }

    /** Fails unless the reply has the status. */
    public static Http.Reply expect(int status, Http.Reply reply) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ": " + reply);
        }
        return reply;
    }
}
