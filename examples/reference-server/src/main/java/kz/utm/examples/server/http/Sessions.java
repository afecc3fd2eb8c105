package kz.utm.examples.server.http;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import kz.utm.core.common.UserId;

/**
 * Bearer tokens: 256 random bits handed out at sign-in, each valid for a fixed lifetime on the
 * service's clock, revoked at sign-out. Tokens live in memory, so a restart signs everyone out;
 * a service that runs several instances would keep them in a shared store or sign them.
 *
 * <p>Thread-safe. Expired tokens are removed as they are met and by {@link #purgeExpired()}.
 */
public final class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Duration lifetime;
    private final ConcurrentHashMap<String, Session> byToken = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong opened = new java.util.concurrent.atomic.AtomicLong();

    /**
     * @param clock the service's clock, which decides expiry
     * @param lifetime how long a token is valid
     */
    public Sessions(Clock clock, Duration lifetime) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
    }

    /** Opens a session for a user who just signed in. */
    public Session open(UserId user) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Session session = new Session(token, Objects.requireNonNull(user, "user"), clock.instant().plus(lifetime));
        byToken.put(token, session);
        // Tokens nobody presents again would stay forever: sweep now and then.
        if (opened.incrementAndGet() % 1024 == 0) {
            purgeExpired();
        }
        return session;
    }

    /** The live session of a token; empty when unknown, revoked or expired. */
    public Optional<Session> find(String token) {
        Session session = byToken.get(token);
        if (session == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(session.expiresAt())) {
            byToken.remove(token, session);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    /** Revokes a token; true if it was live. */
    public boolean revoke(String token) {
        return byToken.remove(token) != null;
    }

    /** Drops expired sessions; returns how many. */
    public int purgeExpired() {
        Instant now = clock.instant();
        int before = byToken.size();
        byToken.values().removeIf(session -> !now.isBefore(session.expiresAt()));
        return before - byToken.size();
    }

    /** A signed-in user's token and when it stops being valid. */
    public record Session(String token, UserId user, Instant expiresAt) {

        @Override
        public String toString() {
            return "Session[user=" + user + ", expiresAt=" + expiresAt + "]";
        }
    }
}
