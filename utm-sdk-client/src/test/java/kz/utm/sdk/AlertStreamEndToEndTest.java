package kz.utm.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.utm.sdk.error.AuthenticationException;
import kz.utm.sdk.error.ConnectionException;
import kz.utm.sdk.testing.ReferenceServerHarness;
import kz.utm.sdk.wire.Alert;
import kz.utm.sdk.wire.ConformanceStatus;
import kz.utm.sdk.wire.DefineZone;
import kz.utm.sdk.wire.Drone;
import kz.utm.sdk.wire.RegisterDrone;
import kz.utm.sdk.wire.RegisterSoloPilot;
import kz.utm.sdk.wire.TelemetryInput;
import kz.utm.sdk.wire.Zone;
import kz.utm.sdk.wire.ZoneShape;

/**
 * The alert stream against the real reference server: a drone flown into a restricted zone
 * through telemetry raises an NFZ_ALERT on its pilot's stream; a stream the server ends resumes
 * with Last-Event-ID and gets what it missed; a later subscription resumes from the last alert
 * of an earlier one; a wrong password ends the subscription.
 */
class AlertStreamEndToEndTest {

    private static final double ZONE_LAT = 43.2389;
    private static final double ZONE_LON = 76.8897;

    private static ReferenceServerHarness server;
    private static Zone zone;
    private static final AtomicInteger PILOTS = new AtomicInteger();
    private static final AtomicInteger TICKS = new AtomicInteger();

