package kz.utm.examples.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Assertions on the API's answers: the status, and for a refusal the problem document with its
 * type and, for a 422, the exact set of fields it names.
 */
public final class Replies {

    private static final String TYPE_PREFIX = "urn:utm-kit:problem:";

    private Replies() {
    }

    /** Asserts the status and returns the reply. */
    public static Http.Reply ok(int status, Http.Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        return reply;
    }

    /**
     * Asserts a problem+json refusal with the status and the problem type (its last segment,
     * such as {@code not-found}).
     */
    public static Http.Reply problem(int status, String type, Http.Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as("%s", reply).startsWith("application/problem+json");
        JsonNode body = reply.json();
        assertThat(body.path("type").asText()).as("%s", reply).isEqualTo(TYPE_PREFIX + type);
        assertThat(body.path("status").asInt()).as("%s", reply).isEqualTo(status);
        assertThat(body.path("detail").asText()).as("%s", reply).isNotBlank();
        return reply;
    }

    /** 401: no usable bearer token. */
    public static Http.Reply unauthenticated(Http.Reply reply) {
        problem(401, "unauthenticated", reply);
        assertThat(reply.header("WWW-Authenticate")).as("%s", reply).startsWith("Bearer ");
        return reply;
    }

    /** 403: the actor may see the resource but not do this. */
    public static Http.Reply denied(Http.Reply reply) {
        return problem(403, "access-denied", reply);
    }

    /** 404: no such resource, or one the actor may not read. */
    public static Http.Reply notFound(Http.Reply reply) {
        return problem(404, "not-found", reply);
    }

    /** 409 of a state or uniqueness conflict. */
    public static Http.Reply conflict(Http.Reply reply) {
        return problem(409, "conflict", reply);
    }

    /** 409 of a uniqueness conflict naming the field. */
    public static Http.Reply duplicate(String field, Http.Reply reply) {
        conflict(reply);
        assertThat(reply.json().path("field").asText()).as("%s", reply).isEqualTo(field);
        return reply;
    }

    /** 409 of a flight-plan move the workflow does not allow, naming from and to. */
    public static Http.Reply illegalTransition(String from, String to, Http.Reply reply) {
        problem(409, "illegal-transition", reply);
        assertThat(reply.json().path("from").asText()).as("%s", reply).isEqualTo(from);
        assertThat(reply.json().path("to").asText()).as("%s", reply).isEqualTo(to);
        return reply;
    }

    /** 413: a body or batch over the server's limit. */
    public static Http.Reply tooLarge(Http.Reply reply) {
        return problem(413, "payload-too-large", reply);
    }

    /**
     * 422 naming exactly these fields (each with a message), no more and no fewer.
     */
    public static Http.Reply invalid(Http.Reply reply, String... fields) {
        problem(422, "validation-failed", reply);
        List<String> named = reply.errorFields();
        assertThat(new HashSet<>(named)).as("the fields named by %s", reply).isEqualTo(Set.of(fields));
        reply.json().path("errors").forEach(error ->
                assertThat(error.path("message").asText()).as("%s", reply).isNotBlank());
        return reply;
    }
}
