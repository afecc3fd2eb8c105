package kz.utm.sdk.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.utm.sdk.RetryPolicy;
import kz.utm.sdk.Sleeper;
import kz.utm.sdk.error.ConflictException;
import kz.utm.sdk.error.ConnectionException;
import kz.utm.sdk.error.ProblemDetail;
import kz.utm.sdk.error.RateLimitedException;
import kz.utm.sdk.error.ServerException;
import kz.utm.sdk.error.UtmApiException;

/**
 * The one place that sends the SDK's requests. It adds the bearer token (signing in when the
 * session needs to), sends, signs in again once when a token is refused with 401, retries what
 * the {@link RetryPolicy} allows, and turns the answer into a value or into the SDK's exception.
 * Thread-safe: immutable apart from the session, which guards itself; any number of threads may
 * call at once.
 */
public final class Transport {

    private final URI apiRoot;
    private final HttpClient http;
    private final ObjectMapper mapper;
    private final Problems problems;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final DoubleSupplier random;
    private final Duration requestTimeout;
    private final Session session;

    /**
     * @param apiRoot the API's root, such as {@code http://127.0.0.1:8080/api/v1}, without a trailing slash
     * @param http the HTTP client
     * @param mapper the JSON mapping
     * @param retryPolicy when to retry
     * @param sleeper how to wait between attempts
     * @param clock the client's clock, for Retry-After dates and token expiry
     * @param random numbers in [0, 1) for the jitter; called from many threads
     * @param requestTimeout how long one attempt may wait for its answer
     * @param session where the token comes from
     */
    public Transport(URI apiRoot, HttpClient http, ObjectMapper mapper, RetryPolicy retryPolicy, Sleeper sleeper,
            Clock clock, DoubleSupplier random, Duration requestTimeout, Session session) {
        this.apiRoot = Objects.requireNonNull(apiRoot, "apiRoot");
        this.http = Objects.requireNonNull(http, "http");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.problems = new Problems(mapper);
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.session = Objects.requireNonNull(session, "session");
    }

    /** The JSON mapping, for readers of answers this class does not read (event streams). */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** The client's clock. */
    public Clock clock() {
        return clock;
    }

    /** The retry policy. */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** Makes the call and reads its answer as {@code type}. */
    public <T> T call(HttpCall call, Class<T> type) {
        return call(call, mapper.constructType(type));
    }

    /** Makes the call and reads its answer as {@code type} (a generic type such as a page). */
    public <T> T call(HttpCall call, JavaType type) {
        return call(call, type, Retries.of(retryPolicy));
    }

    /** Makes the call, retried as {@code retries} says rather than by the client's policy, and reads its answer. */
    public <T> T call(HttpCall call, Class<T> type, Retries retries) {
        return call(call, mapper.constructType(type), retries);
    }

    private <T> T call(HttpCall call, JavaType type, Retries retries) {
        Answer answer = exchange(call, retries);
        try {
            return mapper.readValue(answer.body(), type);
        } catch (IOException e) {
            throw new UtmApiException(answer.status(), ProblemDetail.blank(answer.status(), "Unreadable answer",
                    "the answer to " + call.method() + " " + call.path() + " is not a " + type.getTypeName() + ": "
                            + e.getMessage()), e);
        }
    }

    /** Makes a call whose answer has no body worth reading (204). */
    public void callWithoutAnswer(HttpCall call) {
        exchange(call);
    }

    /** Forgets the session's token after a sign-out, so that a credentials client signs in again. */
    public void signedOut() {
        session.signedOut();
    }

    /** The token the session would send now, signing in if needed. */
    public Optional<String> token() {
        return session.token(this);
    }

    /**
     * Sends the call, with retries and one renewed sign-in, and returns its 2xx answer.
     *
     * @throws UtmApiException (a subclass of it) for any other answer, or for none
     */
    public Answer exchange(HttpCall call) {
        return exchange(call, Retries.of(retryPolicy));
    }

