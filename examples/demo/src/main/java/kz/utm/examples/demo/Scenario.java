package kz.utm.examples.demo;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.utm.core.user.Argon2PasswordHasher;
import kz.utm.examples.demo.DemoAirspace.Spot;
import kz.utm.examples.demo.Timeline.Step;
import kz.utm.examples.server.ReferenceServer;
import kz.utm.examples.server.ServerSettings;
import kz.utm.sdk.UtmClient;
import kz.utm.sdk.error.ConflictException;
import kz.utm.sdk.error.RouteConflict;
import kz.utm.sdk.precheck.RoutePreCheck;
import kz.utm.sdk.wire.Alert;
import kz.utm.sdk.wire.ConformanceStatus;
import kz.utm.sdk.wire.CreateUser;
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
import kz.utm.sdk.wire.Zone;

/**
 * The demo's story, step by step: the reference server started in-process, then everything
 * else through the SDK over HTTP on loopback, as the authority, an organization's admin and its
 * pilot would do it. See {@link Demo}.
 *
 * <p>Runs once, on one thread (the telemetry and alert callbacks add to the timeline from
 * their own).
 */
final class Scenario {

    static final String AUTHORITY_EMAIL = "authority@caa.example.kz";
    private static final String ADMIN_EMAIL = "aigerim@steppe.example.kz";
    private static final String PILOT_EMAIL = "daniyar@steppe.example.kz";

    /** The drone's ground speed. */
    private static final double GROUND_SPEED_MPS = 20;
    /** How long the alert may take to arrive on the stream once the drone is in the zone. */
    private static final Duration ALERT_DEADLINE = Duration.ofSeconds(15);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Timeline timeline;
    private final SimulatedClock clock;
    private final Map<Integer, String> zoneNames = new HashMap<>();
    private final Object conformanceLock = new Object();
    private ConformanceStatus conformance;
    private String doing = "starting the reference server";

    Scenario(PrintStream out, long startNanos) {
        // Simulated time starts at nine in the morning in Almaty, today.
        Instant nine = LocalDate.now(Timeline.ALMATY).atTime(LocalTime.of(9, 0)).toInstant(Timeline.ALMATY);
        this.clock = new SimulatedClock(nine);
        this.timeline = new Timeline(out, clock, startNanos);
    }

    /**
     * Plays the story.
     *
     * @throws DemoFailure naming the step that went wrong
     */
    DemoRun run() {
        timeline.header("UTM Kit demo: an organization's survey flight south of Almaty International Airport,\n"
                + "through the SDK against the reference server (in-process, in-memory H2, simulated clock)");
        String authorityPassword = generatedPassword();
        try (ReferenceServer server = startServer(authorityPassword)) {
            try {
                return play(server, authorityPassword);
            } catch (DemoFailure failure) {
                throw failure;
            } catch (RuntimeException e) {
                throw new DemoFailure("failed while " + doing + ": " + e, e);
            }
        }
    }

    private ReferenceServer startServer(String authorityPassword) {
        Map<String, String> values = new HashMap<>();
        values.put("utm.host", "127.0.0.1");
        values.put("utm.port", "0");
        values.put("utm.admin.email", AUTHORITY_EMAIL);
        values.put("utm.admin.password", authorityPassword);
        values.put("utm.shutdown-grace", "PT2S");
        // Hibernate and its validator log through JBoss Logging, which picks java.util.logging
        // unless told otherwise: route it to SLF4J, which the demo keeps to warnings.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        ReferenceServer server;
        try {
            // A cheap password hash keeps the sign-ins quick; a real deployment keeps recommended().
            server = ReferenceServer.start(ServerSettings.from(values), clock,
                    Argon2PasswordHasher.withCost(4_096, 1, 1));
        } catch (RuntimeException e) {
            throw new DemoFailure("the reference server did not start: " + e, e);
        }
        timeline.add("server", Step.SERVER_STARTED, "reference server on http://127.0.0.1:" + server.port()
                + "/ (in-memory H2); first authority admin " + AUTHORITY_EMAIL);
        return server;
    }

