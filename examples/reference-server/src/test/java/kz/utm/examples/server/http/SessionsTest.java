package kz.utm.examples.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import kz.utm.core.common.UserId;
import kz.utm.core.testing.MutableClock;

/** Bearer tokens: random, valid for their lifetime on the service clock, revocable. */
class SessionsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T00:00:00Z"));
    private final Sessions sessions = new Sessions(clock, Duration.ofHours(1));

    @Test
    void aTokenIsValidUntilItsLifetimeEnds() {
        Sessions.Session session = sessions.open(UserId.of(7));

        assertThat(session.token()).hasSize(43).isNotEqualTo(sessions.open(UserId.of(7)).token());
        assertThat(session.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
        clock.advance(Duration.ofMinutes(59));
        assertThat(sessions.find(session.token())).get().extracting(Sessions.Session::user).isEqualTo(UserId.of(7));
        clock.advance(Duration.ofMinutes(1));
        assertThat(sessions.find(session.token())).isEmpty();
    }

    @Test
    void aRevokedOrUnknownTokenFindsNothing() {
        Sessions.Session session = sessions.open(UserId.of(7));

        assertThat(sessions.revoke(session.token())).isTrue();
        assertThat(sessions.revoke(session.token())).isFalse();
        assertThat(sessions.find(session.token())).isEmpty();
        assertThat(sessions.find("made-up")).isEmpty();
    }

    @Test
    void purgingDropsOnlyExpiredSessions() {
        sessions.open(UserId.of(1));
        clock.advance(Duration.ofMinutes(30));
        Sessions.Session young = sessions.open(UserId.of(2));
        clock.advance(Duration.ofMinutes(31));

        assertThat(sessions.purgeExpired()).isEqualTo(1);
        assertThat(sessions.find(young.token())).isPresent();
        assertThat(young.toString()).doesNotContain(young.token());
    }

    @Test
    void expiredTokensNobodyPresentsAgainAreSweptAsNewOnesOpen() {
        Sessions.Session old = sessions.open(UserId.of(1));
        clock.advance(Duration.ofHours(2));
        for (int i = 0; i < 1_023; i++) {
            sessions.open(UserId.of(2));
        }

        assertThat(sessions.purgeExpired()).as("already swept").isZero();
        assertThat(sessions.find(old.token())).isEmpty();
    }
}
