package kz.utm.examples.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import kz.utm.examples.server.http.Json;

/**
 * A real HTTP client for the tests, over loopback: every call goes through the server's socket.
 * Thread-safe.
 */
public final class Http {

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<ResponseCheck> checks = new ArrayList<>();

    /** A client of the server at {@code base}, such as {@code http://127.0.0.1:8080}. */
    public Http(URI base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /** Adds a check every response must pass (the OpenAPI conformance check, for one). */
    public Http checkingEveryResponse(ResponseCheck check) {
        checks.add(Objects.requireNonNull(check, "check"));
        return this;
    }

    /** The server's base URI. */
    public URI base() {
        return base;
    }

    /** GET with a token (null for none). */
    public Reply get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    /** POST a JSON body (a JSON text or a value to write) with a token. */
    public Reply post(String path, String token, Object body) {
        return send("POST", path, token, body, Map.of());
    }

    /** PUT a JSON body with a token. */
    public Reply put(String path, String token, Object body) {
        return send("PUT", path, token, body, Map.of());
    }

    /** DELETE with a token. */
    public Reply delete(String path, String token) {
        return send("DELETE", path, token, null, Map.of());
    }

    /**
     * Any request. {@code body} is sent as is when a String, as JSON otherwise, and omitted
     * when null.
     */
    public Reply send(String method, String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String text = body instanceof String s ? s : Json.write(body);
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(text));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Reply reply = new Reply(method, path, response.statusCode(), response.headers().map(), response.body());
            checks.forEach(check -> check.check(reply));
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A response: status, headers and body, with the body parsed when it is JSON. */
    public record Reply(String method, String path, int status, Map<String, List<String>> headers, String body) {

        /** The body as JSON; a missing node when empty or not JSON. */
        public JsonNode json() {
            if (body == null || body.isBlank()) {
                return MissingNode.getInstance();
            }
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                return MissingNode.getInstance();
            }
        }

        /** The first value of a header, or null. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        /** The fields named by a 422 problem's errors. */
        public List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
            return fields;
        }

        /** The id member of the body. */
        public int id() {
            return json().path("id").asInt();
        }

        @Override
        public String toString() {
            return method + " " + path + " -> " + status + " " + body;
        }
    }

    /** A check applied to every response. */
    @FunctionalInterface
    public interface ResponseCheck {

        /** Throws (an AssertionError) if the reply is wrong. */
        void check(Reply reply);
    }
}
