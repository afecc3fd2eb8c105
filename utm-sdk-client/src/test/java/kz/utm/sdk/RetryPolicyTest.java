package kz.utm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The retry policy's waits and its checks. */
class RetryPolicyTest {

    @Test
    void backoffGrowsByTheMultiplierUpToTheCap() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofSeconds(1), 2.0, 0.0,
                Duration.ofMinutes(1));

        assertThat(policy.backoff(1, 0.9)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoff(2, 0.9)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoff(4, 0.9)).isEqualTo(Duration.ofMillis(800));
        assertThat(policy.backoff(5, 0.9)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(10_000, 0.9)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void jitterStaysWithinItsShareOfTheWait() {
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        RetryPolicy policy = RetryPolicy.defaults().withJitter(0.3);
        for (int i = 0; i < 10_000; i++) {
            int retry = 1 + random.nextInt(8);
            Duration full = policy.withJitter(0).backoff(retry, 0);
            Duration wait = policy.backoff(retry, random.nextDouble());
            assertThat(wait).as("seed %d, retry %d", seed, retry)
                    .isLessThanOrEqualTo(full)
                    .isGreaterThanOrEqualTo(Duration.ofNanos((long) (full.toNanos() * 0.7) - 1));
        }
    }

    @Test
    void everyBadComponentIsNamedAtOnce() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(-1), Duration.ofSeconds(-2), 0.5, 1.5,
                Duration.ofSeconds(-3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxAttempts").hasMessageContaining("initialBackoff")
                .hasMessageContaining("maxBackoff").hasMessageContaining("multiplier")
                .hasMessageContaining("jitter").hasMessageContaining("maxRetryAfter");
        assertThatThrownBy(() -> new RetryPolicy(1, null, Duration.ZERO, 1, 0, Duration.ZERO))
                .isInstanceOf(NullPointerException.class).hasMessage("initialBackoff");
    }

    @Test
    void backoffRefusesRetriesBelowOneAndRandomsOutOfRange() {
        assertThatThrownBy(() -> RetryPolicy.defaults().backoff(0, 0.5)).hasMessageContaining("retry");
        assertThatThrownBy(() -> RetryPolicy.defaults().backoff(1, 1.0)).hasMessageContaining("random");
    }

    @Test
    void noneMakesOneAttempt() {
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
        assertThat(RetryPolicy.defaults().withMaxAttempts(7).maxAttempts()).isEqualTo(7);
    }
}