    @BeforeAll
    static void start() {
        server = ReferenceServerHarness.start();
        zone = server.authority().zones().create(new DefineZone("Almaty centre", Optional.empty(),
                new ZoneShape.Circle(ZONE_LAT, ZONE_LON, 1000), Optional.empty(), Optional.of(500.0)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A solo pilot of its own with a drone of its own: its stream carries that drone's alerts only. */
    private record Pilot(String email, UtmClient client, Drone drone) {
    }

    private static Pilot pilot() {
        int n = PILOTS.incrementAndGet();
        String email = "pilot" + n + "@example.kz";
        UtmClient anonymous = UtmClient.builder().baseUrl(server.baseUrl()).build();
        anonymous.users().register(new RegisterSoloPilot("Pilot " + n, email, "password-123"));
        UtmClient client = server.client(email, "password-123");
        Drone drone = client.drones().register(RegisterDrone.own("DJI", "Mini 4 Pro", "SN-ALERTS-" + n));
        return new Pilot(email, client, drone);
    }

    /** One telemetry point, in the zone or clear of it; each a little later than the last, behind the server's clock. */
    private static void fly(Pilot pilot, boolean inZone) {
        Instant at = server.clock().instant().minusSeconds(5).plusMillis(TICKS.incrementAndGet());
        pilot.client().telemetry().report(pilot.drone().id(), List.of(inZone
                ? new TelemetryInput(at, ZONE_LAT, ZONE_LON, 100) : new TelemetryInput(at, 43.15, 76.80, 50)));
    }

    @Test
    void aDroneFlownIntoAZoneRaisesAnAlertOnItsPilotsStream() {
        Pilot pilot = pilot();
        RecordingAlertListener listener = new RecordingAlertListener();
        // From 0: what this pilot may read of all the server keeps, so no alert can slip past while connecting.
        try (AlertSubscription alerts = pilot.client().alerts().subscribe(listener,
                AlertStreamOptions.defaults().withResumeFrom(0))) {
            listener.awaitConnections(1);
            fly(pilot, true);
            listener.awaitAlerts(1);

            Alert alert = listener.alerts().get(0);
            assertThat(alert.droneId()).isEqualTo(pilot.drone().id());
            assertThat(alert.from()).isEqualTo(ConformanceStatus.ON_SCHEDULE);
            assertThat(alert.to()).isEqualTo(ConformanceStatus.NFZ_ALERT);
            assertThat(alert.zoneIds()).containsExactly(zone.id());
            assertThat(alerts.lastEventId()).isEqualTo(alert.id());
            assertThat(alerts.isConnected()).isTrue();
        }
    }

    @Test
    void aStreamTheServerEndsResumesWithWhatItMissed() throws InterruptedException {
        Pilot pilot = pilot();
        RecordingAlertListener listener = new RecordingAlertListener();
        // The reconnection waits for the test's word, so that alerts surely happen while disconnected.
        CountDownLatch reconnect = new CountDownLatch(1);
        UtmClient gated = UtmClient.builder().baseUrl(server.baseUrl()).credentials(pilot.email(), "password-123")
                .clock(server.clock()).sleeper(wait -> reconnect.await(20, TimeUnit.SECONDS)).build();
        try (AlertSubscription alerts = gated.alerts().subscribe(listener,
                AlertStreamOptions.defaults().withResumeFrom(0))) {
            listener.awaitConnections(1);
            fly(pilot, true);
            listener.awaitAlerts(1);

            server.dropAlertStreams();
            listener.awaitDisconnections(1);
            assertThat(listener.disconnections().get(0)).isInstanceOf(ConnectionException.class);
            fly(pilot, false);
            fly(pilot, true);
            reconnect.countDown();
            listener.awaitAlerts(3);
            listener.awaitConnections(2);

            assertThat(listener.alerts()).extracting(Alert::to).containsExactly(ConformanceStatus.NFZ_ALERT,
                    ConformanceStatus.ON_SCHEDULE, ConformanceStatus.NFZ_ALERT);
            assertThat(listener.alertIds()).isSorted().doesNotHaveDuplicates();
            // Live alerts follow on the same connection.
            fly(pilot, false);
            listener.awaitAlerts(4);
            assertThat(listener.alerts().get(3).to()).isEqualTo(ConformanceStatus.ON_SCHEDULE);
            assertThat(listener.connections()).isEqualTo(2);
        }
    }

    @Test
    void aLaterSubscriptionResumesAfterTheLastAlertOfAnEarlierOne() {
        Pilot pilot = pilot();
        RecordingAlertListener first = new RecordingAlertListener();
        long lastSeen;
        try (AlertSubscription alerts = pilot.client().alerts().subscribe(first,
                AlertStreamOptions.defaults().withResumeFrom(0))) {
            first.awaitConnections(1);
            fly(pilot, true);
            first.awaitAlerts(1);
            lastSeen = alerts.lastEventId();
        }
        // Missed: no subscription is open.
        fly(pilot, false);
        fly(pilot, true);

        RecordingAlertListener resumed = new RecordingAlertListener();
        try (AlertSubscription alerts = pilot.client().alerts().subscribe(resumed,
                AlertStreamOptions.defaults().withResumeFrom(lastSeen))) {
            resumed.awaitAlerts(2);
            assertThat(resumed.alerts()).extracting(Alert::to).containsExactly(ConformanceStatus.ON_SCHEDULE,
                    ConformanceStatus.NFZ_ALERT);
            assertThat(resumed.alertIds()).allSatisfy(id -> assertThat(id).isGreaterThan(lastSeen));
            assertThat(alerts.lastEventId()).isEqualTo(resumed.alertIds().get(1));
        }
    }

    @Test
    void aWrongPasswordEndsTheSubscription() throws InterruptedException {
        RecordingAlertListener listener = new RecordingAlertListener();
        UtmClient stranger = server.client(ReferenceServerHarness.ADMIN_EMAIL, "not the password");
        try (AlertSubscription alerts = stranger.alerts().subscribe(listener)) {
            listener.awaitDisconnections(1);
            assertThat(alerts.awaitTermination(Duration.ofSeconds(20))).isTrue();
            assertThat(listener.disconnections()).singleElement().isInstanceOf(AuthenticationException.class);
            assertThat(alerts.isClosed()).isTrue();
            assertThat(listener.connections()).isZero();
        }
    }
}
