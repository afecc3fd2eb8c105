package kz.utm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.utm.sdk.testing.RecordedRequest;
import kz.utm.sdk.testing.RecordingSleeper;
import kz.utm.sdk.testing.Samples;
import kz.utm.sdk.testing.ScriptedServer;
import kz.utm.sdk.testing.Step;
import kz.utm.sdk.wire.BoundingBox;
import kz.utm.sdk.wire.Drone;
import kz.utm.sdk.wire.FlightPlanFilter;
import kz.utm.sdk.wire.FlightPlanStatus;
import kz.utm.sdk.wire.Page;

/** Pages as the server gives them, and every item streamed a page at a time, on demand. */
class PagingTest {

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
    void aPageMirrorsTheServersShape() {
        server.enqueue(Step.json(200, Samples.dronePage(10, 2, 12, 11, 12)));

        Page<Drone> page = client.drones().list(10, 2);

        assertThat(page.items()).extracting(Drone::id).containsExactly(11, 12);
        assertThat(page.offset()).isEqualTo(10);
        assertThat(page.limit()).isEqualTo(2);
        assertThat(page.nextOffset()).contains(12);
        assertThat(page.hasNext()).isTrue();
        assertThat(server.request(0).target()).isEqualTo("/api/v1/drones?offset=10&limit=2");
    }

    @Test
    void streamingFollowsNextOffsetToTheLastPage() {
        server.enqueue(Step.json(200, Samples.dronePage(0, 500, 2, 1, 2)),
                Step.json(200, Samples.dronePage(2, 500, 4, 3, 4)),
                Step.json(200, Samples.dronePage(4, 500, null, 5)));

        assertThat(client.drones().all()).extracting(Drone::id).containsExactly(1, 2, 3, 4, 5);
        assertThat(server.requests()).extracting(RecordedRequest::query)
                .containsExactly("offset=0&limit=500", "offset=2&limit=500", "offset=4&limit=500");
    }

    @Test
    void streamingFetchesNoPageBeforeItIsNeeded() {
        server.enqueue(Step.json(200, Samples.dronePage(0, 500, 2, 1, 2)),
                Step.json(200, Samples.dronePage(2, 500, 4, 3, 4)));

        var stream = client.drones().all();
        assertThat(server.requestCount()).isZero();
        assertThat(stream.limit(2)).extracting(Drone::id).containsExactly(1, 2);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void anEmptyListStreamsNothing() {
        server.enqueue(Step.json(200, Samples.dronePage(0, 500, null)));

        assertThat(client.drones().all()).isEmpty();
    }

    @Test
    void aNextOffsetThatDoesNotMoveForwardStopsTheStream() {
        server.enqueue(Step.json(200, Samples.dronePage(0, 500, 0, 1)));

        assertThatThrownBy(() -> client.drones().all().toList()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not move forward");
    }

    @Test
    void flightPlanFiltersBecomeQueryParameters() {
        server.enqueue(Step.json(200, "{\"items\":[],\"offset\":0,\"limit\":20}"));

        client.flightPlans().list(FlightPlanFilter.any()
                .withStatuses(FlightPlanStatus.APPROVED, FlightPlanStatus.ACTIVE)
                .withSubmitter(4).withOrganization(2).withDrone(7), 0, 20);

        assertThat(server.request(0).query()).isEqualTo(
                "status=APPROVED&status=ACTIVE&submitterId=4&organizationId=2&droneId=7&offset=0&limit=20");
    }

    @Test
    void zoneListingsCarryTheBoxAndTheAllFlag() {
        server.enqueue(Step.json(200, "{\"items\":[],\"offset\":0,\"limit\":100}"));

        client.zones().list(Optional.of(new BoundingBox(76.8, 43.1, 77.1, 43.4)), true, 0, 100);

        assertThat(server.request(0).query()).isEqualTo("bbox=76.8%2C43.1%2C77.1%2C43.4&all=true&offset=0&limit=100");
    }

    @Test
    void streamingAllZonesAsksForTheLargestPages() {
        server.enqueue(Step.json(200, "{\"items\":[],\"offset\":0,\"limit\":10000}"));

        assertThat(client.zones().inForce()).isEmpty();
        assertThat(server.request(0).query()).isEqualTo("offset=0&limit=10000");
        assertThat(List.of(server.request(0).method())).containsExactly("GET");
    }
}