    private DemoRun play(ReferenceServer server, String authorityPassword) {
        String baseUrl = "http://127.0.0.1:" + server.port();

        doing = "signing in as the authority";
        UtmClient authority = client(baseUrl, AUTHORITY_EMAIL, authorityPassword);
        User authorityUser = authority.users().me();
        timeline.add("authority", "signed in as " + authorityUser.fullName() + " (" + authorityUser.role() + ")");

        doing = "registering the organization and its admin";
        Organization steppe = authority.organizations().register(new RegisterOrganization("Steppe Aerial Survey",
                "050440000002", "Abai Ave 10", "Almaty"));
        timeline.add("authority", "registered organization #" + steppe.id() + " " + steppe.name());
        String adminPassword = generatedPassword();
        User adminUser = authority.users().create(CreateUser.member("Aigerim Sadykova", ADMIN_EMAIL, adminPassword,
                UserRole.ORGANIZATION_ADMIN, steppe.id()));
        timeline.add("authority", "created its admin #" + adminUser.id() + " " + adminUser.fullName());
        UtmClient admin = client(baseUrl, ADMIN_EMAIL, adminPassword);

        doing = "creating the pilot and the drone";
        String pilotPassword = generatedPassword();
        User pilotUser = admin.users().create(CreateUser.member("Daniyar Bekov", PILOT_EMAIL, pilotPassword,
                UserRole.ORGANIZATION_PILOT, steppe.id()));
        timeline.add("org admin", "created pilot #" + pilotUser.id() + " " + pilotUser.fullName());
        Drone drone = admin.drones().register(RegisterDrone.forOrganization("DJI", "Matrice 350 RTK",
                "1581F5FHD22A", steppe.id()));
        admin.drones().assignPilot(drone.id(), pilotUser.id());
        timeline.add("org admin", "registered drone #" + drone.id() + " " + drone.brand() + " " + drone.model()
                + " (" + drone.serialNumber() + "), assigned to " + pilotUser.fullName());
        UtmClient pilot = client(baseUrl, PILOT_EMAIL, pilotPassword);

        doing = "defining the restricted zones";
        Zone airport = authority.zones().create(DemoAirspace.airportZone());
        zoneNames.put(airport.id(), airport.name());
        timeline.add("authority", "restricted zone #" + airport.id() + " " + airport.name() + ": circle, "
                + (int) DemoAirspace.AIRPORT_RADIUS_M + " m around the airport, every altitude");
        Zone depot = authority.zones().create(DemoAirspace.depotZone());
        zoneNames.put(depot.id(), depot.name());
        timeline.add("authority", "restricted zone #" + depot.id() + " " + depot.name() + ": polygon of "
                + DemoAirspace.DEPOT_OUTLINE.size() + " corners, ground to 300 m");

        clock.advance(Duration.ofMinutes(12));
        Instant departure = clock.instant().plus(Duration.ofMinutes(45));
        Instant arrival = departure.plus(Duration.ofMinutes(15));

        doing = "pre-checking the direct route offline";
        SubmitFlightPlan direct = new SubmitFlightPlan(drone.id(), departure, arrival,
                Optional.of("pipeline survey, direct"), DemoAirspace.waypoints(DemoAirspace.DIRECT_ROUTE));
        RoutePreCheck airspace = RoutePreCheck.download(pilot);
        List<RouteConflict> foundLocally = preCheckExpectingConflict(airspace, direct, airport);

        doing = "submitting the direct route";
        List<Integer> refusedZones = submitExpectingRefusal(pilot, direct, airport, foundLocally);

        doing = "submitting the route around the airport zone";
        SubmitFlightPlan around = new SubmitFlightPlan(drone.id(), departure, arrival,
                Optional.of("pipeline survey, around the airport zone"),
                DemoAirspace.waypoints(DemoAirspace.AROUND_ROUTE));
        List<RouteConflict> aroundConflicts = airspace.check(around.waypoints());
        if (!aroundConflicts.isEmpty()) {
            throw new DemoFailure("the pre-check finds the route around the airport zone in conflict: "
                    + aroundConflicts);
        }
        timeline.add("pilot", "pre-check: the route around the zone is clear");
        FlightPlan plan = pilot.flightPlans().submit(around);
        expectStatus(plan, FlightPlanStatus.PENDING_ORG_APPROVAL);
        timeline.add("pilot", Step.SUBMITTED, "submitted plan #" + plan.id() + " around the zone ("
                + plan.waypoints().size() + " waypoints, departure " + Timeline.clockTime(departure) + "): "
                + plan.status());

        doing = "approving the plan as the organization's admin";
        clock.advance(Duration.ofMinutes(6));
        FlightPlan byOrganization = admin.flightPlans().approve(plan.id());
        expectStatus(byOrganization, FlightPlanStatus.PENDING_AUTHORITY_APPROVAL);
        timeline.add("org admin", Step.ORGANIZATION_APPROVED, "approved plan #" + plan.id() + ": "
                + plan.status() + " -> " + byOrganization.status());

        doing = "approving the plan as the authority";
        clock.advance(Duration.ofMinutes(14));
        FlightPlan approved = authority.flightPlans().approve(plan.id());
        expectStatus(approved, FlightPlanStatus.APPROVED);
        timeline.add("authority", Step.AUTHORITY_APPROVED, "approved plan #" + plan.id() + ": "
                + byOrganization.status() + " -> " + approved.status());

        doing = "opening the pilot's alert stream";
        try (AlertWatch alerts = AlertWatch.open(pilot, this::alertArrived, Duration.ofSeconds(10))) {
            timeline.add("pilot", "ground station subscribed to the alert stream");

            doing = "taking off";
            clock.advanceTo(departure);
            FlightPlan active = pilot.flightPlans().activate(plan.id());
            expectStatus(active, FlightPlanStatus.ACTIVE);
            timeline.add("pilot", Step.ACTIVATED, "took off: plan #" + plan.id() + " " + approved.status() + " -> "
                    + active.status());

            doing = "flying and streaming telemetry";
            Alert alert = fly(pilot, drone, plan, depot, alerts);

            doing = "completing the plan";
            clock.advance(Duration.ofSeconds(3));
            FlightPlan completed = pilot.flightPlans().complete(plan.id());
            expectStatus(completed, FlightPlanStatus.COMPLETED);
            Duration flown = Duration.between(completed.actualDepartureTime().orElseThrow(),
                    completed.actualArrivalTime().orElseThrow());
            timeline.add("pilot", Step.COMPLETED, "plan #" + plan.id() + " " + active.status() + " -> "
                    + completed.status() + " (flew " + minutesAndSeconds(flown) + ")");
            List<Alert> received = alerts.received();
            return new DemoRun(timeline.entries(), airport.id(), depot.id(), plan.id(), refusedZones, alert,
                    received);
        }
    }

