package kz.utm.sdk.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the {@link ScriptedServer} does with one request: answer it ({@link Reply}), close the
 * connection after reading it without answering ({@link #drop()}), close it as soon as the
 * request's head is read, leaving the body unread ({@link #dropUnread()}), or answer with a body
 * streamed in parts that ends by dropping or holding the connection ({@link #stream}). Immutable.
 */
public sealed interface Step permits Step.Reply, Step.Drop, Step.Streaming {

    /** An answer with this status, no headers and no body. */
    static Reply reply(int status) {
        return new Reply(status, List.of(), new byte[0], Duration.ZERO, false);
    }

    /** A JSON answer. */
    static Reply json(int status, String body) {
        return reply(status).header("Content-Type", "application/json").body(body);
    }

    /** A problem+json answer. */
    static Reply problem(int status, String body) {
        return reply(status).header("Content-Type", "application/problem+json").body(body);
    }

    /** A problem+json answer of the server's shape: {@code urn:utm-kit:problem:<name>}, plus extension members as JSON text. */
    static Reply problem(int status, String name, String extensionMembers) {
        String extra = extensionMembers.isEmpty() ? "" : "," + extensionMembers;
        return problem(status, "{\"type\":\"urn:utm-kit:problem:" + name + "\",\"title\":\"" + name + "\",\"status\":"
                + status + ",\"detail\":\"scripted " + name + "\",\"instance\":\"/api/v1/scripted\"" + extra + "}");
    }

    /** Reads the request, then closes the connection without a byte of answer. */
    static Drop drop() {
        return new Drop(true);
    }

    /** Closes the connection once the request line and headers are read, before its body. */
    static Drop dropUnread() {
        return new Drop(false);
    }

    /**
     * A 200 {@code text/event-stream} answer without a length, whose body is these parts, each
     * written and flushed in turn; then the connection is closed (a drop mid-stream). See
     * {@link Streaming#thenHold()} to keep it open instead.
     */
    static Streaming stream(String... parts) {
        return new Streaming(200, List.of(Map.entry("Content-Type", "text/event-stream")),
                java.util.Arrays.stream(parts).map(part -> part.getBytes(StandardCharsets.UTF_8)).toList(), false);
    }

    /**
     * An answer.
     *
     * @param status the status code
     * @param headers the headers, in order (Content-Length is added)
     * @param body the body
     * @param delay how long the server waits before answering
     * @param closeAfter whether the server closes the connection after answering
     */
    record Reply(int status, List<Map.Entry<String, String>> headers, byte[] body, Duration delay, boolean closeAfter)
            implements Step {

        /** Copies the headers. */
        public Reply {
            headers = List.copyOf(headers);
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(delay, "delay");
        }

        /** This answer with one more header. */
        public Reply header(String name, String value) {
            List<Map.Entry<String, String>> more = new ArrayList<>(headers);
            more.add(Map.entry(name, value));
            return new Reply(status, more, body, delay, closeAfter);
        }

        /** This answer with a UTF-8 body. */
        public Reply body(String text) {
            return new Reply(status, headers, text.getBytes(StandardCharsets.UTF_8), delay, closeAfter);
        }

        /** This answer, sent after the server waits. */
        public Reply delayed(Duration wait) {
            return new Reply(status, headers, body, wait, closeAfter);
        }

        /** This answer, with {@code Connection: close} and the connection closed after it. */
        public Reply closing() {
            return new Reply(status, headers, body, delay, true);
        }
    }

    /**
     * Closing the connection without answering.
     *
     * @param readBody whether the body is read (and the request recorded) first
     */
    record Drop(boolean readBody) implements Step {
    }

    /**
     * An answer whose body is streamed: the head (with {@code Connection: close} and no length),
     * then each part written and flushed, then the connection closed, or, with {@code hold},
     * kept open and silent until the client closes it or the server is closed.
     *
     * @param status the status code
     * @param headers the headers, in order
     * @param parts the body's parts
     * @param hold whether the connection stays open after the last part
     */
    record Streaming(int status, List<Map.Entry<String, String>> headers, List<byte[]> parts, boolean hold)
            implements Step {

        /** Copies the lists. */
        public Streaming {
            headers = List.copyOf(headers);
            parts = List.copyOf(parts);
        }

        /** This answer, keeping the connection open and silent after its parts. */
        public Streaming thenHold() {
            return new Streaming(status, headers, parts, true);
        }

        /** This answer with another status. */
        public Streaming status(int code) {
            return new Streaming(code, headers, parts, hold);
        }

        /** This answer with one more header. */
        public Streaming header(String name, String value) {
            List<Map.Entry<String, String>> more = new ArrayList<>(headers);
            more.add(Map.entry(name, value));
            return new Streaming(status, more, parts, hold);
        }
    }
}
