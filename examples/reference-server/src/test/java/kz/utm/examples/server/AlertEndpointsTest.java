package kz.utm.examples.server;

import static kz.utm.examples.server.testing.Bodies.batch;
import static kz.utm.examples.server.testing.Bodies.point;
import static kz.utm.examples.server.testing.Replies.ok;
import static kz.utm.examples.server.testing.Replies.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.utm.examples.server.testing.AlertStream;
import kz.utm.examples.server.testing.Http;
import kz.utm.examples.server.testing.TestServer;
import kz.utm.examples.server.testing.World;

/**
 * {@code GET /alerts}: each user's stream carries the conformance changes of the drones that
 * user may read, and only those; a stream that reconnects with {@code Last-Event-ID} first gets
 * the alerts it missed, and a new stream only what comes after it opened.
 *
 * <p>Absence is shown without waiting: alerts go out one at a time in id order to every
 * stream, so a stream whose first alert is a later one was not sent the earlier ones.
 */
class AlertEndpointsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static TestServer server;
    private static Http http;
    private static World world;
    private static int tick;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = server.http();
        world = World.build(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Reports one point of the drone, in the circle zone or clear of it; each later than the last. */
    private static void fly(int drone, String token, boolean inZone) {
        // Points a little behind the clock, which stands still: never late, never lost.
        Instant at = server.clock().instant().minusSeconds(5).plusMillis(++tick);
        ok(201, http.post("/api/v1/drones/" + drone + "/telemetry", token, batch(List.of(inZone
                ? point(at, World.CIRCLE_LAT, World.CIRCLE_LON, 100) : point(at, 43.15, 76.80, 50)))));
    }

    private static AlertStream.Event nextOf(AlertStream stream, int drone, String to) {
        return stream.next(e -> e.droneId() == drone && e.to().equals(to), WAIT);
    }

    @Test
    void eachUserIsSentTheAlertsOfTheDronesTheyMayRead() {
        try (AlertStream pilot = AlertStream.open(http, world.pilot(), null);
                AlertStream steppeAdmin = AlertStream.open(http, world.steppeAdmin(), null);
                AlertStream altaiAdmin = AlertStream.open(http, world.altaiAdmin(), null);
                AlertStream solo = AlertStream.open(http, world.solo(), null);
                AlertStream authority = AlertStream.open(http, world.authority(), null)) {
            fly(world.steppeDrone(), world.pilot(), true);
            fly(world.soloDrone(), world.solo(), true);
            fly(world.altaiDrone(), world.altaiAdmin(), true);

            AlertStream.Event steppe = authority.next(WAIT);
            AlertStream.Event own = authority.next(WAIT);
            AlertStream.Event altai = authority.next(WAIT);
            assertThat(List.of(steppe.droneId(), own.droneId(), altai.droneId()))
                    .containsExactly(world.steppeDrone(), world.soloDrone(), world.altaiDrone());
            assertThat(steppe.id()).isLessThan(own.id());
            assertThat(own.id()).isLessThan(altai.id());
            assertThat(steppe.name()).isEqualTo("conformance");
            assertThat(steppe.to()).isEqualTo("NFZ_ALERT");
            assertThat(steppe.data().path("from").asText()).isEqualTo("ON_SCHEDULE");
            assertThat(steppe.data().path("zoneIds").get(0).asInt()).isEqualTo(world.circleZone());
            assertThat(steppe.data().path("id").asLong()).isEqualTo(steppe.id());

            assertThat(pilot.next(WAIT).id()).isEqualTo(steppe.id());
            assertThat(steppeAdmin.next(WAIT).id()).isEqualTo(steppe.id());
            // The first alert they get is their own drone's: the Steppe drone's went to them before it, or never.
            assertThat(solo.next(WAIT).id()).isEqualTo(own.id());
            assertThat(altaiAdmin.next(WAIT).id()).isEqualTo(altai.id());

            // Then the drones leave the zone: the same streams, the same rule.
            fly(world.altaiDrone(), world.altaiAdmin(), false);
            fly(world.steppeDrone(), world.pilot(), false);
            AlertStream.Event left = nextOf(steppeAdmin, world.steppeDrone(), "ON_SCHEDULE");
            assertThat(nextOf(authority, world.altaiDrone(), "ON_SCHEDULE").id()).isLessThan(left.id());
            assertThat(pilot.next(WAIT).id()).isEqualTo(left.id());
            // Back out of the zone: no more alerts for these two to wait for, so a last solo alert closes the check.
            fly(world.soloDrone(), world.solo(), false);
            AlertStream.Event soloLeft = solo.next(WAIT);
            assertThat(soloLeft.droneId()).isEqualTo(world.soloDrone());
            assertThat(soloLeft.id()).isGreaterThan(left.id());
        }
    }

    @Test
    void aReconnectingStreamFirstGetsTheAlertsItMissed() {
        long lastSeen;
        try (AlertStream first = AlertStream.open(http, world.solo(), null)) {
            fly(world.soloDrone(), world.solo(), true);
            fly(world.soloDrone(), world.solo(), false);
            nextOf(first, world.soloDrone(), "NFZ_ALERT");
            lastSeen = nextOf(first, world.soloDrone(), "ON_SCHEDULE").id();
        }
        // Missed while disconnected.
        fly(world.soloDrone(), world.solo(), true);
        fly(world.steppeDrone(), world.pilot(), true);
        fly(world.soloDrone(), world.solo(), false);
        fly(world.steppeDrone(), world.pilot(), false);

        try (AlertStream resumed = AlertStream.open(http, world.solo(), lastSeen);
                AlertStream fresh = AlertStream.open(http, world.solo(), null)) {
            AlertStream.Event entered = resumed.next(WAIT);
            AlertStream.Event left = resumed.next(WAIT);
            assertThat(entered.id()).isGreaterThan(lastSeen);
            assertThat(List.of(entered.droneId(), entered.to(), left.droneId(), left.to())).containsExactly(
                    world.soloDrone(), "NFZ_ALERT", world.soloDrone(), "ON_SCHEDULE");
            assertThat(left.id()).isGreaterThan(entered.id());

            // Live alerts follow the replayed ones; a new stream starts with them.
            fly(world.soloDrone(), world.solo(), true);
            AlertStream.Event live = resumed.next(WAIT);
            assertThat(live.to()).isEqualTo("NFZ_ALERT");
            assertThat(live.id()).isGreaterThan(left.id());
            assertThat(fresh.next(WAIT).id()).isEqualTo(live.id());
            fly(world.soloDrone(), world.solo(), false);
            nextOf(resumed, world.soloDrone(), "ON_SCHEDULE");
        }
    }

    @Test
    void theStreamWantsAValidToken() {
        unauthenticated(http.get("/api/v1/alerts", null));
        unauthenticated(http.get("/api/v1/alerts", "not-a-token"));
        unauthenticated(http.get("/api/v1/alerts?access_token=not-a-token", null));
    }
}