    private List<RouteConflict> preCheckExpectingConflict(RoutePreCheck airspace, SubmitFlightPlan direct,
            Zone crossed) {
        List<RouteConflict> conflicts = airspace.check(direct.waypoints());
        List<Integer> zoneIds = conflicts.stream().map(RouteConflict::zoneId).distinct().toList();
        if (!zoneIds.equals(List.of(crossed.id()))) {
            throw new DemoFailure("the pre-check finds the direct route in conflict with zones " + zoneIds
                    + ", expected only #" + crossed.id() + " " + crossed.name());
        }
        RouteConflict conflict = conflicts.get(0);
        timeline.add("pilot", Step.PRE_CHECK_CONFLICT, "pre-check, offline against the " + airspace.zoneCount()
                + " zones in force: the direct route (" + direct.waypoints().size() + " waypoints) enters zone #"
                + conflict.zoneId() + " " + conflict.zoneName() + " on leg " + conflict.legIndex() + " at "
                + position(conflict.entryLatitude(), conflict.entryLongitude()));
        return conflicts;
    }

    private List<Integer> submitExpectingRefusal(UtmClient pilot, SubmitFlightPlan direct, Zone crossed,
            List<RouteConflict> foundLocally) {
        timeline.add("pilot", "submits the direct route anyway: the server checks every submission");
        FlightPlan accepted;
        try {
            accepted = pilot.flightPlans().submit(direct);
        } catch (ConflictException refused) {
            if (!refused.zoneIds().equals(List.of(crossed.id()))) {
                throw new DemoFailure("the direct route was refused for zones " + refused.zoneIds()
                        + ", expected only #" + crossed.id() + " " + crossed.name());
            }
            if (!sameZonesAndLegs(refused.conflicts(), foundLocally)) {
                throw new DemoFailure("the server's conflicts " + refused.conflicts()
                        + " are not the pre-check's " + foundLocally);
            }
            RouteConflict conflict = refused.conflicts().get(0);
            timeline.add("server", Step.ROUTE_REFUSED, "refused the direct route, " + refused.status() + " "
                    + refused.problem().typeName().orElse("conflict") + ": it enters zone #" + conflict.zoneId() + " "
                    + conflict.zoneName() + " on leg " + conflict.legIndex() + " at "
                    + position(conflict.entryLatitude(), conflict.entryLongitude()) + ", as the pre-check found");
            return refused.zoneIds();
        }
        throw new DemoFailure("the direct route through " + crossed.name() + " was accepted as plan #"
                + accepted.id() + " (" + accepted.status() + "); it should have been refused");
    }

