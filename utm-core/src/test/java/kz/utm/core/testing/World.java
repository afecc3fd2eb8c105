package kz.utm.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

import kz.utm.core.UtmCore;
import kz.utm.core.UtmStorage;
import kz.utm.core.common.Audit;
import kz.utm.core.common.CommandValidator;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.common.constraints.KazakhIdChecksum;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.DroneStatus;
import kz.utm.core.drone.RegisterDrone;
import kz.utm.core.drone.UpdateDrone;
import kz.utm.core.flightplan.AirspaceChecker;
import kz.utm.core.flightplan.FlightPlanService;
import kz.utm.core.flightplan.SubmitFlightPlan;
import kz.utm.core.flightplan.WaypointInput;
import kz.utm.core.organization.Organization;
import kz.utm.core.organization.RegisterOrganization;
import kz.utm.core.user.Argon2PasswordHasher;
import kz.utm.core.user.CreateUser;
import kz.utm.core.user.PasswordHasher;
import kz.utm.core.user.RegisterSoloPilot;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;

/**
 * A small UTM for tests: a {@link UtmCore} over fresh in-memory storage
 * ({@link kz.utm.core.memory.InMemoryStorage}'s adapters), a
 * {@link MutableClock}, a {@link RecordingEventPublisher}, and one authority admin, plus
 * helpers that create the cast (organizations with their admins, pilots, solo pilots, drones,
 * assignments) through the services, as a real deployment would.
 *
 * <p>The authority admin is the one row inserted directly into storage: nothing else can
 * create the first authority. Everything else goes through the services, so a helper fails
 * loudly if the services refuse what a test assumes is allowed. Helpers make unique e-mails,
 * names, BINs and serial numbers from a counter, so one world may hold any number of each.
 *
 * <p>Password hashing is Argon2id at a toy cost, and every world shares one
 * {@link CommandValidator} (building one is slow): creating a world takes about a millisecond.
 * Helpers are thread-safe as the services are; tests usually build their cast on one thread
 * and then act.
 */
public final class World {

    /** When every world's clock starts, unless the builder says otherwise: a Monday morning. */
    public static final Instant START = Instant.parse("2026-06-01T06:00:00Z");

    /** The password of every user a world creates. */
    public static final String PASSWORD = "correct horse battery";

    private static final PasswordHasher CHEAP_HASHER = Argon2PasswordHasher.withCost(8, 1, 1);

    private static volatile CommandValidator sharedValidator;

    private final ResettableStorage storage = new ResettableStorage();
    private final MutableClock clock;
    private final RecordingEventPublisher events = new RecordingEventPublisher();
    private final UtmCore utm;
    private final User authority;
    private final AtomicInteger serial = new AtomicInteger();

    private World(Builder builder) {
        this.clock = new MutableClock(builder.start);
        this.utm = UtmCore.builder()
                .storage(storage)
                .clock(clock)
                .airspaceChecker(builder.airspaceChecker)
                .eventPublisher(events)
                .passwordHasher(CHEAP_HASHER)
                .validator(validator())
                .build();
        Instant now = clock.instant();
        this.authority = storage.users().insert(new User(storage.users().nextId(), "Aviation Authority",
                "authority@caa.example.kz", Optional.empty(), Optional.empty(), CHEAP_HASHER.hash(PASSWORD),
                UserRole.AUTHORITY_ADMIN, Optional.empty(), true, 0, Audit.createdAt(now)));
    }

    /** A world with no restricted airspace, its clock at {@link #START}. */
    public static World create() {
        return builder().build();
    }

    /** A builder, for a world with an airspace checker or another start time. */
    public static Builder builder() {
        return new Builder();
    }

    /** The services. */
    public UtmCore utm() {
        return utm;
    }

    /** Shorthand for {@code utm().flightPlans()}. */
    public FlightPlanService plans() {
        return utm.flightPlans();
    }

    /** The storage under the services, for reading what was stored. */
    public UtmStorage storage() {
        return storage;
    }

    /**
     * Throws every flight plan and every recorded event away, keeping the users, organizations,
     * drones and assignments: for running many independent scenarios over one cast. Plan ids
     * start again from 1. Must not race with commands.
     */
    public void forgetFlightPlans() {
        storage.forgetFlightPlans();
        events.clear();
    }

    /** The clock every service reads. */
    public MutableClock clock() {
        return clock;
    }

    /** Every event the services published. */
    public RecordingEventPublisher events() {
        return events;
    }

    /** The authority admin every world starts with. */
    public User authority() {
        return authority;
    }

    /** Every live row now. */
    public StoreSnapshot snapshot() {
        return StoreSnapshot.of(storage);
    }

    /** A user as stored now, deleted or not. */
    public User reload(User user) {
        return storage.users().findByIdIncludingDeleted(user.id()).orElseThrow();
    }

    /** A drone as stored now, deleted or not. */
    public Drone reload(Drone drone) {
        return storage.drones().findByIdIncludingDeleted(drone.id()).orElseThrow();
    }

    /** Another authority admin, created by the first. */
    public User newAuthorityAdmin() {
        int n = serial.incrementAndGet();
        return utm.users().createUser(authority.id(), new CreateUser("Authority Officer " + n,
                "officer" + n + "@caa.example.kz", Optional.empty(), Optional.empty(), PASSWORD,
                UserRole.AUTHORITY_ADMIN, Optional.empty()));
    }

