package kz.utm.examples.server.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import kz.utm.examples.server.http.Json;

/**
 * A client of the alert stream ({@code GET /api/v1/alerts}, Server-Sent Events) for the tests:
 * opens it with a token (and a {@code Last-Event-ID} to resume), waits until the server says it
 * subscribed, and queues every event it receives. Close it to hang up.
 */
public final class AlertStream implements AutoCloseable {

    /** One event: its id, its name and its data as JSON. */
    public record Event(long id, String name, JsonNode data) {

        /** The drone the alert is about. */
        public int droneId() {
            return data.path("droneId").asInt();
        }

        /** The status the drone moved to. */
        public String to() {
            return data.path("to").asText();
        }
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CountDownLatch subscribed = new CountDownLatch(1);
    private final Thread reader;
    private volatile InputStream body;
    private volatile int status;

    private AlertStream(Http http, String token, Long lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.base().resolve("/api/v1/alerts"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", Long.toString(lastEventId));
        }
        reader = new Thread(() -> read(request.build()), "alert-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Opens a stream and waits (up to 20 s) until the server has subscribed it.
     *
     * @param lastEventId the id of the last alert seen, to resume after; null for a new stream
     */
    public static AlertStream open(Http http, String token, Long lastEventId) {
        AlertStream stream = new AlertStream(http, token, lastEventId);
        try {
            if (!stream.subscribed.await(20, TimeUnit.SECONDS) || stream.status != 200) {
                stream.close();
                throw new AssertionError("the alert stream did not open: status " + stream.status);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return stream;
    }

    private void read(HttpRequest request) {
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            body = response.body();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                long id = -1;
                String name = "message";
                StringBuilder data = new StringBuilder();
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (data.length() > 0) {
                            events.add(new Event(id, name, Json.MAPPER.readTree(data.toString())));
                        }
                        id = -1;
                        name = "message";
                        data.setLength(0);
                    } else if (line.startsWith(":")) {
                        subscribed.countDown();
                    } else if (line.startsWith("id:")) {
                        id = Long.parseLong(line.substring(3).strip());
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Hung up, by close() or by the server.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            subscribed.countDown();
        }
    }

    /**
     * The next event that matches, skipping others, waiting until the deadline.
     *
     * @return the event
     * @throws AssertionError if none came in time
     */
    public Event next(Predicate<Event> wanted, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<Event> skipped = new ArrayList<>();
        try {
            while (true) {
                long left = Duration.between(Instant.now(), deadline).toMillis();
                Event event = left > 0 ? events.poll(left, TimeUnit.MILLISECONDS) : null;
                if (event == null) {
                    throw new AssertionError("no matching alert within " + timeout + "; skipped " + skipped);
                }
                if (wanted.test(event)) {
                    return event;
                }
                skipped.add(event);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next event, whatever it is. */
    public Event next(Duration timeout) {
        return next(event -> true, timeout);
    }

    @Override
    public void close() {
        InputStream stream = body;
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // Already closed.
            }
        }
        reader.interrupt();
    }
}
