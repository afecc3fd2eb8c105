package kz.utm.sdk.testing;

import java.time.Instant;

/** JSON bodies in the reference server's shapes, for scripted answers. */
public final class Samples {

    /** A fixed moment the samples and the clients' clocks start from. */
    public static final Instant NOW = Instant.parse("2026-06-01T06:00:00Z");

    private Samples() {
    }

    /** A user. */
    public static String user(int id) {
        return "{\"id\":" + id + ",\"fullName\":\"Asel Nurlanovna\",\"email\":\"asel@example.kz\",\"role\":\"SOLO_PILOT\","
                + "\"active\":true,\"createdAt\":\"2026-06-01T06:00:00Z\",\"updatedAt\":\"2026-06-01T06:00:00Z\"}";
    }

    /** A sign-in answer with this token, expiring at {@code expiresAt}. */
    public static String signedIn(String token, Instant expiresAt) {
        return "{\"token\":\"" + token + "\",\"tokenType\":\"Bearer\",\"expiresAt\":\"" + expiresAt + "\",\"user\":"
                + user(1) + "}";
    }

    /** A drone owned by a solo pilot. */
    public static String drone(int id) {
        return "{\"id\":" + id + ",\"brand\":\"DJI\",\"model\":\"Mini 4 Pro\",\"serialNumber\":\"SN-" + id + "\","
                + "\"ownerType\":\"SOLO_PILOT\",\"ownerId\":1,\"status\":\"IDLE\","
                + "\"createdAt\":\"2026-06-01T06:00:00Z\",\"updatedAt\":\"2026-06-01T06:00:00Z\"}";
    }

    /** A page of drones with these ids. */
    public static String dronePage(int offset, int limit, Integer nextOffset, int... ids) {
        StringBuilder items = new StringBuilder();
        for (int id : ids) {
            items.append(items.length() == 0 ? "" : ",").append(drone(id));
        }
        return "{\"items\":[" + items + "],\"offset\":" + offset + ",\"limit\":" + limit
                + (nextOffset == null ? "" : ",\"nextOffset\":" + nextOffset) + "}";
    }

    /** A telemetry answer of one point per conformance status given. */
    public static String points(String... conformance) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < conformance.length; i++) {
            points.append(i == 0 ? "" : ",").append("{\"id\":").append(i + 1).append(",\"droneId\":3,")
                    .append("\"timestamp\":\"2026-06-01T06:00:0").append(i).append("Z\",\"latitude\":43.2,")
                    .append("\"longitude\":76.9,\"altitudeM\":50.0,\"conformance\":\"").append(conformance[i])
                    .append("\",\"createdAt\":\"2026-06-01T06:00:10Z\"}");
        }
        return "{\"points\":[" + points + "]}";
    }
}