    /**
     * As {@link #exchange(HttpCall)}, retried as {@code retries} says rather than by the client's
     * policy. The body is written once, so every attempt sends the same bytes.
     *
     * @throws UtmApiException (a subclass of it) for any other answer, or for none, or whatever
     *     the retries' observer throws
     */
    public Answer exchange(HttpCall call, Retries retries) {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(retries, "retries");
        RetryPolicy policy = retries.policy();
        byte[] body = call.body().map(this::write).orElse(null);
        boolean repeatable = call.isRepeatable();
        boolean renewed = false;
        int attempt = 1;
        while (true) {
            UtmApiException failure;
            Optional<Duration> asked = Optional.empty();
            try {
                Optional<String> token = call.authenticated() ? token(retries) : Optional.empty();
                HttpResponse<byte[]> response = http.send(request(call, body, token),
                        HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                byte[] bytes = response.body() == null ? new byte[0] : response.body();
                if (status >= 200 && status <= 299) {
                    return new Answer(status, response.headers(), bytes);
                }
                // A refused token is renewed once, without spending an attempt: it is no failure of the network.
                if (status == 401 && token.isPresent() && !renewed && renew(token.get(), retries)) {
                    renewed = true;
                    continue;
                }
                failure = problems.toException(status, response.headers(), bytes, clock.instant());
                asked = retryAfter(failure);
                if (!mayPass(failure)) {
                    throw failure;
                }
            } catch (RetryableSignIn e) {
                failure = e.failure;
                asked = retryAfter(failure);
            } catch (IOException e) {
                failure = new ConnectionException(describe(e), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectionException("interrupted while waiting for the answer to " + call.method() + " "
                        + call.path(), e);
            }
            if (!repeatable || attempt >= policy.maxAttempts()) {
                throw failure;
            }
            if (asked.isPresent() && asked.get().compareTo(policy.maxRetryAfter()) > 0) {
                throw failure;
            }
            int retry = attempt;
            Duration wait = asked.orElseGet(() -> policy.backoff(retry, random.getAsDouble()));
            retries.observer().beforeRetry(attempt, failure, wait);
            pause(wait, failure);
            attempt++;
        }
    }

    private Optional<String> token(Retries retries) {
        try {
            return session.token(this);
        } catch (UtmApiException e) {
            throw signInFailed(e, retries);
        }
    }

    private boolean renew(String rejected, Retries retries) {
        try {
            return session.renew(rejected, this);
        } catch (UtmApiException e) {
            throw signInFailed(e, retries);
        }
    }

    // A sign-in is a call of its own: for an ordinary call its failure is final, for a caller
    // that rides out outages one that may pass is a failed attempt like any other.
    private static RuntimeException signInFailed(UtmApiException failure, Retries retries) {
        boolean noAnswer = failure instanceof ConnectionException && !Thread.currentThread().isInterrupted();
        return retries.signInFailures() && (noAnswer || mayPass(failure)) ? new RetryableSignIn(failure) : failure;
    }

    /** Carries a sign-in failure out of an attempt, to be retried. */
    private static final class RetryableSignIn extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient UtmApiException failure;

        RetryableSignIn(UtmApiException failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }

    // ---- for the SDK's long-lived streams (the alert stream), which send and retry by themselves ----

    /** The HTTP client every call goes through. */
    public HttpClient httpClient() {
        return http;
    }

    /** The full URI of a call: the API root, its path and its query. */
    public URI uriOf(HttpCall call) {
        return uri(Objects.requireNonNull(call, "call"));
    }

    /** How long one attempt may wait for its answer. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** How to wait between attempts. */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** A number in [0, 1) for a wait's jitter. */
    public double jitter() {
        return random.getAsDouble();
    }

    /**
     * The server refused {@code rejected} with 401: signs in again if the session can.
     *
     * @return whether a request is worth sending again with {@link #token()}
     * @throws UtmApiException if signing in fails
     */
    public boolean renewToken(String rejected) {
        return session.renew(Objects.requireNonNull(rejected, "rejected"), this);
    }

    /** The exception for an error answer (not 2xx), as {@link #exchange} would throw it. */
    public UtmApiException failure(int status, HttpHeaders headers, byte[] body) {
        return problems.toException(status, headers, body, clock.instant());
    }

    // The failures that may pass by themselves; every other answer is the server's last word.
    private static boolean mayPass(UtmApiException failure) {
        if (failure instanceof RateLimitedException) {
            return true;
        }
        if (failure instanceof ServerException) {
            int status = failure.status();
            return status == 502 || status == 503 || status == 504;
        }
        return failure instanceof ConflictException conflict && conflict.isRequestInProgress();
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

    private void pause(Duration wait, UtmApiException failure) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ConnectionException interrupted = new ConnectionException("interrupted while waiting to retry after: "
                    + failure.getMessage(), e);
            interrupted.addSuppressed(failure);
            throw interrupted;
        }
    }

    private HttpRequest request(HttpCall call, byte[] body, Optional<String> token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(call))
                .timeout(requestTimeout)
                .header("Accept", "application/json, application/problem+json")
                .method(call.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        call.headers().forEach(request::header);
        return request.build();
    }

    private URI uri(HttpCall call) {
        StringBuilder uri = new StringBuilder(apiRoot.toString()).append(call.path());
        char separator = '?';
        for (Map.Entry<String, String> parameter : call.query()) {
            uri.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return URI.create(uri.toString());
    }

    private static String encode(String text) {
        // URLEncoder encodes for forms, where a space is '+'; in a query '+' may be read as a plus.
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private byte[] write(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the request body cannot be written as JSON: " + e.getOriginalMessage(),
                    e);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "connecting timed out: " + e.getMessage();
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer within the request timeout: " + e.getMessage();
        }
        if (e instanceof ConnectException) {
            return "connection refused or unreachable: " + e;
        }
        return "the connection failed: " + e;
    }
}
