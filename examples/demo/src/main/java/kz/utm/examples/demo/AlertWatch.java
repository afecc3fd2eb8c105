package kz.utm.examples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import kz.utm.sdk.UtmClient;
import kz.utm.sdk.wire.Alert;

/**
 * A user's alert stream ({@code GET /alerts}): every alert is handed to the listener as it
 * arrives and kept, so the demo can wait for the one it expects, with a deadline.
 *
 * <p>Thread-safe: alerts arrive on the stream's thread while the demo's thread waits.
 */
final class AlertWatch implements AutoCloseable {

    private final List<Alert> received = new ArrayList<>();
    private final CountDownLatch connected = new CountDownLatch(1);
    private final Consumer<Alert> listener;
    private volatile CompletableFuture<?> stream;
    private volatile Stream<String> lines;
    private volatile Throwable failure;

    private AlertWatch(Consumer<Alert> listener) {
        this.listener = listener;
    }

    /**
     * Subscribes as {@code user} and returns once the server has the subscription: a stream
     * starts with the next alert, so nothing sent after this returns is missed.
     *
     * @throws DemoFailure if the stream does not open within {@code timeout}
     */
    static AlertWatch open(UtmClient user, String token, Consumer<Alert> listener, Duration timeout) {
        AlertWatch watch = new AlertWatch(Objects.requireNonNull(listener, "listener"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(user.baseUrl() + UtmClient.API_PATH + "/alerts"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        watch.stream = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> watch.read(user, response));
        watch.awaitConnected(timeout);
        return watch;
    }

    private void read(UtmClient user, HttpResponse<Stream<String>> response) {
        if (response.statusCode() != 200) {
            failure = new IllegalStateException("the alert stream answered " + response.statusCode());
            connected.countDown();
            return;
        }
        StringBuilder data = new StringBuilder();
        lines = response.body();
        try (Stream<String> body = lines) {
            body.forEach(line -> {
                if (line.startsWith(":")) {
                    connected.countDown(); // the server's "subscribed" comment, then keep-alives
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                } else if (line.isEmpty() && data.length() > 0) {
                    deliver(user, data.toString());
                    data.setLength(0);
                }
            });
        } catch (UncheckedIOException closed) {
            // The stream ended: closed by us or by the server's stop.
        }
    }

    private void deliver(UtmClient user, String json) {
        Alert alert;
        try {
            alert = user.transport().mapper().readValue(json, Alert.class);
        } catch (IOException e) {
            failure = e;
            return;
        }
        synchronized (received) {
            received.add(alert);
            received.notifyAll();
        }
        listener.accept(alert);
    }

    private void awaitConnected(Duration timeout) {
        try {
            if (!connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS) || failure != null) {
                close();
                throw new DemoFailure("the alert stream did not open within " + timeout.toSeconds() + " s"
                        + (failure == null ? "" : ": " + failure.getMessage()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted while opening the alert stream");
        }
    }

    /**
     * The first alert received that matches, waiting for it until the deadline.
     *
     * @return empty if none came in time
     */
    Optional<Alert> await(Predicate<Alert> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (received) {
            while (true) {
                Optional<Alert> found = received.stream().filter(wanted).findFirst();
                long left = deadline - System.nanoTime();
                if (found.isPresent() || left <= 0) {
                    return found;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(received, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        }
    }

    /** Every alert received so far. */
    List<Alert> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        CompletableFuture<?> open = stream;
        if (open != null) {
            open.cancel(true);
        }
        Stream<String> body = lines;
        if (body != null) {
            body.close();
        }
    }
}
