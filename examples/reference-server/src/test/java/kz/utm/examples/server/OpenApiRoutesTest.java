package kz.utm.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kz.utm.examples.server.testing.Http;
import kz.utm.examples.server.testing.OpenApiConformance;
import kz.utm.examples.server.testing.TestServer;

/**
 * The OpenAPI document against the running server: the routes the server registers are exactly
 * the documented operations, each documented operation answers over HTTP (not the router's
 * "no such route"), and the document served at {@code /api/v1/openapi.json} is the one in the
 * repository. Every reply here also passes the conformance check that {@link TestServer}
 * installs.
 */
class OpenApiRoutesTest {

    private static final String MISSING_ID = "999999";

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theRegisteredRoutesAreExactlyTheDocumentedOperations() {
        TreeSet<String> documented = new TreeSet<>();
        OpenApiConformance.shared().operations().forEach(op -> documented.add(
                op.method().toUpperCase(Locale.ROOT) + " " + OpenApiConformance.BASE + op.path()));

        List<String> registered = server.server().api().routes();

        assertThat(registered).isNotEmpty();
        assertThat(new TreeSet<>(registered)).isEqualTo(documented);
    }

    @Test
    void everyDocumentedOperationAnswersOverHttp() throws Exception {
        Http http = server.http();
        String token = server.authorityToken();
        List<String> answered = new ArrayList<>();
        for (OpenApiConformance.Operation operation : OpenApiConformance.shared().operations()) {
            String method = operation.method().toUpperCase(Locale.ROOT);
            String path = OpenApiConformance.BASE + operation.path().replaceAll("\\{[^}]+}", MISSING_ID);
            if (operation.operationId().equals("streamAlerts")) {
                assertThat(openStream(path, token)).isEqualTo(200);
                answered.add(operation.operationId());
                continue;
            }
            // Signing out would end the token the other calls use: sign out a token of its own.
            String caller = operation.operationId().equals("signOut") ? server.authorityToken() : token;
            Object body = documentsBody(operation) ? "{}" : null;
            Http.Reply reply = http.send(method, path, caller, body, Map.of());

            assertThat(reply.status()).as("%s", reply).isNotEqualTo(405).isLessThan(500);
            if (reply.status() == 404) {
                assertThat(reply.json().path("detail").asText()).as("%s", reply).doesNotStartWith("no such route");
            }
            answered.add(operation.operationId());
        }

        assertThat(answered).hasSize(OpenApiConformance.shared().operations().size());
    }

    @Test
    void theAlertStreamRefusesAClientThatDoesNotAcceptEventStreams() {
        Http.Reply reply = server.http().get("/api/v1/alerts", server.authorityToken());

        assertThat(reply.status()).isEqualTo(406);
        assertThat(reply.json().path("type").asText()).isEqualTo("urn:utm-kit:problem:not-acceptable");
    }

    @Test
    void anUndocumentedRouteIsANotFoundProblem() {
        Http.Reply reply = server.http().get("/api/v1/no-such-thing", server.authorityToken());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("type").asText()).isEqualTo("urn:utm-kit:problem:not-found");
    }

    @Test
    void theServedDocumentIsTheOneInTheRepository() {
        Http.Reply reply = ok(server.http().get("/api/v1/openapi.json", null));

        JsonNode served = reply.json();
        assertThat(served).isEqualTo(OpenApiConformance.readDocument());
        assertThat(served.path("openapi").asText()).isEqualTo("3.1.0");
    }

    private static Http.Reply ok(Http.Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply;
    }

    private static boolean documentsBody(OpenApiConformance.Operation operation) {
        JsonNode document = OpenApiConformance.readDocument();
        return document.path("paths").path(operation.path()).path(operation.method()).has("requestBody");
    }

    // The alert stream never ends by itself: read the status and headers, then hang up.
    private static int openStream(String path, String token) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(server.http().base().resolve(path))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            OpenApiConformance.shared().check(new Http.Reply("GET", path, response.statusCode(),
                    response.headers().map(), ""));
            return response.statusCode();
        }
    }
}
