package kz.utm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The streamer's options: the defaults as documented, the withers, and every bad value named at once. */
class StreamerOptionsTest {

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        StreamerOptions defaults = StreamerOptions.defaults();

        assertThat(defaults.maxBatchSize()).isEqualTo(100);
        assertThat(defaults.linger()).isEqualTo(Duration.ofMillis(200));
        assertThat(defaults.bufferCapacity()).isEqualTo(10_000);
        assertThat(defaults.overflow()).isEqualTo(OverflowPolicy.DROP_OLDEST);
        assertThat(defaults.listener()).isSameAs(TelemetryListener.NONE);
        assertThat(defaults.flushTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.closeTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.idempotencyKeyPrefix()).isEmpty();
        assertThat(defaults.retryPolicy()).isEqualTo(StreamerOptions.retryWhileOffline());
        assertThat(defaults.retryPolicy().maxAttempts()).isEqualTo(Integer.MAX_VALUE);
        assertThat(defaults.retryPolicy().backoff(30, 0.0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.retryPolicy().maxRetryAfter()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void eachWitherChangesItsComponentOnly() {
        TelemetryListener listener = new TelemetryListener() {
        };
        StreamerOptions changed = StreamerOptions.defaults().withMaxBatchSize(1_000).withLinger(Duration.ZERO)
                .withBufferCapacity(50_000).withOverflow(OverflowPolicy.DROP_NEWEST).withListener(listener)
                .withFlushTimeout(Duration.ofSeconds(1)).withCloseTimeout(Duration.ofSeconds(2))
                .withRetryPolicy(RetryPolicy.none()).withIdempotencyKeyPrefix("flight-7");

        assertThat(changed).isEqualTo(new StreamerOptions(1_000, Duration.ZERO, 50_000, OverflowPolicy.DROP_NEWEST,
                listener, Duration.ofSeconds(1), Duration.ofSeconds(2), RetryPolicy.none(), Optional.of("flight-7")));
    }

    @Test
    void everyValueOutOfRangeIsNamedAtOnce() {
        assertThatThrownBy(() -> new StreamerOptions(1_001, Duration.ofMillis(-1), 10, OverflowPolicy.DROP_OLDEST,
                TelemetryListener.NONE, Duration.ofSeconds(-1), Duration.ofSeconds(-2), RetryPolicy.none(),
                Optional.of("a key")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxBatchSize must be 1 to 1000, got 1001")
                .hasMessageContaining("linger must not be negative")
                .hasMessageContaining("bufferCapacity must be at least maxBatchSize (1001), got 10")
                .hasMessageContaining("flushTimeout must not be negative")
                .hasMessageContaining("closeTimeout must not be negative")
                .hasMessageContaining("idempotencyKeyPrefix must be visible ASCII characters only");
        assertThatThrownBy(() -> StreamerOptions.defaults().withMaxBatchSize(0))
                .hasMessageContaining("maxBatchSize must be 1 to 1000, got 0");
        assertThatThrownBy(() -> StreamerOptions.defaults().withIdempotencyKeyPrefix("k".repeat(201)))
                .hasMessageContaining("idempotencyKeyPrefix must have 1 to 200 characters, got 201");
        assertThat(StreamerOptions.defaults().withIdempotencyKeyPrefix("k".repeat(200)).idempotencyKeyPrefix())
                .get().asString().hasSize(200);
    }

    @Test
    void nullsAreRefusedByName() {
        assertThatThrownBy(() -> StreamerOptions.defaults().withLinger(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("linger");
        assertThatThrownBy(() -> StreamerOptions.defaults().withListener(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("listener");
        assertThatThrownBy(() -> StreamerOptions.defaults().withOverflow(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("overflow");
        assertThatThrownBy(() -> StreamerOptions.defaults().withIdempotencyKeyPrefix(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("prefix");
    }
}
