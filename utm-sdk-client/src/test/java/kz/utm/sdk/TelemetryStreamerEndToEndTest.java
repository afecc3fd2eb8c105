package kz.utm.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.utm.sdk.testing.RecordingTelemetryListener;
import kz.utm.sdk.testing.ReferenceServerHarness;
import kz.utm.sdk.wire.ConformanceStatus;
import kz.utm.sdk.wire.CreateUser;
import kz.utm.sdk.wire.DefineZone;
import kz.utm.sdk.wire.Drone;
import kz.utm.sdk.wire.FlightPlan;
import kz.utm.sdk.wire.FlightPlanStatus;
import kz.utm.sdk.wire.Organization;
import kz.utm.sdk.wire.RegisterDrone;
import kz.utm.sdk.wire.RegisterOrganization;
import kz.utm.sdk.wire.SubmitFlightPlan;
import kz.utm.sdk.wire.TelemetryInput;
import kz.utm.sdk.wire.TelemetryPoint;
import kz.utm.sdk.wire.User;
import kz.utm.sdk.wire.UserRole;
import kz.utm.sdk.wire.Waypoint;
import kz.utm.sdk.wire.Zone;
import kz.utm.sdk.wire.ZoneShape;

/**
 * The streamer against the real reference server on loopback: an organization pilot flies an
 * approved, active plan along a straight leg, then strays north into a restricted zone. Every
 * point is stored once, in order, and the server's judgement of each (on schedule along the
 * plan, an NFZ alert inside the zone) reaches the listener.
 */
class TelemetryStreamerEndToEndTest {

    private static final double ZONE_LAT = 43.2389;
    private static final double ZONE_LON = 76.8897;
    private static final double ZONE_RADIUS_M = 1000;
    private static final double ROUTE_LAT = 43.2200;
    private static final double ROUTE_WEST = 76.8500;
    private static final double ROUTE_EAST = 76.9300;
    private static final double ROUTE_TOP_M = 120;
    private static final int ALONG = 150;
    private static final int ASTRAY = 150;

    private static ReferenceServerHarness server;
    private static UtmClient pilot;
    private static UtmClient admin;
    private static Drone drone;
    private static FlightPlan plan;

