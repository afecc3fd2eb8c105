package kz.utm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.utm.sdk.error.AuthenticationException;
import kz.utm.sdk.error.ConflictException;
import kz.utm.sdk.error.ConnectionException;
import kz.utm.sdk.error.FieldError;
import kz.utm.sdk.error.NotFoundException;
import kz.utm.sdk.error.PermissionDeniedException;
import kz.utm.sdk.error.ProblemDetail;
import kz.utm.sdk.error.RateLimitedException;
import kz.utm.sdk.error.RequestTooLargeException;
import kz.utm.sdk.error.RouteConflict;
import kz.utm.sdk.error.ServerException;
import kz.utm.sdk.error.UtmApiException;
import kz.utm.sdk.error.ValidationException;
import kz.utm.sdk.testing.RecordingSleeper;
import kz.utm.sdk.testing.Samples;
import kz.utm.sdk.testing.ScriptedServer;
import kz.utm.sdk.testing.Step;
import kz.utm.sdk.wire.ConflictKind;
import kz.utm.sdk.wire.FlightPlanStatus;
import kz.utm.sdk.wire.RegisterDrone;

/** Every error answer becomes the right exception, with its status and problem, whatever its body. */
class ErrorMappingTest {

    private ScriptedServer server;
    private UtmClient client;

