package kz.utm.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.TelemetryId;

/** The port's default {@link TelemetryLog#nextIds}, for adapters that reserve ids one at a time. */
class TelemetryLogDefaultsTest {

    /** Hands out ids downwards, so that the default has to sort them. */
    private static final class CountingDown implements TelemetryLog {
        final AtomicInteger calls = new AtomicInteger();
        private long next = 1_000;

        @Override
        public TelemetryId nextId() {
            calls.incrementAndGet();
            return TelemetryId.of(next--);
        }

        @Override
        public void append(List<TelemetryPoint> points) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<TelemetryPoint> findByDrone(DroneId drone, Instant from, Instant to, int limit) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void defaultNextIdsAsksForEachIdAndReturnsThemAscending() {
        CountingDown log = new CountingDown();

        List<TelemetryId> ids = log.nextIds(3);

        assertThat(ids).containsExactly(TelemetryId.of(998), TelemetryId.of(999), TelemetryId.of(1_000));
        assertThat(log.calls).hasValue(3);
        assertThat(log.nextIds(0)).isEmpty();
    }

    @Test
    void defaultNextIdsRefusesANegativeCountBeforeDrawingAnything() {
        CountingDown log = new CountingDown();

        assertThatThrownBy(() -> log.nextIds(-2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-2");
        assertThat(log.calls).hasValue(0);
    }
}
