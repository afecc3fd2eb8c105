package kz.utm.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scripted server itself: keep-alive, many requests at once, bodies, the script's order. */
class ScriptedServerTest {

    private ScriptedServer server;
    private HttpClient http;

    @BeforeEach
    void start() {
        server = ScriptedServer.start();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(server.baseUrl().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sequentialRequestsShareOneKeptAliveConnection() throws Exception {
        server.otherwise(request -> Step.json(200, "{\"echo\":" + request.bodyText().length() + "}"));

        for (int i = 0; i < 200; i++) {
            assertThat(post("/echo/" + i, "x".repeat(i)).body()).isEqualTo("{\"echo\":" + i + "}");
        }

        assertThat(server.requestCount()).isEqualTo(200);
        assertThat(server.connectionCount()).isEqualTo(1);
        assertThat(server.request(199).target()).isEqualTo("/echo/199");
    }

    @Test
    void concurrentRequestsAreAllAnsweredAndRecorded() throws Exception {
        server.otherwise(request -> Step.json(200, request.bodyText()));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                String body = "{\"n\":" + i + "}";
                answers.add(pool.submit(() -> post("/n", body).body()));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get(30, TimeUnit.SECONDS)).isEqualTo("{\"n\":" + i + "}");
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(server.requests()).hasSize(1_000).extracting(RecordedRequest::index).doesNotHaveDuplicates();
    }

    @Test
    void theScriptIsReplayedInOrderThenTheResponderAnswers() throws Exception {
        server.enqueue(Step.reply(201).header("X-Step", "one"), Step.problem(409, "conflict", "\"kind\":\"STATE\""));

        HttpResponse<String> first = post("/a", "1");
        HttpResponse<String> second = post("/b", "2");
        HttpResponse<String> third = post("/c", "3");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("X-Step")).contains("one");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(third.statusCode()).isEqualTo(500);
        assertThat(server.request(2).bodyText()).isEqualTo("3");
    }

    @Test
    void aClosingReplyEndsTheConnection() throws Exception {
        server.enqueue(Step.reply(200).closing(), Step.reply(200));

        post("/one", "");
        post("/two", "");

        assertThat(server.connectionCount()).isEqualTo(2);
        assertThat(server.request(1).connection()).isEqualTo(1);
    }

    @Test
    void aDroppedPostGetsNoAnswer() {
        server.enqueue(Step.drop());

        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> post("/drop", "body"));

        assertThat(failure).isInstanceOf(java.io.IOException.class);
        assertThat(server.request(0).bodyText()).isEqualTo("body");
    }

    @Test
    void headersAreRecordedCaseInsensitively() throws Exception {
        server.enqueue(Step.reply(204));

        http.send(HttpRequest.newBuilder(server.baseUrl().resolve("/h")).header("Idempotency-Key", "k-1")
                .GET().build(), HttpResponse.BodyHandlers.discarding());

        assertThat(server.request(0).header("idempotency-key")).contains("k-1");
        assertThat(server.request(0).method()).isEqualTo("GET");
    }
}
