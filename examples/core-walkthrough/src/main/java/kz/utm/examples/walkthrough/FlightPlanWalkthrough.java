package kz.utm.examples.walkthrough;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import kz.utm.core.UtmCore;
import kz.utm.core.common.Audit;
import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.constraints.KazakhIdChecksum;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.RegisterDrone;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.SubmitFlightPlan;
import kz.utm.core.flightplan.WaypointInput;
import kz.utm.core.memory.InMemoryStorage;
import kz.utm.core.organization.Organization;
import kz.utm.core.organization.RegisterOrganization;
import kz.utm.core.telemetry.ReportTelemetry;
import kz.utm.core.telemetry.TelemetryInput;
import kz.utm.core.user.Argon2PasswordHasher;
import kz.utm.core.user.CreateUser;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;

/**
 * Embeds utm-core with its in-memory adapters and walks one flight plan from submission
 * through the organization's and the authority's approval to completion, printing each step
 * and each domain event.
 */
public final class FlightPlanWalkthrough {

    // Keeps Hibernate Validator's start-up banner out of the walkthrough's output; a strong
    // reference, since java.util.logging holds loggers weakly.
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    private final PrintStream out;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-06-01T06:00:00Z"));

    FlightPlanWalkthrough(PrintStream out) {
        this.out = out;
    }

    /** Runs the walkthrough; exits with a non-zero status if any step fails. */
    public static void main(String[] args) {
        VALIDATOR_LOG.setLevel(Level.WARNING);
        System.out.println("UTM Kit: one flight plan, embedded utm-core with in-memory storage");
        new FlightPlanWalkthrough(System.out).run();
        System.out.println("Done.");
    }

    /**
     * Walks the plan and returns it as stored at the end.
     *
     * @throws kz.utm.core.common.UtmException if a step is refused
     */
    FlightPlan run() {
        InMemoryStorage storage = new InMemoryStorage();
        UtmCore utm = UtmCore.builder()
                .storage(storage)
                .clock(clock)
                // Cheap hashing keeps the demo instant; a service keeps the recommended default.
                .passwordHasher(Argon2PasswordHasher.withCost(1024, 1, 1))
                .eventPublisher(this::collect)
                .build();

        User authority = storage.users().insert(new User(storage.users().nextId(), "Aviation Authority",
                "authority@caa.example.kz", Optional.empty(), Optional.empty(),
                Argon2PasswordHasher.withCost(1024, 1, 1).hash("correct horse battery"), UserRole.AUTHORITY_ADMIN,
                Optional.empty(), true, 0, Audit.createdAt(clock.instant())));
        step("The first authority admin is seeded: " + authority.email());

        Organization org = utm.organizations().register(authority.id(), new RegisterOrganization(
                "Steppe Aerial Survey", bin("0504400000"), "Abai Ave 10", "Almaty"));
        step("The authority registers organization " + org.name() + " (BIN " + org.bin() + ")");

        User admin = utm.users().createUser(authority.id(), new CreateUser("Aigerim Sadykova",
                "aigerim@steppe.example.kz", Optional.of("+77011234567"), Optional.empty(), "admin-password",
                UserRole.ORGANIZATION_ADMIN, Optional.of(org.id())));
        step("The authority creates its admin " + admin.fullName());

        User pilot = utm.users().createUser(admin.id(), new CreateUser("Daniyar Bekov", "daniyar@steppe.example.kz",
                Optional.empty(), Optional.empty(), "pilot-password", UserRole.ORGANIZATION_PILOT,
                Optional.of(org.id())));
        step("The admin creates pilot " + pilot.fullName());

        Drone drone = utm.drones().register(admin.id(), new RegisterDrone("DJI", "Matrice 350 RTK", "1581F5FHD22A",
                Optional.of(org.id())));
        utm.drones().assign(admin.id(), pilot.id(), drone.id());
        step("The admin registers drone " + drone.brand() + " " + drone.model() + " and assigns it to the pilot");

        Instant departure = clock.instant().plus(Duration.ofHours(2));
        FlightPlan plan = utm.flightPlans().submit(pilot.id(), new SubmitFlightPlan(drone.id(), departure,
                departure.plus(Duration.ofMinutes(40)), Optional.of("Survey of the Big Almaty canal"), List.of(
                        new WaypointInput(0, 43.2380, 76.9450, 0),
                        new WaypointInput(1, 43.2450, 76.9600, 120),
                        new WaypointInput(2, 43.2520, 76.9800, 120),
                        new WaypointInput(3, 43.2380, 76.9450, 0))));
        step("The pilot submits plan " + plan.id() + ": " + plan.status());

        clock.advance(Duration.ofMinutes(15));
        plan = utm.flightPlans().approveByOrganization(admin.id(), plan.id());
        step("The organization admin approves it: " + plan.status());

        clock.advance(Duration.ofMinutes(30));
        plan = utm.flightPlans().approveByAuthority(authority.id(), plan.id());
        step("The authority approves it: " + plan.status() + " at " + plan.approvedAt().orElseThrow());

        clock.advance(Duration.ofMinutes(75));
        plan = utm.flightPlans().activate(pilot.id(), plan.id());
        step("The pilot takes off: " + plan.status() + ", departed " + plan.actualDepartureTime().orElseThrow());

        clock.advance(Duration.ofMinutes(10));
        utm.telemetry().report(pilot.id(), new ReportTelemetry(drone.id(), List.of(
                new TelemetryInput(clock.instant(), 43.2450, 76.9600, 118.5, Optional.of(12.0), Optional.of(61.0),
                        Optional.of("ON_SCHEDULE")))));
        step("The drone reports telemetry, tied to plan " + plan.id());

        clock.advance(Duration.ofMinutes(28));
        plan = utm.flightPlans().complete(pilot.id(), plan.id());
        step("The pilot lands: " + plan.status() + ", arrived " + plan.actualArrivalTime().orElseThrow());
        return plan;
    }

    private static String bin(String firstTen) {
        // YYMM, type 4, attribute 0, serial: the walkthrough computes a valid check digit.
        for (int last = 0; last <= 9; last++) {
            String body = firstTen + last;
            var digit = KazakhIdChecksum.checkDigit(body);
            if (digit.isPresent()) {
                return body + digit.getAsInt();
            }
        }
        throw new IllegalStateException("no valid BIN with prefix " + firstTen);
    }

    private void step(String text) {
        out.println("[" + clock.instant() + "] " + text);
        for (DomainEvent event : pendingEvents) {
            out.println("      event " + event.getClass().getSimpleName());
        }
        pendingEvents.clear();
    }

    private void collect(DomainEvent event) {
        pendingEvents.add(event);
    }

    /** A clock the walkthrough moves forward between steps, so that every recorded time differs. */
    private static final class SteppingClock extends Clock {

        private Instant now;

        SteppingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the walkthrough runs in UTC");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
