package kz.utm.sdk;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import kz.utm.sdk.error.ConnectionException;
import kz.utm.sdk.error.ProblemDetail;
import kz.utm.sdk.error.RateLimitedException;
import kz.utm.sdk.error.ServerException;
import kz.utm.sdk.error.UtmApiException;
import kz.utm.sdk.internal.EventStreamParser;
import kz.utm.sdk.internal.HttpCall;
import kz.utm.sdk.internal.ServerSentEvent;
import kz.utm.sdk.internal.StreamingBody;
import kz.utm.sdk.internal.Transport;
import kz.utm.sdk.wire.Alert;

/**
 * An open alert stream: one connection at a time to {@code GET /alerts}, read on the
 * subscription's own daemon thread, which calls the {@link AlertListener} and replaces the
 * connection whenever it fails, until {@link #close()}.
 *
 * <p><b>Reconnecting.</b> A connection that breaks, ends, or stays silent beyond the
 * {@linkplain AlertStreamOptions#idleTimeout() idle timeout}, and an answer that may pass (408,
 * 429, 5xx), or no answer at all, are followed by a wait (see {@link AlertStreamOptions}) and a
 * new connection carrying {@code Last-Event-ID}: the number of the last alert received, so the
 * server first sends what was missed. An alert the server sends again anyway (its number not
 * above the last one's, and not newer) is dropped: each alert reaches the listener once, in
 * order. A refused token (401) is renewed by signing in again once, at once; a 401 right after
 * that, a fixed token's 401, and every other 4xx answer (403, 404, 406) are final: the listener
 * hears {@link AlertListener#onDisconnected} with the exception, the thread ends and
 * {@link #isClosed()} turns true. So is a 200 answer that is not {@code text/event-stream}, and
 * a 204 (the standard's way for a server to say "stop").
 *
 * <p><b>Before the first alert.</b> Without {@link AlertStreamOptions#resumeFrom()} the stream
 * starts with the next alert, and has no number to resume from until one arrives: alerts
 * published while such a stream reconnects are not sent to it. Give {@code resumeFrom} (the
 * last alert you hold, or 0 for all the server keeps) to close that gap.
 *
 * <p><b>Renumbering.</b> The server numbers alerts upwards. A server that starts numbering again
 * (the reference server after a restart keeps no alerts) is followed: an alert whose number is
 * not above the last one's is still delivered when it occurred later than the last alert this
 * subscription delivered.
 *
 * <p>Thread-safe: the accessors and {@link #close()} may be called from any thread, the
 * listener's callbacks included.
 */
public final class AlertSubscription implements AutoCloseable {

    /** The event type of an alert; events of other types are ignored. */
    public static final String EVENT_TYPE = "conformance";

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final int MAX_LINE_BYTES = 1 << 20;
    private static final int MAX_ERROR_BODY = 64 * 1024;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final Transport transport;
    private final AlertListener listener;
    private final AlertStreamOptions options;
    private final Thread thread;

    private volatile boolean closed;
    private volatile boolean connected;
    private volatile boolean resumable;
    private volatile long lastEventId;
    private volatile Throwable failure;
    private volatile StreamingBody body;
    private volatile CompletableFuture<?> pending;

    // Touched by the stream's thread only.
    private Instant lastOccurredAt = Instant.MIN;
    private OptionalLong serverRetry = OptionalLong.empty();

