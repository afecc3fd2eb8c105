package kz.utm.examples.server.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed sign-ins: at most {@code maxFailures} per e-mail address, and per client
 * address, within a sliding window. Past the limit a sign-in is refused before the password is
 * even checked, with the time until the oldest failure leaves the window, so password
 * guessing gets a few tries per window whichever account or address it spreads over. A
 * successful sign-in clears its e-mail's failures.
 *
 * <p>Thread-safe.
 */
public final class LoginThrottle {

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong recorded = new java.util.concurrent.atomic.AtomicLong();

    /**
     * @param clock the service's clock
     * @param maxFailures failures allowed per key in the window
     * @param window the sliding window
     */
    public LoginThrottle(Clock clock, int maxFailures, Duration window) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxFailures = maxFailures;
        this.window = Objects.requireNonNull(window, "window");
    }

    /**
     * Refuses the attempt if the e-mail or the client address is over the limit.
     *
     * @throws ApiProblem 429 with the seconds to wait
     */
    public void check(String email, String clientAddress) {
        Instant now = clock.instant();
        long wait = Math.max(waitSeconds(emailKey(email), now), waitSeconds(addressKey(clientAddress), now));
        if (wait > 0) {
            throw ApiProblem.tooManyAttempts("too many failed sign-ins; try again in " + wait + " s", wait);
        }
    }

    /** Counts a failed attempt against the e-mail and the client address. */
    public void failed(String email, String clientAddress) {
        Instant now = clock.instant();
        record(emailKey(email), now);
        record(addressKey(clientAddress), now);
        // Keys of attempts long past would stay forever: sweep now and then.
        if (recorded.incrementAndGet() % 1024 == 0) {
            forgetOlderThanTheWindow(now);
        }
    }

    /** The number of e-mails and addresses with failures still counted; for monitoring. */
    public int trackedKeys() {
        return failures.size();
    }

    private void forgetOlderThanTheWindow(Instant now) {
        failures.entrySet().removeIf(entry -> {
            Deque<Instant> times = entry.getValue();
            synchronized (times) {
                prune(times, now);
                return times.isEmpty();
            }
        });
    }

    /** Clears the e-mail's failures after a successful sign-in. */
    public void succeeded(String email) {
        failures.remove(emailKey(email));
    }

    private long waitSeconds(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < maxFailures) {
                return 0;
            }
            Instant free = times.peekFirst().plus(window);
            return Math.max(1, Duration.between(now, free).toSeconds() + 1);
        }
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }

    private static String emailKey(String email) {
        return "email:" + email.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
