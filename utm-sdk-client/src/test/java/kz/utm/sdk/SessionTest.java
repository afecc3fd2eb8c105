package kz.utm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.utm.sdk.error.AuthenticationException;
import kz.utm.sdk.error.RateLimitedException;
import kz.utm.sdk.testing.MovableClock;
import kz.utm.sdk.testing.RecordedRequest;
import kz.utm.sdk.testing.RecordingSleeper;
import kz.utm.sdk.testing.Samples;
import kz.utm.sdk.testing.ScriptedServer;
import kz.utm.sdk.testing.Step;
import kz.utm.sdk.wire.RegisterSoloPilot;

/** How the client gets, sends, renews and forgets its bearer token. */
class SessionTest {

    private ScriptedServer server;
    private MovableClock clock;
    private UtmClient client;

    @BeforeEach
    void start() {
        server = ScriptedServer.start();
        clock = new MovableClock(Samples.NOW);
        client = TestClients.builder(server, new RecordingSleeper(), clock)
                .credentials("pilot@example.kz", "a long passphrase").build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Step.Reply login(String token) {
        return Step.json(200, Samples.signedIn(token, Samples.NOW.plus(Duration.ofHours(1))));
    }

    @Test
    void buildingAClientSendsNothing() {
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void signsInLazilyOnTheFirstCallAndReusesTheToken() {
        server.enqueue(login("token-1"), Step.json(200, Samples.drone(3)), Step.json(200, Samples.drone(4)));

        client.drones().get(3);
        client.drones().get(4);

        List<RecordedRequest> requests = server.requests();
        assertThat(requests).extracting(RecordedRequest::target)
                .containsExactly("/api/v1/auth/login", "/api/v1/drones/3", "/api/v1/drones/4");
        assertThat(requests.get(0).method()).isEqualTo("POST");
        assertThat(requests.get(0).header("Authorization")).isEmpty();
        assertThat(requests.get(0).bodyText()).contains("\"email\":\"pilot@example.kz\"")
                .contains("\"password\":\"a long passphrase\"");
        assertThat(requests.get(1).header("Authorization")).contains("Bearer token-1");
        assertThat(requests.get(2).header("Authorization")).contains("Bearer token-1");
    }

    @Test
    void signsInAgainOnceWhenTheTokenIsRefused() {
        server.enqueue(login("token-1"), Step.problem(401, "unauthenticated", ""), login("token-2"),
                Step.json(200, Samples.drone(3)));

        assertThat(client.drones().get(3).id()).isEqualTo(3);

        assertThat(server.request(1).header("Authorization")).contains("Bearer token-1");
        assertThat(server.request(2).path()).isEqualTo("/api/v1/auth/login");
        assertThat(server.request(3).header("Authorization")).contains("Bearer token-2");
    }

    @Test
    void aSecondRefusalAfterSigningInAgainReachesTheCaller() {
        server.enqueue(login("token-1"), Step.problem(401, "unauthenticated", ""), login("token-2"),
                Step.problem(401, "unauthenticated", ""), login("token-3"));

        catchThrowableOfType(AuthenticationException.class, () -> client.drones().get(3));

        assertThat(server.requestCount()).isEqualTo(4);
        assertThat(server.unusedSteps()).isEqualTo(1);
    }

    @Test
    void signsInAgainBeforeTheTokenExpires() {
        server.enqueue(login("token-1"), Step.json(200, Samples.drone(3)), login("token-2"),
                Step.json(200, Samples.drone(3)));

        client.drones().get(3);
        clock.advance(Duration.ofMinutes(59).plusSeconds(40));
        client.drones().get(3);

        assertThat(server.request(2).path()).isEqualTo("/api/v1/auth/login");
        assertThat(server.request(3).header("Authorization")).contains("Bearer token-2");
    }

    @Test
    void aWrongPasswordIsAnAuthenticationErrorFromTheSignIn() {
        server.enqueue(Step.problem(401, "unauthenticated", ""));

        AuthenticationException error = catchThrowableOfType(AuthenticationException.class,
                () -> client.drones().get(3));

        assertThat(error.problem().instance()).isPresent();
        assertThat(server.requests()).extracting(RecordedRequest::path).containsExactly("/api/v1/auth/login");
    }

    @Test
    void aThrottledSignInIsNotRetried() {
        server.enqueue(Step.problem(429, "too-many-requests", "\"retryAfterSeconds\":30").header("Retry-After", "30"));

        RateLimitedException error = catchThrowableOfType(RateLimitedException.class, () -> client.drones().get(3));

        assertThat(error.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aFixedTokenIsSentAndARefusalIsFinal() {
        UtmClient fixed = TestClients.withToken(server, new RecordingSleeper());
        server.enqueue(Step.problem(401, "unauthenticated", ""), Step.json(200, Samples.drone(3)));

        catchThrowableOfType(AuthenticationException.class, () -> fixed.drones().get(3));

        assertThat(server.requests()).singleElement()
                .satisfies(request -> assertThat(request.header("Authorization")).contains("Bearer fixed-token"));
    }

    @Test
    void anAnonymousClientSendsNoTokenAndMayRegister() {
        UtmClient anonymous = TestClients.builder(server, new RecordingSleeper(), clock).build();
        server.enqueue(Step.json(201, Samples.user(8)));

        assertThat(anonymous.users().register(new RegisterSoloPilot("Asel", "asel@example.kz", "passphrase"))
                .id()).isEqualTo(8);
        assertThat(server.request(0).header("Authorization")).isEmpty();
        assertThat(server.request(0).bodyText()).doesNotContain("phoneNumber").contains("\"fullName\":\"Asel\"");
    }

    @Test
    void selfRegistrationCarriesNoTokenEvenWithCredentials() {
        server.enqueue(Step.json(201, Samples.user(8)));

        client.users().register(new RegisterSoloPilot("Asel", "asel@example.kz", "passphrase"));

        assertThat(server.requests()).singleElement()
                .satisfies(request -> assertThat(request.header("Authorization")).isEmpty());
    }

    @Test
    void signingOutForgetsTheTokenSoTheNextCallSignsInAgain() {
        server.enqueue(login("token-1"), Step.reply(204), login("token-2"), Step.json(200, Samples.drone(3)));

        client.auth().signOut();
        client.drones().get(3);

        assertThat(server.requests()).extracting(RecordedRequest::path).containsExactly("/api/v1/auth/login",
                "/api/v1/auth/logout", "/api/v1/auth/login", "/api/v1/drones/3");
        assertThat(server.request(1).header("Authorization")).contains("Bearer token-1");
        assertThat(server.request(3).header("Authorization")).contains("Bearer token-2");
    }

    @Test
    void threadsNeedingATokenAtOnceShareOneSignIn() throws Exception {
        AtomicInteger logins = new AtomicInteger();
        CountDownLatch loginReached = new CountDownLatch(1);
        server.otherwise(request -> {
            if (request.path().endsWith("/auth/login")) {
                logins.incrementAndGet();
                loginReached.countDown();
                // Long enough for the other threads to queue up behind the first sign-in.
                return login("shared").delayed(Duration.ofMillis(300));
            }
            return Step.json(200, Samples.drone(3));
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> client.drones().get(3)));
            }
            for (Future<?> call : calls) {
                call.get(20, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(logins).hasValue(1);
        assertThat(server.requests()).filteredOn(request -> request.path().endsWith("/drones/3")).hasSize(8)
                .allSatisfy(request -> assertThat(request.header("Authorization")).contains("Bearer shared"));
    }

    @Test
    void signInWithOtherCredentialsLeavesTheClientsSessionAlone() {
        server.enqueue(Step.json(200, Samples.signedIn("other", Samples.NOW.plusSeconds(60))), login("mine"),
                Step.json(200, Samples.drone(3)));

        assertThat(client.auth().signIn("other@example.kz", "other passphrase").toString())
                .doesNotContain("other\"").contains("(hidden)");
        client.drones().get(3);

        assertThat(server.request(2).header("Authorization")).contains("Bearer mine");
    }
}