    private AlertSubscription(Transport transport, AlertListener listener, AlertStreamOptions options) {
        this.transport = transport;
        this.listener = listener;
        this.options = options;
        this.resumable = options.resumeFrom().isPresent();
        this.lastEventId = options.resumeFrom().orElse(0);
        this.thread = new Thread(this::run, "utm-alert-stream-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
    }

    static AlertSubscription start(Transport transport, AlertListener listener, AlertStreamOptions options) {
        AlertSubscription subscription = new AlertSubscription(Objects.requireNonNull(transport, "transport"),
                Objects.requireNonNull(listener, "listener"), Objects.requireNonNull(options, "options"));
        subscription.thread.start();
        return subscription;
    }

    /**
     * The number of the last alert received (what a reconnection resumes after): the
     * {@code resumeFrom} option's, or 0, until one arrives. Keep it to resume a later
     * subscription with {@link AlertStreamOptions#withResumeFrom}.
     */
    public long lastEventId() {
        return lastEventId;
    }

    /** Whether a connection is up now: between {@code onConnected} and {@code onDisconnected}. */
    public boolean isConnected() {
        return connected;
    }

    /** Whether the subscription has ended: closed by its owner, or refused for good by the server. */
    public boolean isClosed() {
        return closed;
    }

    /** The final refusal that ended the subscription, if the server ended it. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Waits until the subscription's thread has ended (after {@link #close()} or a final refusal).
     *
     * @return whether it ended within the timeout
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            return !thread.isAlive();
        }
        // join(0) would wait for ever: a wait under a millisecond is rounded up to one.
        thread.join(Math.max(1, timeout.toMillis()));
        return !thread.isAlive();
    }

    /**
     * Ends the stream: closes its connection, stops its reconnecting and its thread, and calls
     * the listener no more (a callback running now finishes). Idempotent. It interrupts the
     * stream's thread, and waits up to 10 s for it to end, unless called on that thread (from a
     * callback), which then ends after the callback returns.
     */
    @Override
    public void close() {
        closed = true;
        StreamingBody current = body;
        if (current != null) {
            current.cancel();
        }
        CompletableFuture<?> sending = pending;
        if (sending != null) {
            sending.cancel(true);
        }
        if (Thread.currentThread() == thread) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "AlertSubscription[" + thread.getName() + (closed ? ", closed" : connected ? ", connected" : "")
                + ", lastEventId=" + lastEventId + "]";
    }

    // ---- the stream's thread -----------------------------------------------------------------

    private void run() {
        int failures = 0;
        boolean renewed = false;
        try {
            while (!closed) {
                Throwable cause;
                Optional<Duration> asked = Optional.empty();
                try {
                    Optional<String> token = transport.token();
                    StreamingBody stream = new StreamingBody();
                    body = stream;
                    CompletableFuture<HttpResponse<Void>> sending = transport.httpClient()
                            .sendAsync(request(token), info -> stream);
                    pending = sending;
                    if (closed) {
                        break;
                    }
                    HttpResponse<Void> response = answer(sending);
                    int status = response.statusCode();
                    if (status == 200 && isEventStream(response.headers())) {
                        failures = 0;
                        renewed = false;
                        connected = true;
                        callback(listener::onConnected);
                        cause = read(stream);
                        connected = false;
                        if (closed) {
                            break;
                        }
                        failures = 1;
                    } else {
                        byte[] bytes = stream.readAll(MAX_ERROR_BODY, transport.requestTimeout());
                        UtmApiException refused = status / 100 == 2 ? notAStream(status, response.headers())
                                : transport.failure(status, response.headers(), bytes);
                        if (status == 401 && token.isPresent() && !renewed && transport.renewToken(token.get())) {
                            // A refused token is renewed once, at once: it is no failure of the network.
                            renewed = true;
                            continue;
                        }
                        if (!mayPass(refused)) {
                            stop(refused);
                            return;
                        }
                        failures++;
                        cause = refused;
                        asked = retryAfter(refused);
                    }
                } catch (ConnectionException e) {
                    failures++;
                    cause = e;
                } catch (UtmApiException e) {
                    // Signing in failed: the same rules as the stream's own answers.
                    if (!mayPass(e)) {
                        stop(e);
                        return;
                    }
                    failures++;
                    cause = e;
                    asked = retryAfter(e);
                } catch (IOException e) {
                    failures++;
                    cause = new ConnectionException("the alert stream could not connect: " + e, e);
                }
                if (closed) {
                    break;
                }
                Throwable reason = cause;
                callback(() -> listener.onDisconnected(reason));
                if (closed) {
                    break;
                }
                Duration wait = asked.isPresent() ? options.retryAfter(asked.get())
                        : options.backoff(failures, serverRetry, transport.jitter());
                transport.sleeper().sleep(wait);
            }
        } catch (InterruptedException e) {
            // Only close() interrupts this thread: the subscription is over.
        } finally {
            connected = false;
            StreamingBody current = body;
            if (current != null) {
                current.cancel();
            }
        }
    }

    private HttpRequest request(Optional<String> token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(transport.uriOf(HttpCall.get("/alerts")))
                .timeout(transport.requestTimeout())
                .header("Accept", "text/event-stream")
                .header("Cache-Control", "no-cache")
                .GET();
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        if (resumable) {
            request.header("Last-Event-ID", Long.toString(lastEventId));
        }
        return request.build();
    }

    private static HttpResponse<Void> answer(CompletableFuture<HttpResponse<Void>> sending)
            throws IOException, InterruptedException {
        try {
            return sending.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause);
        } catch (java.util.concurrent.CancellationException e) {
            throw new InterruptedException("the alert stream was closed while connecting");
        }
    }

