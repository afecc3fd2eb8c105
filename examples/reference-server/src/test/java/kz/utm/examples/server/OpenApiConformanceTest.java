package kz.utm.examples.server;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.utm.examples.server.testing.Http;
import kz.utm.examples.server.testing.OpenApiConformance;

/**
 * The conformance check itself, on replies made up here: it passes what the document says and
 * fails an undocumented status, a wrong content type, a body that breaks its schema (a missing
 * required member, an unknown one, a wrong enum constant or format), and anything but a 404
 * problem on a path the document does not have.
 */
class OpenApiConformanceTest {

    // Its own check: the made-up replies stay out of the shared coverage report.
    private static final OpenApiConformance CHECK = new OpenApiConformance(OpenApiConformance.readDocument());

    private static final String USER = """
            {"id":7,"fullName":"Asel","email":"asel@example.kz","role":"SOLO_PILOT","active":true,\
            "createdAt":"2026-06-01T06:00:00Z","updatedAt":"2026-06-01T06:00:00Z"}""";

    private static final String NOT_FOUND = """
            {"type":"urn:utm-kit:problem:not-found","title":"Not found","status":404,"detail":"user 9 not found",\
            "instance":"/api/v1/users/9"}""";

    @Test
    void passesADocumentedReply() {
        assertThatCode(() -> CHECK.check(json("GET", "/api/v1/users/7", 200, USER))).doesNotThrowAnyException();
        assertThatCode(() -> CHECK.check(problem("GET", "/api/v1/users/9", 404, NOT_FOUND)))
                .doesNotThrowAnyException();
        assertThatCode(() -> CHECK.check(new Http.Reply("POST", "/api/v1/auth/logout", 204, Map.of(), "")))
                .doesNotThrowAnyException();
        assertThatCode(() -> CHECK.check(json("GET", "/api/v1/users/me?x=1", 200, USER))).doesNotThrowAnyException();
    }

    @Test
    void ignoresPathsOutsideTheApi() {
        assertThatCode(() -> CHECK.check(new Http.Reply("GET", "/map.js", 200, Map.of(), "x")))
                .doesNotThrowAnyException();
    }

    @Test
    void failsAnUndocumentedStatus() {
        assertThatThrownBy(() -> CHECK.check(problem("GET", "/api/v1/users/7", 409, NOT_FOUND)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("409 is not documented for getUser");
    }

    @Test
    void failsAnUndocumentedContentType() {
        assertThatThrownBy(() -> CHECK.check(json("GET", "/api/v1/users/9", 404, NOT_FOUND)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Content-Type");
    }

    @Test
    void failsABodyThatBreaksItsSchema() {
        assertThatThrownBy(() -> CHECK.check(json("GET", "/api/v1/users/7", 200, USER.replace("\"role\":\"SOLO_PILOT\",",
                "")))).isInstanceOf(AssertionError.class).hasMessageContaining("role");
        assertThatThrownBy(() -> CHECK.check(json("GET", "/api/v1/users/7", 200, USER.replace("SOLO_PILOT", "PILOT"))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("role");
        assertThatThrownBy(() -> CHECK.check(json("GET", "/api/v1/users/7", 200, USER.replace("}", ",\"password\":\"x\"}"))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("password");
        assertThatThrownBy(() -> CHECK.check(json("GET", "/api/v1/users/7", 200, USER.replace("2026-06-01T06:00:00Z",
                "yesterday")))).isInstanceOf(AssertionError.class).hasMessageContaining("createdAt");
        assertThatThrownBy(() -> CHECK.check(json("GET", "/api/v1/users/7", 200, "not json")))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void failsAProblemOfTheWrongType() {
        assertThatThrownBy(() -> CHECK.check(problem("GET", "/api/v1/users/9", 404,
                NOT_FOUND.replace("not-found", "conflict")))).isInstanceOf(AssertionError.class);
    }

    @Test
    void failsABodyOnAStatusDocumentedWithout() {
        assertThatThrownBy(() -> CHECK.check(json("POST", "/api/v1/auth/logout", 204, "{}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no body");
    }

    @Test
    void failsAMissingRequiredHeader() {
        String throttled = """
                {"type":"urn:utm-kit:problem:too-many-requests","title":"Too many requests","status":429,\
                "detail":"wait","instance":"/api/v1/auth/login","retryAfterSeconds":60}""";
        assertThatThrownBy(() -> CHECK.check(problem("POST", "/api/v1/auth/login", 429, throttled)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Retry-After");
        assertThatCode(() -> CHECK.check(new Http.Reply("POST", "/api/v1/auth/login", 429, Map.of("Content-Type",
                List.of("application/problem+json"), "Retry-After", List.of("60")), throttled)))
                .doesNotThrowAnyException();
    }

    @Test
    void wantsANotFoundProblemOffTheDocument() {
        assertThatCode(() -> CHECK.check(problem("GET", "/api/v1/nothing/here", 404, NOT_FOUND)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CHECK.check(json("GET", "/api/v1/nothing/here", 200, "{}")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> CHECK.check(json("PATCH", "/api/v1/users/7", 200, USER)))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void prefersALiteralSegmentToAParameter() {
        // /users/me is getCurrentUser, which has no 404; /users/{id} (getUser) has one.
        assertThatThrownBy(() -> CHECK.check(problem("GET", "/api/v1/users/me", 404, NOT_FOUND)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("getCurrentUser");
    }

    private static Http.Reply json(String method, String path, int status, String body) {
        return new Http.Reply(method, path, status, Map.of("Content-Type", List.of("application/json")), body);
    }

    private static Http.Reply problem(String method, String path, int status, String body) {
        return new Http.Reply(method, path, status, Map.of("Content-Type", List.of("application/problem+json")), body);
    }
}