    @BeforeAll
    static void prepareAFlight() {
        server = ReferenceServerHarness.start();
        UtmClient authority = server.authority();
        Organization org = authority.organizations().register(new RegisterOrganization("Tengri Mapping",
                "050440000002", "Dostyk Ave 5", "Almaty"));
        User adminUser = authority.users().create(CreateUser.member("Dana Omarova", "dana@tengri.example.kz",
                "password-123", UserRole.ORGANIZATION_ADMIN, org.id()));
        admin = server.client(adminUser.email(), "password-123");
        User pilotUser = admin.users().create(CreateUser.member("Ermek Tulegenov", "ermek@tengri.example.kz",
                "password-123", UserRole.ORGANIZATION_PILOT, org.id()));
        pilot = server.client(pilotUser.email(), "password-123");
        drone = admin.drones().register(RegisterDrone.forOrganization("Autel", "EVO Max 4T", "7YA1C2D3E4F5", org.id()));
        admin.drones().assignPilot(drone.id(), pilotUser.id());
        Zone zone = authority.zones().create(new DefineZone("Almaty centre", Optional.empty(),
                new ZoneShape.Circle(ZONE_LAT, ZONE_LON, ZONE_RADIUS_M), Optional.empty(), Optional.of(500.0)));
        assertThat(zone.active()).isTrue();

        Instant departure = server.clock().instant().plus(Duration.ofMinutes(30));
        plan = pilot.flightPlans().submit(new SubmitFlightPlan(drone.id(), departure,
                departure.plus(Duration.ofMinutes(40)), List.of(new Waypoint(0, ROUTE_LAT, ROUTE_WEST, 0),
                        new Waypoint(1, ROUTE_LAT, ROUTE_EAST, ROUTE_TOP_M))));
        admin.flightPlans().approve(plan.id());
        authority.flightPlans().approve(plan.id());
        server.clock().advance(Duration.ofMinutes(30));
        assertThat(pilot.flightPlans().activate(plan.id()).status()).isEqualTo(FlightPlanStatus.ACTIVE);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aPilotStreamsAFlightIntoAZoneAndHearsEachPointJudgedOnce() {
        Instant takeoff = server.clock().instant();
        List<TelemetryInput> track = track(takeoff);
        RecordingTelemetryListener listener = new RecordingTelemetryListener();

        try (TelemetryStreamer streamer = pilot.telemetry().streamer(drone.id(),
                StreamerOptions.defaults().withMaxBatchSize(40).withListener(listener))) {
            for (TelemetryInput point : track) {
                assertThat(streamer.offer(point)).isTrue();
            }
            streamer.flush();
            assertThat(streamer.stats().sent()).as("everything acknowledged by the flush").isEqualTo(track.size());
        }

        List<TelemetryPoint> history = admin.telemetry().history(drone.id(), takeoff, takeoff.plus(Duration.ofHours(1)),
                1_000);
        assertThat(history).extracting(TelemetryPoint::timestamp).as("each point stored once, in order")
                .isEqualTo(track.stream().map(TelemetryInput::timestamp).toList());
        assertThat(history).allSatisfy(point -> assertThat(point.flightPlanId()).contains(plan.id()));

        List<RecordingTelemetryListener.Stored> heard = listener.stored();
        assertThat(heard).extracting(RecordingTelemetryListener.Stored::sent).isEqualTo(track);
        assertThat(heard).extracting(stored -> stored.stored().id())
                .isEqualTo(history.stream().map(TelemetryPoint::id).toList());
        assertThat(heard).extracting(stored -> stored.stored().conformance())
                .isEqualTo(history.stream().map(TelemetryPoint::conformance).toList());

        List<ConformanceStatus> statuses = heard.stream().map(stored -> stored.stored().conformance().orElseThrow())
                .toList();
        assertThat(statuses.subList(0, ALONG)).as("along the planned leg").containsOnly(ConformanceStatus.ON_SCHEDULE);
        for (int i = ALONG; i < track.size(); i++) {
            double metres = metresToZoneCentre(track.get(i));
            if (metres < ZONE_RADIUS_M - 50) {
                assertThat(statuses.get(i)).as("point %d, %.0f m from the zone's centre", i, metres)
                        .isEqualTo(ConformanceStatus.NFZ_ALERT);
            } else if (metres > ZONE_RADIUS_M + 150 && (track.get(i).latitude() - ROUTE_LAT) * 111_000 > 80) {
                // Clear of the zone and its warning area, and out of the plan's 50 m corridor.
                assertThat(statuses.get(i)).as("point %d, %.0f m from the zone's centre", i, metres)
                        .isEqualTo(ConformanceStatus.OFF_ROUTE);
            }
        }
        assertThat(statuses.get(track.size() - 1)).isEqualTo(ConformanceStatus.NFZ_ALERT);
        assertThat(listener.rejected()).isEmpty();
        assertThat(listener.connection()).isEmpty();
    }

    // East along the leg at the planned altitude up to the zone's longitude, then north into the zone.
    private static List<TelemetryInput> track(Instant takeoff) {
        List<TelemetryInput> track = new ArrayList<>(ALONG + ASTRAY);
        for (int i = 0; i < ALONG; i++) {
            double longitude = ROUTE_WEST + (ZONE_LON - ROUTE_WEST) * i / (ALONG - 1);
            double altitude = ROUTE_TOP_M * (longitude - ROUTE_WEST) / (ROUTE_EAST - ROUTE_WEST);
            track.add(new TelemetryInput(takeoff.plusMillis(500L * i), ROUTE_LAT, longitude, altitude));
        }
        double cruise = track.get(ALONG - 1).altitudeM();
        for (int j = 1; j <= ASTRAY; j++) {
            double latitude = ROUTE_LAT + (ZONE_LAT - ROUTE_LAT) * j / ASTRAY;
            track.add(new TelemetryInput(takeoff.plusMillis(500L * (ALONG + j - 1)), latitude, ZONE_LON, cruise,
                    Optional.of(12.0), Optional.of(0.0), Optional.empty()));
        }
        return track;
    }

    private static double metresToZoneCentre(TelemetryInput point) {
        double lat1 = Math.toRadians(point.latitude());
        double lat2 = Math.toRadians(ZONE_LAT);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(ZONE_LON - point.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
    }
}
