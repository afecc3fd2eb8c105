package kz.utm.sdk;

import java.time.Duration;

import kz.utm.sdk.testing.MovableClock;
import kz.utm.sdk.testing.RecordingSleeper;
import kz.utm.sdk.testing.Samples;
import kz.utm.sdk.testing.ScriptedServer;

/** Clients of a scripted server that never sleep and whose jitter is none, for the unit tests. */
final class TestClients {

    private TestClients() {
    }

    /** A builder for the server with a recording sleeper, a movable clock and no jitter. */
    static UtmClient.Builder builder(ScriptedServer server, RecordingSleeper sleeper, MovableClock clock) {
        return UtmClient.builder()
                .baseUrl(server.baseUrl())
                .sleeper(sleeper)
                .clock(clock)
                .jitterSource(() -> 0.0)
                .requestTimeout(Duration.ofSeconds(10))
                .retryPolicy(RetryPolicy.defaults().withJitter(0));
    }

    /** A client with a fixed token. */
    static UtmClient withToken(ScriptedServer server, RecordingSleeper sleeper) {
        return builder(server, sleeper, new MovableClock(Samples.NOW)).bearerToken("fixed-token").build();
    }
}
