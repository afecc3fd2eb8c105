package kz.utm.examples.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The demo's time: a clock that stands still until the demo moves it. The server, the clients
 * and the simulated drone all read it, so a six-minute flight reported at one point a second
 * takes the server no longer than its requests do, and the telemetry's timestamps are never
 * ahead of the server's "now". Instants are whole microseconds, what the database stores.
 *
 * <p>Thread-safe: any thread may read it while the demo's thread moves it; it never goes back.
 */
final class SimulatedClock extends Clock {

    private final AtomicReference<Instant> now;

    SimulatedClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start").truncatedTo(ChronoUnit.MICROS));
    }

    /** Moves the clock forward. */
    void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock does not go back, asked to move by " + by);
        }
        now.updateAndGet(current -> current.plus(by).truncatedTo(ChronoUnit.MICROS));
    }

    /** Moves the clock to {@code instant} if that is later; an earlier instant leaves it alone. */
    void advanceTo(Instant instant) {
        Instant target = instant.truncatedTo(ChronoUnit.MICROS);
        now.updateAndGet(current -> target.isAfter(current) ? target : current);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        SimulatedClock source = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return source.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }
        };
    }
}
