package kz.utm.sdk.precheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.utm.sdk.RetryPolicy;
import kz.utm.sdk.UtmClient;
import kz.utm.sdk.testing.MovableClock;
import kz.utm.sdk.testing.RecordedRequest;
import kz.utm.sdk.testing.Samples;
import kz.utm.sdk.testing.ScriptedServer;
import kz.utm.sdk.testing.Step;
import kz.utm.sdk.wire.Waypoint;

/** Downloading the zones: every page of the zones in force, read at the client's clock. */
class RoutePreCheckDownloadTest {

    static String circleJson(int id) {
        return "{\"id\":" + id + ",\"name\":\"Circle " + id + "\",\"geometryType\":\"CIRCLE\",\"definition\":"
                + "{\"center\":{\"lat\":43.2389,\"lon\":76.8897},\"radius_m\":1000},\"maxAltitudeM\":500,"
                + "\"active\":true,\"createdByAuthorityId\":1,\"createdAt\":\"2026-06-01T06:00:00Z\","
                + "\"updatedAt\":\"2026-06-01T06:00:00Z\"}";
    }

    static String polygonJson(int id) {
        return "{\"id\":" + id + ",\"name\":\"Square " + id + "\",\"geometryType\":\"POLYGON\",\"definition\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[77.0,43.3],[77.1,43.3],[77.1,43.4],[77.0,43.4],[77.0,43.3]]]},"
                + "\"active\":true,\"createdByAuthorityId\":1,\"createdAt\":\"2026-06-01T06:00:00Z\","
                + "\"updatedAt\":\"2026-06-01T06:00:00Z\"}";
    }

    @Test
    void everyPageOfTheZonesInForceIsTaken() {
        try (ScriptedServer server = ScriptedServer.start()) {
            server.enqueue(
                    Step.json(200, "{\"items\":[" + circleJson(1) + "],\"offset\":0,\"limit\":10000,\"nextOffset\":1}"),
                    Step.json(200, "{\"items\":[" + polygonJson(2) + "],\"offset\":1,\"limit\":10000}"));
            MovableClock clock = new MovableClock(Samples.NOW);
            UtmClient client = UtmClient.builder().baseUrl(server.baseUrl()).bearerToken("fixed-token").clock(clock)
                    .retryPolicy(RetryPolicy.none()).requestTimeout(Duration.ofSeconds(10)).build();

            RoutePreCheck airspace = RoutePreCheck.download(client);

            assertThat(server.requests()).extracting(RecordedRequest::target).containsExactly(
                    "/api/v1/zones?offset=0&limit=10000", "/api/v1/zones?offset=1&limit=10000");
            assertThat(airspace.zoneCount()).isEqualTo(2);
            assertThat(airspace.downloadedAt()).isEqualTo(Samples.NOW);
            // Both pages' zones are checked against: one route through each.
            assertThat(airspace.check(List.of(new Waypoint(0, 43.2389, 76.85, 100),
                    new Waypoint(1, 43.2389, 76.93, 100)))).singleElement()
                    .satisfies(conflict -> assertThat(conflict.zoneId()).isEqualTo(1));
            assertThat(airspace.check(List.of(new Waypoint(0, 43.35, 76.95, 100),
                    new Waypoint(1, 43.35, 77.05, 100)))).singleElement()
                    .satisfies(conflict -> assertThat(conflict.zoneId()).isEqualTo(2));
        }
    }
}
