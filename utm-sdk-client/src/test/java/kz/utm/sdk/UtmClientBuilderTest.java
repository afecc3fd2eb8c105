package kz.utm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.utm.sdk.testing.RecordingSleeper;
import kz.utm.sdk.testing.Samples;
import kz.utm.sdk.testing.ScriptedServer;
import kz.utm.sdk.testing.Step;

/** The builder checks every setting and names every problem at once. */
class UtmClientBuilderTest {

    private ScriptedServer server;

    @BeforeEach
    void start() {
        server = ScriptedServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aMissingBaseUrlIsNamed() {
        assertThatThrownBy(() -> UtmClient.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("baseUrl is required");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        assertThatThrownBy(() -> UtmClient.builder()
                .baseUrl("ftp://utm.example.kz/?x=1")
                .credentials("pilot@example.kz", "secret")
                .bearerToken("token with spaces")
                .connectTimeout(Duration.ZERO)
                .requestTimeout(Duration.ofSeconds(-1))
                .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("baseUrl must be an http or https URL")
                .hasMessageContaining("no query or fragment")
                .hasMessageContaining("credentials and bearerToken exclude each other")
                .hasMessageContaining("bearerToken must be visible ASCII")
                .hasMessageContaining("connectTimeout must be positive")
                .hasMessageContaining("requestTimeout must be positive");
    }

    @Test
    void aUrlWithoutHostOrWithUserInfoIsRefused() {
        assertThatThrownBy(() -> UtmClient.builder().baseUrl("http:///api").build())
                .hasMessageContaining("must name a host");
        assertThatThrownBy(() -> UtmClient.builder().baseUrl("http://user:pw@utm.example.kz").build())
                .hasMessageContaining("no user info");
        assertThatThrownBy(() -> UtmClient.builder().baseUrl("http://utm example").build())
                .hasMessageContaining("not a URL");
    }

    @Test
    void anOwnHttpClientExcludesTheSettingsItOwns() {
        assertThatThrownBy(() -> UtmClient.builder().baseUrl(server.baseUrl()).httpClient(HttpClient.newHttpClient())
                .connectTimeout(Duration.ofSeconds(1)).executor(Runnable::run).build())
                .hasMessageContaining("connectTimeout is the given httpClient's own")
                .hasMessageContaining("executor is the given httpClient's own");
    }

    @Test
    void nullsAreRefusedAtTheDoorByName() {
        assertThatThrownBy(() -> UtmClient.builder().baseUrl((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("url");
        assertThatThrownBy(() -> UtmClient.builder().credentials("a@b.kz", null))
                .isInstanceOf(NullPointerException.class).hasMessage("password");
        assertThatThrownBy(() -> UtmClient.builder().retryPolicy(null)).hasMessage("policy");
    }

    @Test
    void theApiPathIsAddedAfterThePrefixAndTrailingSlashes() {
        UtmClient client = UtmClient.builder().baseUrl(server.baseUrl() + "/utm//").bearerToken("t").build();
        server.enqueue(Step.json(200, Samples.drone(3)));

        client.drones().get(3);

        assertThat(client.baseUrl().toString()).isEqualTo(server.baseUrl() + "/utm");
        assertThat(server.request(0).target()).isEqualTo("/utm/api/v1/drones/3");
    }

    @Test
    void anOwnHttpClientAndExecutorAreUsed() {
        HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        UtmClient client = UtmClient.builder().baseUrl(server.baseUrl()).httpClient(own).bearerToken("t").build();
        server.enqueue(Step.json(200, Samples.drone(3)));

        assertThat(client.drones().get(3).serialNumber()).isEqualTo("SN-3");

        java.util.concurrent.atomic.AtomicInteger tasks = new java.util.concurrent.atomic.AtomicInteger();
        UtmClient counted = TestClients.builder(server, new RecordingSleeper(),
                new kz.utm.sdk.testing.MovableClock(Samples.NOW)).executor(task -> {
                    tasks.incrementAndGet();
                    new Thread(task).start();
                }).bearerToken("t").build();
        server.enqueue(Step.json(200, Samples.drone(4)));
        counted.drones().get(4);
        assertThat(tasks.get()).isPositive();
    }

    @Test
    void argumentsAreCheckedBeforeAnythingIsSent() {
        UtmClient client = UtmClient.builder().baseUrl(server.baseUrl()).bearerToken("t").build();

        assertThatThrownBy(() -> client.drones().get(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("drone id");
        assertThatThrownBy(() -> client.drones().list(-1, 10)).hasMessageContaining("offset");
        assertThatThrownBy(() -> client.users().list(0, 0)).hasMessageContaining("limit");
        assertThatThrownBy(() -> client.flightPlans().reject(3, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("reason");
        assertThatThrownBy(() -> client.telemetry().report(3, java.util.List.of()))
                .hasMessageContaining("points must not be empty");
        assertThatThrownBy(() -> client.telemetry().report(3,
                java.util.List.of(new kz.utm.sdk.wire.TelemetryInput(Samples.NOW, 1, 1, 1)), "key with spaces"))
                .hasMessageContaining("visible ASCII");
        assertThatThrownBy(() -> client.telemetry().report(3,
                java.util.List.of(new kz.utm.sdk.wire.TelemetryInput(Samples.NOW, 1, 1, 1)), "k".repeat(256)))
                .hasMessageContaining("1 to 255");
        assertThat(server.requestCount()).isZero();
    }
}