    /**
     * An active organization registered by the authority, with its admin (created by the
     * authority, and so the organization's designated admin).
     */
    public Org newOrganization() {
        int n = serial.incrementAndGet();
        Organization registered = utm.organizations().register(authority.id(), new RegisterOrganization(
                "Aerial Works " + n, validBin(n), n + " Abay Avenue", "Almaty"));
        User admin = utm.users().createUser(authority.id(), new CreateUser("Organization Admin " + n,
                "admin" + n + "@org" + registered.id() + ".example.kz", Optional.empty(), Optional.empty(), PASSWORD,
                UserRole.ORGANIZATION_ADMIN, Optional.of(registered.id())));
        return new Org(storage.organizations().findById(registered.id()).orElseThrow(), admin);
    }

    /** A pilot of the organization, created by its admin. */
    public User newOrganizationPilot(Org org) {
        int n = serial.incrementAndGet();
        return utm.users().createUser(org.admin().id(), new CreateUser("Organization Pilot " + n,
                "pilot" + n + "@org" + org.id() + ".example.kz", Optional.empty(), Optional.empty(), PASSWORD,
                UserRole.ORGANIZATION_PILOT, Optional.of(org.id())));
    }

    /** A solo pilot, registered by themselves. */
    public User newSoloPilot() {
        int n = serial.incrementAndGet();
        return utm.users().registerSoloPilot(new RegisterSoloPilot("Solo Pilot " + n,
                "solo" + n + "@pilots.example.kz", Optional.empty(), Optional.empty(), PASSWORD));
    }

    /** An idle drone of the organization, registered by its admin. */
    public Drone newOrganizationDrone(Org org) {
        return utm.drones().register(org.admin().id(), new RegisterDrone("DJI", "Matrice 350",
                "SN-" + serial.incrementAndGet(), Optional.of(org.id())));
    }

    /** An idle drone owned by the solo pilot, registered by them. */
    public Drone newSoloDrone(User soloPilot) {
        return utm.drones().register(soloPilot.id(), new RegisterDrone("Autel", "EVO II",
                "SN-" + serial.incrementAndGet(), Optional.empty()));
    }

    /** The organization's admin assigns one of its pilots to one of its drones. */
    public void assign(Org org, User pilot, Drone drone) {
        utm.drones().assign(org.admin().id(), pilot.id(), drone.id());
    }

    /** The authority deactivates the user; returns them as stored. */
    public User deactivate(User user) {
        return utm.users().deactivate(authority.id(), user.id());
    }

    /** The drone's owner or organization admin ({@code actor}) puts it in the given status. */
    public Drone setDroneStatus(User actor, Drone drone, DroneStatus status) {
        Drone current = reload(drone);
        return utm.drones().update(actor.id(), drone.id(), new UpdateDrone(current.brand(), current.model(), status));
    }

    /** A valid plan for the drone over the window, along {@link #route(int) route(3)}, without notes. */
    public static SubmitFlightPlan plan(DroneId drone, Instant departure, Instant arrival) {
        return new SubmitFlightPlan(drone, departure, arrival, Optional.empty(), route(3));
    }

    /** A valid plan for the drone departing at {@code departure} and flying for {@code length}. */
    public static SubmitFlightPlan plan(DroneId drone, Instant departure, Duration length) {
        return plan(drone, departure, departure.plus(length));
    }

    /** {@code points} waypoints numbered 0, 1, 2, ..., heading north-east from Almaty at 120 m. */
    public static List<WaypointInput> route(int points) {
        List<WaypointInput> route = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            route.add(new WaypointInput(i, 43.238 + 0.001 * i, 76.889 + 0.001 * i, 120));
        }
        return route;
    }

    /**
     * A valid BIN whose serial digits are {@code n}: distinct for distinct {@code n} in
     * [0, 100000). A legal entity registered in June 2024; the entity type and attribute digits
     * are the first pair that gives the serial a check digit.
     */
    public static String validBin(int n) {
        if (n < 0 || n >= 100_000) {
            throw new IllegalArgumentException("n must be in [0, 100000), was " + n);
        }
        for (int type = 4; type <= 6; type++) {
            for (int attribute = 0; attribute <= 3; attribute++) {
                String body = "2406" + type + attribute + String.format("%05d", n);
                OptionalInt check = KazakhIdChecksum.checkDigit(body);
                if (check.isPresent()) {
                    return body + check.getAsInt();
                }
            }
        }
        throw new IllegalStateException("no BIN with serial " + n);
    }

    private static CommandValidator validator() {
        CommandValidator validator = sharedValidator;
        if (validator == null) {
            synchronized (World.class) {
                validator = sharedValidator;
                if (validator == null) {
                    validator = CommandValidator.withDefaultProvider();
                    sharedValidator = validator;
                }
            }
        }
        return validator;
    }

    /**
     * An organization as registered, with its admin.
     *
     * @param organization the organization as it was stored after its admin was created
     * @param admin its designated admin
     */
    public record Org(Organization organization, User admin) {

        /** @throws NullPointerException if a component is null */
        public Org {
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(admin, "admin");
        }

        /** The organization's id. */
        public OrganizationId id() {
            return organization.id();
        }

        /** The admin's id. */
        public UserId adminId() {
            return admin.id();
        }
    }

    /** Builds a {@link World}. Not thread-safe. */
    public static final class Builder {

        private AirspaceChecker airspaceChecker = AirspaceChecker.permitAll();
        private Instant start = START;

        private Builder() {
        }

        /** What checks submitted routes; {@link AirspaceChecker#permitAll()} by default. */
        public Builder airspaceChecker(AirspaceChecker checker) {
            this.airspaceChecker = Objects.requireNonNull(checker, "checker");
            return this;
        }

        /** Where the clock starts; {@link World#START} by default. */
        public Builder start(Instant instant) {
            this.start = Objects.requireNonNull(instant, "start");
            return this;
        }

        /** The world. */
        public World build() {
            return new World(this);
        }
    }
}