    // Reads the connection until it ends; why it ended (null when the subscription was closed).
    private Throwable read(StreamingBody stream) throws InterruptedException {
        EventStreamParser parser = new EventStreamParser(new EventStreamParser.Handler() {
            @Override
            public void onEvent(ServerSentEvent event) {
                dispatch(event);
            }

            @Override
            public void onRetry(long millis) {
                serverRetry = OptionalLong.of(millis);
            }
        }, MAX_LINE_BYTES);
        while (true) {
            StreamingBody.Chunk chunk = stream.next(options.idleTimeout());
            if (closed) {
                return null;
            }
            if (chunk instanceof StreamingBody.Bytes bytes) {
                try {
                    for (ByteBuffer buffer : bytes.buffers()) {
                        parser.feed(buffer);
                    }
                } catch (IllegalStateException tooLong) {
                    stream.cancel();
                    return new ConnectionException("the alert stream sent something unreadable: "
                            + tooLong.getMessage(), tooLong);
                }
            } else if (chunk instanceof StreamingBody.End) {
                return new ConnectionException("the server ended the alert stream", null);
            } else if (chunk instanceof StreamingBody.Failed failed) {
                return new ConnectionException("the alert stream broke: " + failed.cause(), failed.cause());
            } else {
                stream.cancel();
                return new ConnectionException("the alert stream was silent for " + options.idleTimeout()
                        + " (no alert, no keep-alive): taken for dead", null);
            }
        }
    }

    private void dispatch(ServerSentEvent event) {
        if (closed) {
            return;
        }
        OptionalLong id = number(event.lastEventId());
        if (!EVENT_TYPE.equals(event.type())) {
            id.ifPresent(this::resumeAfter);
            return;
        }
        Alert alert;
        try {
            alert = transport.mapper().readValue(event.data(), Alert.class);
        } catch (IOException | RuntimeException e) {
            // One unreadable alert must not stop the others: it is reported and passed over.
            id.ifPresent(this::resumeAfter);
            report(new UtmApiException(200, ProblemDetail.blank(200, "Unreadable alert",
                    "an alert event's data is not an Alert: " + e.getMessage()), e));
            return;
        }
        long number = id.orElse(alert.id());
        boolean renumbered = !lastOccurredAt.equals(Instant.MIN) && alert.occurredAt().isAfter(lastOccurredAt);
        if (resumable && number <= lastEventId && !renumbered) {
            // Sent again (a server that replays more than was missed): delivered already.
            return;
        }
        resumeAfter(number);
        lastOccurredAt = alert.occurredAt();
        callback(() -> listener.onAlert(alert));
    }

    private void resumeAfter(long id) {
        lastEventId = id;
        resumable = true;
    }

    private void stop(UtmApiException refusal) {
        failure = refusal;
        closed = true;
        connected = false;
        callback(() -> listener.onDisconnected(refusal));
    }

    private void callback(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            report(e);
        }
    }

    private void report(Throwable e) {
        Thread current = Thread.currentThread();
        current.getUncaughtExceptionHandler().uncaughtException(current, e);
    }

    // What waiting may mend: no answer, 408, 429 and 5xx. Every other refusal is the server's last word.
    private static boolean mayPass(UtmApiException failure) {
        int status = failure.status();
        return failure instanceof ConnectionException || status == 408 || status == 429
                || (status >= 500 && status <= 599);
    }

    private static Optional<Duration> retryAfter(UtmApiException failure) {
        if (failure instanceof RateLimitedException limited) {
            return limited.retryAfter();
        }
        if (failure instanceof ServerException server) {
            return server.retryAfter();
        }
        return Optional.empty();
    }

    private static boolean isEventStream(HttpHeaders headers) {
        return headers.firstValue("Content-Type").map(type -> type.toLowerCase(Locale.ROOT).strip())
                .filter(type -> type.startsWith("text/event-stream")).isPresent();
    }

    private static UtmApiException notAStream(int status, HttpHeaders headers) {
        return new UtmApiException(status, ProblemDetail.blank(status, "Not an event stream", status == 204
                ? "the server answered 204: it asks the client to stop reconnecting"
                : "the answer is " + headers.firstValue("Content-Type").orElse("without a Content-Type")
                        + ", not text/event-stream"), null);
    }

    private static OptionalLong number(String id) {
        if (id.isEmpty() || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