    /** Flies the plan, the stray included, streaming a fix a second; returns the NFZ alert. */
    private Alert fly(UtmClient pilot, Drone drone, FlightPlan plan, Zone depot, AlertWatch alerts) {
        List<Spot> route = DemoAirspace.AROUND_ROUTE;
        SimulatedDrone aircraft = new SimulatedDrone(route.get(0), clock.instant(), GROUND_SPEED_MPS);
        Alert alert;
        TelemetryLink link = new TelemetryLink(pilot, drone.id(), "flight-" + plan.id(), this::stored);
        try (link) {
            send(link, aircraft.flyTowards(route.get(0)));
            flyTo(link, aircraft, route.get(1));
            flyTo(link, aircraft, route.get(2));
            flyTo(link, aircraft, DemoAirspace.STRAY_FROM);
            timeline.add("drone", "drifts south off the route, towards the " + depot.name());
            while (!DemoAirspace.insideDepot(aircraft.position())) {
                if (aircraft.isAt(DemoAirspace.STRAY_TOWARDS)) {
                    throw new DemoFailure("the simulated drone never entered the " + depot.name() + " zone");
                }
                send(link, aircraft.flyTowards(DemoAirspace.STRAY_TOWARDS));
            }
            link.flush();
            alert = alerts.await(a -> a.to() == ConformanceStatus.NFZ_ALERT && a.zoneIds().contains(depot.id()),
                    ALERT_DEADLINE).orElseThrow(() -> new DemoFailure("no NFZ_ALERT for zone #" + depot.id() + " "
                            + depot.name() + " arrived on the alert stream within " + ALERT_DEADLINE.toSeconds()
                            + " s of the drone entering it; alerts received: " + alerts.received()
                            + alerts.lastDisconnection().map(cause -> "; the stream dropped: " + cause).orElse("")));
            timeline.add("pilot", "turns back to the route");
            flyTo(link, aircraft, DemoAirspace.REJOIN_AT);
            for (Spot waypoint : route.subList(3, route.size())) {
                flyTo(link, aircraft, waypoint);
            }
        }
        timeline.add("drone", Step.LANDED, "landed at " + position(route.get(route.size() - 1).latitude(),
                route.get(route.size() - 1).longitude()) + ": " + link.stats());
        return alert;
    }

    private void flyTo(TelemetryLink link, SimulatedDrone aircraft, Spot target) {
        while (!aircraft.isAt(target)) {
            send(link, aircraft.flyTowards(target));
        }
    }

    private void send(TelemetryLink link, TelemetryInput fix) {
        // The server's "now" keeps up with the drone: its fixes are never in the future.
        clock.advanceTo(fix.timestamp());
        link.send(fix);
    }

    private void stored(TelemetryInput sent, TelemetryPoint stored) {
        ConformanceStatus status = stored.conformance().orElse(null);
        synchronized (conformanceLock) {
            if (conformance == null) {
                timeline.add("drone", stored.timestamp(), "first fix stored at " + position(stored.latitude(), stored.longitude())
                        + ": " + status);
            } else if (status != conformance) {
                timeline.add("drone", stored.timestamp(), "conformance " + conformance + " -> " + status + " at "
                        + position(stored.latitude(), stored.longitude()) + ", " + Math.round(stored.altitudeM())
                        + " m");
            }
            conformance = status;
        }
    }

    private void alertArrived(Alert alert) {
        String zones = alert.zoneIds().isEmpty() ? "" : ", zone " + alert.zoneIds().stream()
                .map(id -> "#" + id + " " + zoneNames.getOrDefault(id, "?")).collect(Collectors.joining(", "));
        String text = "alert #" + alert.id() + ": drone #" + alert.droneId() + " " + alert.from() + " -> "
                + alert.to() + zones;
        if (alert.to() == ConformanceStatus.NFZ_ALERT) {
            timeline.add("alert stream", alert.occurredAt(), Step.NFZ_ALERT, text);
        } else {
            timeline.add("alert stream", alert.occurredAt(), text);
        }
    }

    private static boolean sameZonesAndLegs(List<RouteConflict> server, List<RouteConflict> local) {
        return server.stream().map(c -> c.zoneId() + "/" + c.legIndex()).toList()
                .equals(local.stream().map(c -> c.zoneId() + "/" + c.legIndex()).toList());
    }

    private static void expectStatus(FlightPlan plan, FlightPlanStatus expected) {
        if (plan.status() != expected) {
            throw new DemoFailure("plan #" + plan.id() + " is " + plan.status() + ", expected " + expected);
        }
    }

    private UtmClient client(String baseUrl, String email, String password) {
        return UtmClient.builder().baseUrl(baseUrl).credentials(email, password).clock(clock).build();
    }

    private static String generatedPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String position(double latitude, double longitude) {
        return String.format(Locale.ROOT, "%.5f N %.5f E", latitude, longitude);
    }

    private static String minutesAndSeconds(Duration duration) {
        return duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
    }
}