    @BeforeEach
    void start() {
        server = ScriptedServer.start();
        // No retries: each scripted answer is the call's last word.
        client = TestClients.builder(server, new RecordingSleeper(), new kz.utm.sdk.testing.MovableClock(Samples.NOW))
                .bearerToken("fixed-token").retryPolicy(RetryPolicy.none()).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private UtmApiException failureOf(Step step) {
        server.enqueue(step);
        return catchThrowableOfType(UtmApiException.class, () -> client.drones().get(3));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "400, malformed-request, ValidationException",
        "401, unauthenticated, AuthenticationException",
        "403, access-denied, PermissionDeniedException",
        "404, not-found, NotFoundException",
        "409, conflict, ConflictException",
        "409, illegal-transition, ConflictException",
        "409, route-conflict, ConflictException",
        "409, request-in-progress, ConflictException",
        "413, payload-too-large, RequestTooLargeException",
        "422, validation-failed, ValidationException",
        "422, idempotency-key-reused, ValidationException",
        "429, too-many-requests, RateLimitedException",
        "500, internal-error, ServerException",
        "406, not-acceptable, UtmApiException",
        "405, method-not-allowed, UtmApiException",
    })
    void eachServerProblemTypeBecomesItsException(int status, String type, String exception) {
        UtmApiException error = failureOf(Step.problem(status, type, ""));

        assertThat(error.getClass().getSimpleName()).isEqualTo(exception);
        assertThat(error.status()).isEqualTo(status);
        assertThat(error.type()).isEqualTo("urn:utm-kit:problem:" + type);
        assertThat(error.problem().typeName()).contains(type);
        assertThat(error.detail()).isEqualTo("scripted " + type);
        assertThat(error.problem().instance()).contains("/api/v1/scripted");
        assertThat(error.getMessage()).contains(String.valueOf(status)).contains(type).contains("scripted " + type);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "400, ValidationException",
        "401, AuthenticationException",
        "403, PermissionDeniedException",
        "404, NotFoundException",
        "409, ConflictException",
        "413, RequestTooLargeException",
        "422, ValidationException",
        "429, RateLimitedException",
        "500, ServerException",
        "502, ServerException",
        "503, ServerException",
        "504, ServerException",
        "418, UtmApiException",
        "302, UtmApiException",
    })
    void aStatusWithoutProblemBodyStillBecomesItsException(int status, String exception) {
        UtmApiException error = failureOf(Step.reply(status).header("Content-Type", "text/html")
                .body("<html><body>Bad gateway from the proxy</body></html>"));

        assertThat(error.getClass().getSimpleName()).isEqualTo(exception);
        assertThat(error.status()).isEqualTo(status);
        assertThat(error.type()).isEqualTo(ProblemDetail.BLANK_TYPE);
        assertThat(error.detail()).contains("Bad gateway from the proxy");
    }

    @Test
    void anEmptyErrorBodyIsDescribedAsSuch() {
        UtmApiException error = failureOf(Step.reply(404));

        assertThat(error).isInstanceOf(NotFoundException.class);
        assertThat(error.problem().title()).isEqualTo("Not Found");
        assertThat(error.detail()).isEqualTo("the answer had no body");
        assertThat(error.problem().extensions()).isEmpty();
    }

    @Test
    void malformedJsonErrorBodyFallsBackToTheStatus() {
        UtmApiException error = failureOf(Step.problem(403, "{\"type\": \"urn:utm-kit:problem:acc"));

        assertThat(error).isInstanceOf(PermissionDeniedException.class);
        assertThat(error.type()).isEqualTo(ProblemDetail.BLANK_TYPE);
        assertThat(error.detail()).startsWith("{\"type\"");
    }

    @Test
    void aJsonBodyThatIsNoObjectFallsBackToTheStatus() {
        UtmApiException error = failureOf(Step.json(422, "[\"not\", \"a\", \"problem\"]"));

        assertThat(error).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) error).fieldErrors()).isEmpty();
    }

    @Test
    void aLongNonJsonBodyIsCutInTheDetail() {
        UtmApiException error = failureOf(Step.reply(500).body("x".repeat(5_000)));

        assertThat(error.detail()).hasSize(203).endsWith("...");
    }

    @Test
    void membersOfTheWrongTypeAreIgnoredNotFatal() {
        UtmApiException error = failureOf(Step.problem(422, "{\"type\":42,\"title\":[],\"detail\":null,"
                + "\"errors\":[{\"field\":7},{\"field\":\"name\",\"message\":\"must not be blank\"},\"junk\"]}"));

        assertThat(error).isInstanceOf(ValidationException.class);
        assertThat(error.type()).isEqualTo(ProblemDetail.BLANK_TYPE);
        assertThat(((ValidationException) error).fieldErrors())
                .containsExactly(new FieldError("name", "must not be blank"));
    }

    @Test
    void aProblemTypeDecidesOverAnOddStatus() {
        UtmApiException error = failureOf(Step.problem(400, "not-found", ""));

        assertThat(error).isInstanceOf(NotFoundException.class);
        assertThat(error.status()).isEqualTo(400);
    }

    @Test
    void anUnknownProblemTypeFallsBackToTheStatus() {
        UtmApiException error = failureOf(Step.problem(403, "something-new", "\"reason\":\"new\""));

        assertThat(error).isInstanceOf(PermissionDeniedException.class);
        assertThat(error.problem().text("reason")).contains("new");
    }

    @Test
    void validationCarriesEveryFieldErrorInOrder() {
        ValidationException error = (ValidationException) failureOf(Step.problem(422, "validation-failed",
                "\"errors\":[{\"field\":\"waypoints[2].latitude\",\"message\":\"must be at most 90\"},"
                        + "{\"field\":\"plannedArrivalTime\",\"message\":\"must be after the departure\"},"
                        + "{\"field\":\"waypoints[2].latitude\",\"message\":\"must be a number\"}]"));

        assertThat(error.fieldErrors()).containsExactly(
                new FieldError("waypoints[2].latitude", "must be at most 90"),
                new FieldError("plannedArrivalTime", "must be after the departure"),
                new FieldError("waypoints[2].latitude", "must be a number"));
        assertThat(error.fields()).contains("plannedArrivalTime");
        assertThat(error.messagesFor("waypoints[2].latitude")).containsExactly("must be at most 90", "must be a number");
        assertThat(error.isIdempotencyKeyReused()).isFalse();
        assertThat(error.problem().list("errors")).hasSize(3);
    }

    @Test
    void reusedIdempotencyKeyIsAValidationErrorWithoutFields() {
        ValidationException error = (ValidationException) failureOf(Step.problem(422, "idempotency-key-reused", ""));

        assertThat(error.isIdempotencyKeyReused()).isTrue();
        assertThat(error.fieldErrors()).isEmpty();
    }

    @Test
    void duplicateConflictNamesItsKindAndField() {
        ConflictException error = (ConflictException) failureOf(Step.problem(409, "conflict",
                "\"kind\":\"DUPLICATE\",\"field\":\"serialNumber\""));

        assertThat(error.kind()).contains(ConflictKind.DUPLICATE);
        assertThat(error.field()).contains("serialNumber");
        assertThat(error.from()).isEmpty();
        assertThat(error.conflicts()).isEmpty();
        assertThat(error.isRequestInProgress()).isFalse();
    }

    @Test
    void illegalTransitionNamesFromAndTo() {
        ConflictException error = (ConflictException) failureOf(Step.problem(409, "illegal-transition",
                "\"from\":\"COMPLETED\",\"to\":\"ACTIVE\""));

        assertThat(error.from()).contains(FlightPlanStatus.COMPLETED);
        assertThat(error.to()).contains(FlightPlanStatus.ACTIVE);
        assertThat(error.kind()).isEmpty();
    }

    @Test
    void routeConflictNamesTheZonesEntered() {
        ConflictException error = (ConflictException) failureOf(Step.problem(409, "route-conflict",
                "\"conflicts\":[{\"zoneId\":4,\"zoneName\":\"Almaty centre\",\"legIndex\":0,\"entryLatitude\":43.2,"
                        + "\"entryLongitude\":76.88,\"entryAltitudeM\":120.0},{\"zoneId\":9,\"zoneName\":\"Airport\","
                        + "\"legIndex\":1,\"entryLatitude\":43.3,\"entryLongitude\":77.0,\"entryAltitudeM\":80.0},"
                        + "{\"zoneId\":4,\"zoneName\":\"Almaty centre\",\"legIndex\":2,\"entryLatitude\":43.2,"
                        + "\"entryLongitude\":76.9,\"entryAltitudeM\":50.0}]"));

        assertThat(error.zoneIds()).containsExactly(4, 9);
        assertThat(error.conflicts()).hasSize(3).first()
                .isEqualTo(new RouteConflict(4, "Almaty centre", 0, 43.2, 76.88, 120.0));
    }

    @Test
    void anUnknownConflictKindIsLeftEmpty() {
        ConflictException error = (ConflictException) failureOf(Step.problem(409, "conflict",
                "\"kind\":\"SOMETHING_NEW\",\"from\":\"NOWHERE\""));

        assertThat(error.kind()).isEmpty();
        assertThat(error.from()).isEmpty();
        assertThat(error.problem().text("kind")).contains("SOMETHING_NEW");
    }

    @Test
    void rateLimitCarriesRetryAfterInSeconds() {
        RateLimitedException error = (RateLimitedException) failureOf(Step.problem(429, "too-many-requests",
                "\"retryAfterSeconds\":900").header("Retry-After", "900"));

        assertThat(error.retryAfter()).contains(Duration.ofSeconds(900));
    }

    @Test
    void rateLimitReadsRetryAfterAsAnHttpDateAgainstTheClientsClock() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(Samples.NOW.plusSeconds(90).atOffset(ZoneOffset.UTC));
        RateLimitedException error = (RateLimitedException) failureOf(Step.reply(429).header("Retry-After", date));

        assertThat(error.retryAfter()).contains(Duration.ofSeconds(90));
    }

    @Test
    void rateLimitFallsBackToTheProblemsRetryAfterSeconds() {
        RateLimitedException error = (RateLimitedException) failureOf(Step.problem(429, "too-many-requests",
                "\"retryAfterSeconds\":12"));

        assertThat(error.retryAfter()).contains(Duration.ofSeconds(12));
    }

    @Test
    void rateLimitWithoutRetryAfterHasNone() {
        RateLimitedException error = (RateLimitedException) failureOf(Step.reply(429).header("Retry-After", "soon"));

        assertThat(error.retryAfter()).isEmpty();
    }

    @Test
    void serviceUnavailableCarriesItsRetryAfter() {
        ServerException error = (ServerException) failureOf(Step.reply(503).header("Retry-After", "7"));

        assertThat(error.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void extensionMembersAreKeptAsPlainImmutableValues() {
        UtmApiException error = failureOf(Step.problem(409, "conflict",
                "\"kind\":\"STATE\",\"nested\":{\"a\":[1,2,{\"b\":true}]},\"nothing\":null"));

        Map<String, Object> extensions = error.problem().extensions();
        assertThat(extensions).containsKeys("kind", "nested").doesNotContainKey("nothing").doesNotContainKey("type");
        assertThat(extensions.get("nested")).isEqualTo(Map.of("a", List.of(1, 2, Map.of("b", true))));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> extensions.put("x", 1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aSuccessWhoseBodyCannotBeReadIsAnApiErrorWithItsStatus() {
        UtmApiException error = failureOf(Step.json(200, "{\"id\": \"three\"}"));

        assertThat(error.getClass()).isEqualTo(UtmApiException.class);
        assertThat(error.status()).isEqualTo(200);
        assertThat(error.problem().title()).isEqualTo("Unreadable answer");
        assertThat(error.getCause()).isNotNull();
    }

    @Test
    void noAnswerIsAConnectionErrorWithoutStatus() {
        // A POST: the JDK's client sends a GET again by itself when its connection closes unanswered.
        server.enqueue(Step.drop());
        ConnectionException error = catchThrowableOfType(ConnectionException.class,
                () -> client.drones().register(RegisterDrone.own("DJI", "Mini", "SN-1")));

        assertThat(error.status()).isEqualTo(UtmApiException.NO_STATUS);
        assertThat(error.hasStatus()).isFalse();
        assertThat(error.problem().type()).isEqualTo(ProblemDetail.BLANK_TYPE);
        assertThat(error.getCause()).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void aRefusedConnectionIsAConnectionError() throws Exception {
        // A port that was just listened on and closed, with no thread accepting on it meanwhile.
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        UtmClient nowhere = UtmClient.builder().baseUrl("http://127.0.0.1:" + port).retryPolicy(RetryPolicy.none())
                .requestTimeout(Duration.ofSeconds(5)).build();

        ConnectionException error = catchThrowableOfType(ConnectionException.class, () -> nowhere.drones().get(1));

        assertThat(error.status()).isZero();
        assertThat(error.getCause()).isInstanceOf(java.net.ConnectException.class);
        assertThat(error.detail()).contains("refused");
    }

    @Test
    void aRequestTimeoutIsAConnectionError() {
        UtmClient impatient = UtmClient.builder().baseUrl(server.baseUrl()).retryPolicy(RetryPolicy.none())
                .requestTimeout(Duration.ofMillis(200)).build();
        server.enqueue(Step.json(200, Samples.drone(1)).delayed(Duration.ofSeconds(3)));

        ConnectionException error = catchThrowableOfType(ConnectionException.class, () -> impatient.drones().get(1));

        assertThat(error.detail()).contains("timeout");
        assertThat(error.getCause()).isInstanceOf(java.net.http.HttpTimeoutException.class);
    }

    @Test
    void registeringADroneTwiceSurfacesTheDuplicateField() {
        server.enqueue(Step.problem(409, "conflict", "\"kind\":\"DUPLICATE\",\"field\":\"serialNumber\""));

        ConflictException error = catchThrowableOfType(ConflictException.class,
                () -> client.drones().register(RegisterDrone.own("DJI", "Mini", "SN-1")));

        assertThat(error.field()).isEqualTo(Optional.of("serialNumber"));
        assertThat(server.request(0).method()).isEqualTo("POST");
    }

    @Test
    void authenticationAndPermissionAreDistinct() {
        assertThat(failureOf(Step.problem(401, "unauthenticated", "")))
                .isInstanceOf(AuthenticationException.class).isNotInstanceOf(PermissionDeniedException.class);
        assertThat(failureOf(Step.problem(413, "payload-too-large", "")))
                .isInstanceOf(RequestTooLargeException.class);
    }
}
