package kz.utm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.utm.sdk.internal.Json;
import kz.utm.sdk.testing.RecordingSleeper;
import kz.utm.sdk.testing.Samples;
import kz.utm.sdk.testing.ScriptedServer;
import kz.utm.sdk.testing.Step;
import kz.utm.sdk.wire.ConformanceStatus;
import kz.utm.sdk.wire.CreateUser;
import kz.utm.sdk.wire.DefineZone;
import kz.utm.sdk.wire.Drone;
import kz.utm.sdk.wire.DroneOwnerType;
import kz.utm.sdk.wire.SubmitFlightPlan;
import kz.utm.sdk.wire.TelemetryInput;
import kz.utm.sdk.wire.TelemetryPoint;
import kz.utm.sdk.wire.UserRole;
import kz.utm.sdk.wire.Waypoint;
import kz.utm.sdk.wire.ZoneShape;

/** What the SDK sends and how it reads the server's answers. */
class WireFormatTest {

    private final ObjectMapper json = Json.mapper();
    private ScriptedServer server;
    private UtmClient client;

    @BeforeEach
    void start() {
        server = ScriptedServer.start();
        client = TestClients.withToken(server, new RecordingSleeper());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aTelemetryBatchIsOnePostWithTheKeyAndReturnsEachPointsStatus() throws Exception {
        server.enqueue(Step.json(201, Samples.points("ON_SCHEDULE", "NFZ_WARNING")));
        Instant at = Instant.parse("2026-06-01T06:00:00Z");

        List<TelemetryPoint> points = client.telemetry().report(3, List.of(new TelemetryInput(at, 43.2, 76.9, 50),
                new TelemetryInput(at.plusSeconds(1), 43.3, 77.0, 51, Optional.of(4.5), Optional.empty(),
                        Optional.empty())), "key-1");

        assertThat(points).extracting(point -> point.conformance().orElseThrow())
                .containsExactly(ConformanceStatus.ON_SCHEDULE, ConformanceStatus.NFZ_WARNING);
        assertThat(server.request(0).header("Idempotency-Key")).contains("key-1");
        assertThat(server.request(0).header("Content-Type")).contains("application/json");
        JsonNode body = json.readTree(server.request(0).body());
        assertThat(body.path("points")).hasSize(2);
        assertThat(body.path("points").get(0).path("timestamp").asText()).isEqualTo("2026-06-01T06:00:00Z");
        assertThat(body.path("points").get(0).has("speedMps")).isFalse();
        assertThat(body.path("points").get(1).path("speedMps").asDouble()).isEqualTo(4.5);
    }

    @Test
    void absentMembersAreEmptyAndUnknownOnesIgnored() throws Exception {
        Drone drone = json.readValue(Samples.drone(3).replace("}", ",\"newMember\":1}"), Drone.class);

        assertThat(drone.ownerType()).isEqualTo(DroneOwnerType.SOLO_PILOT);
        assertThat(drone.organizationId()).isEmpty();
        assertThat(drone.lastSeenAt()).isEmpty();
        assertThat(drone.ownerId()).contains(1);
    }

    @Test
    void emptyOptionalsAreLeftOutOfRequests() throws Exception {
        JsonNode user = json.valueToTree(CreateUser.unaffiliated("Asel", "asel@example.kz", "passphrase",
                UserRole.SOLO_PILOT));

        assertThat(user.has("organizationId")).isFalse();
        assertThat(user.has("phoneNumber")).isFalse();
        assertThat(user.path("role").asText()).isEqualTo("SOLO_PILOT");
    }

    @Test
    void zoneShapesTravelInTheZoneDefinitionFormat() throws Exception {
        server.enqueue(Step.json(201, "{\"id\":5,\"name\":\"Square\",\"geometryType\":\"POLYGON\",\"definition\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[76.8,43.1],[77.1,43.1],[77.1,43.4],[76.8,43.1]],"
                + "[[76.9,43.2],[77.0,43.2],[77.0,43.3],[76.9,43.2]]]},\"active\":true,\"createdByAuthorityId\":1,"
                + "\"createdAt\":\"2026-06-01T06:00:00Z\",\"updatedAt\":\"2026-06-01T06:00:00Z\"}"));
        ZoneShape.Circle circle = new ZoneShape.Circle(43.2389, 76.8897, 500);

        var zone = client.zones().create(new DefineZone("Centre", Optional.empty(), circle, Optional.of(0.0),
                Optional.empty()));

        JsonNode sent = json.readTree(server.request(0).body());
        assertThat(sent.path("geometryType").asText()).isEqualTo("CIRCLE");
        assertThat(sent.path("definition").path("center").path("lat").asDouble()).isEqualTo(43.2389);
        assertThat(sent.path("definition").path("radius_m").asDouble()).isEqualTo(500);
        assertThat(sent.path("minAltitudeM").asDouble()).isZero();
        assertThat(sent.has("maxAltitudeM")).isFalse();
        ZoneShape.Polygon polygon = (ZoneShape.Polygon) zone.shape();
        assertThat(polygon.shell()).hasSize(4).first().isEqualTo(new ZoneShape.Position(76.8, 43.1));
        assertThat(polygon.holes()).hasSize(1);
    }

    @Test
    void aPolygonIsWrittenShellFirstLongitudeFirst() throws Exception {
        ZoneShape.Polygon polygon = new ZoneShape.Polygon(List.of(new ZoneShape.Position(1, 2),
                new ZoneShape.Position(3, 2), new ZoneShape.Position(3, 4), new ZoneShape.Position(1, 2)));

        assertThat(json.writeValueAsString(polygon))
                .isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[[[1.0,2.0],[3.0,2.0],[3.0,4.0],[1.0,2.0]]]}");
        assertThat(json.readValue(json.writeValueAsString(polygon), ZoneShape.class)).isEqualTo(polygon);
    }

    @Test
    void commandsRefuseNullsAndImpossibleValuesByName() {
        assertThatThrownBy(() -> new SubmitFlightPlan(0, Instant.EPOCH, Instant.EPOCH, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("droneId");
        assertThatThrownBy(() -> new SubmitFlightPlan(1, null, Instant.EPOCH, List.<Waypoint>of()))
                .isInstanceOf(NullPointerException.class).hasMessage("plannedDepartureTime");
        assertThatThrownBy(() -> new ZoneShape.Polygon(List.of(new ZoneShape.Position(1, 2))))
                .hasMessageContaining("at least 4 positions");
        assertThatThrownBy(() -> CreateUser.member("A", "a@b.kz", "pw", UserRole.ORGANIZATION_PILOT, -2))
                .hasMessageContaining("organizationId");
        assertThat(CreateUser.unaffiliated("A", "a@b.kz", "secret-pw", UserRole.SOLO_PILOT).toString())
                .doesNotContain("secret-pw");
    }
}
