package kz.utm.core;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import kz.utm.core.access.AccessPolicy;
import kz.utm.core.common.CommandValidator;
import kz.utm.core.common.EventPublisher;
import kz.utm.core.drone.DroneService;
import kz.utm.core.flightplan.AirspaceChecker;
import kz.utm.core.flightplan.FlightPlanService;
import kz.utm.core.organization.OrganizationService;
import kz.utm.core.telemetry.ConformanceMonitor;
import kz.utm.core.telemetry.TelemetryService;
import kz.utm.core.user.Argon2PasswordHasher;
import kz.utm.core.user.PasswordHasher;
import kz.utm.core.user.UserService;
import kz.utm.core.zone.ZoneService;

/**
 * UTM Kit's domain, wired: the application services over one storage, one access policy, one
 * clock.
 *
 * <pre>{@code
 * UtmCore utm = UtmCore.builder()
 *         .storage(new InMemoryStorage())          // or a database adapter
 *         .airspaceChecker(geofence)               // optional: utm-geofence's checker
 *         .eventPublisher(event -> log(event))     // optional
 *         .build();
 * User pilot = utm.users().registerSoloPilot(...);
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one per storage and share it.
 */
public final class UtmCore {

    private final UserService users;
    private final OrganizationService organizations;
    private final DroneService drones;
    private final FlightPlanService flightPlans;
    private final TelemetryService telemetry;
    private final ZoneService zones;

    private UtmCore(Builder builder) {
        UtmStorage storage = builder.storage;
        AccessPolicy policy = new AccessPolicy();
        CommandValidator validator = builder.validator != null ? builder.validator
                : CommandValidator.withDefaultProvider();
        PasswordHasher hasher = builder.passwordHasher != null ? builder.passwordHasher
                : Argon2PasswordHasher.recommended();
        EventPublisher events = builder.eventPublisher;
        Clock clock = builder.clock;
        ServiceContext context = new ServiceContext(storage, policy, validator, events, clock);
        this.users = new UserService(context, hasher);
        this.organizations = new OrganizationService(context);
        this.drones = new DroneService(context);
        this.flightPlans = new FlightPlanService(context, builder.airspaceChecker);
        this.telemetry = new TelemetryService(context, Optional.ofNullable(builder.conformanceMonitor));
        this.zones = new ZoneService(context);
    }

    /** A builder; {@link Builder#storage} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Users: registration, accounts, roles, sign-in. */
    public UserService users() {
        return users;
    }

    /** Organizations. */
    public OrganizationService organizations() {
        return organizations;
    }

    /** Drones and pilot assignments. */
    public DroneService drones() {
        return drones;
    }

    /** Flight plans and their approval workflow. */
    public FlightPlanService flightPlans() {
        return flightPlans;
    }

    /** Telemetry. */
    public TelemetryService telemetry() {
        return telemetry;
    }

    /** Restricted zones. */
    public ZoneService zones() {
        return zones;
    }

    /** Builds a {@link UtmCore}. Not thread-safe; {@link #build()} checks it and may be called again. */
    public static final class Builder {

        private UtmStorage storage;
        private Clock clock = Clock.systemUTC();
        private AirspaceChecker airspaceChecker = AirspaceChecker.permitAll();
        private EventPublisher eventPublisher = EventPublisher.none();
        private PasswordHasher passwordHasher;
        private CommandValidator validator;
        private ConformanceMonitor conformanceMonitor;

        private Builder() {
        }

        /** Where everything is stored. Required. */
        public Builder storage(UtmStorage storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        /** The clock every timestamp comes from; the system UTC clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * What checks planned routes against restricted zones. By default
         * {@link AirspaceChecker#permitAll()}, which checks nothing: plug in utm-geofence's to
         * enforce zones.
         */
        public Builder airspaceChecker(AirspaceChecker airspaceChecker) {
            this.airspaceChecker = Objects.requireNonNull(airspaceChecker, "airspaceChecker");
            return this;
        }

        /**
         * What judges each telemetry point against the zones and the active plan (utm-geofence's
         * monitor). None by default: points keep the status message their reporter sent.
         */
        public Builder conformanceMonitor(ConformanceMonitor conformanceMonitor) {
            this.conformanceMonitor = Objects.requireNonNull(conformanceMonitor, "conformanceMonitor");
            return this;
        }

        /** Where domain events go; nowhere by default. */
        public Builder eventPublisher(EventPublisher eventPublisher) {
            this.eventPublisher = Objects.requireNonNull(eventPublisher, "eventPublisher");
            return this;
        }

        /** How passwords are hashed; {@link Argon2PasswordHasher#recommended()} by default. */
        public Builder passwordHasher(PasswordHasher passwordHasher) {
            this.passwordHasher = Objects.requireNonNull(passwordHasher, "passwordHasher");
            return this;
        }

        /** How commands are validated; the default Jakarta Validation provider by default. */
        public Builder validator(CommandValidator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /**
         * Builds the core.
         *
         * @throws IllegalStateException if no storage was given
         */
        public UtmCore build() {
            if (storage == null) {
                throw new IllegalStateException("UtmCore needs a storage: call storage(...)");
            }
            return new UtmCore(this);
        }
    }
}
