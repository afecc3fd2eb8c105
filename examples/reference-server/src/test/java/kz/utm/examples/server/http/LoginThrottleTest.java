package kz.utm.examples.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import kz.utm.core.testing.MutableClock;

/** Failed sign-ins are limited per e-mail and per address, in a sliding window. */
class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T00:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 3, Duration.ofMinutes(15));

    @Test
    void theFourthAttemptAfterThreeFailuresIsRefusedWithTheWait() {
        for (int i = 0; i < 3; i++) {
            throttle.check("pilot@example.kz", "10.0.0.1");
            throttle.failed("pilot@example.kz", "10.0.0.1");
            clock.advance(Duration.ofMinutes(1));
        }

        ApiProblem refused = catchThrowableOfType(ApiProblem.class, () -> throttle.check("PILOT@example.kz", "10.0.0.9"));

        assertThat(refused.status()).isEqualTo(429);
        // The first failure leaves the window 15 min after it: 12 min from now.
        assertThat(refused.extensions().get("retryAfterSeconds")).isEqualTo(12L * 60 + 1);
    }

    @Test
    void oneAddressGuessingManyAccountsIsRefusedToo() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("user" + i + "@example.kz", "10.0.0.1");
        }

        assertThat(catchThrowableOfType(ApiProblem.class, () -> throttle.check("fresh@example.kz", "10.0.0.1"))
                .status()).isEqualTo(429);
        assertThatCode(() -> throttle.check("fresh@example.kz", "10.0.0.2")).doesNotThrowAnyException();
    }

    @Test
    void failuresLeaveTheWindowAndSuccessClearsTheEmail() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("pilot@example.kz", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(15));
        assertThatCode(() -> throttle.check("pilot@example.kz", "10.0.0.1")).doesNotThrowAnyException();

        throttle.failed("other@example.kz", "10.0.0.3");
        throttle.failed("other@example.kz", "10.0.0.4");
        throttle.succeeded("other@example.kz");
        throttle.failed("other@example.kz", "10.0.0.5");
        throttle.failed("other@example.kz", "10.0.0.6");
        assertThatCode(() -> throttle.check("other@example.kz", "10.0.0.7")).doesNotThrowAnyException();
    }

    @Test
    void keysOfFailuresPastTheWindowAreEventuallyForgotten() {
        for (int i = 0; i < 1_000; i++) {
            throttle.failed("user" + i + "@example.kz", "10.0.1." + (i % 250));
        }
        clock.advance(Duration.ofMinutes(16));
        for (int i = 0; i < 24; i++) {
            throttle.failed("late@example.kz", "10.0.2.1");
        }

        assertThat(throttle.trackedKeys()).isEqualTo(2);
    }
}
