package kz.utm.examples.server;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.utm.core.UtmCore;
import kz.utm.core.common.CommandValidator;
import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.EventPublisher;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.flightplan.FlightPlanEvent;
import kz.utm.core.flightplan.FlightPlanStatus;
import kz.utm.core.user.CreateUser;
import kz.utm.core.user.PasswordHasher;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;
import kz.utm.examples.server.http.AlertHub;
import kz.utm.geofence.Geofence;
import kz.utm.geofence.GeofenceSettings;
import kz.utm.geofence.monitor.ConformanceSettings;
import kz.utm.geofence.monitor.GeofenceConformanceMonitor;
import kz.utm.persistence.jpa.JpaStorage;

/**
 * Every module of UTM Kit wired into one service: utm-persistence-jpa's storage (H2 or
 * PostgreSQL), utm-geofence's index (reloaded whenever a zone changes, and utm-core's airspace
 * checker) and conformance monitor, and utm-core's services on top, publishing their events to
 * the {@link AlertHub} that feeds the alert streams. This class knows nothing of HTTP.
 *
 * <p>Thread-safe. {@link #close()} stops the signal-lost sweep and closes the database.
 */
public final class UtmApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UtmApplication.class);

    private final JpaStorage storage;
    private final Geofence geofence;
    private final GeofenceConformanceMonitor monitor;
    private final AlertHub alerts;
    private final UtmCore core;
    private final CommandValidator validator;
    private final Clock clock;
    private final ScheduledExecutorService sweeper;

    private UtmApplication(JpaStorage storage, Clock clock, PasswordHasher hasher, EventPublisher observer) {
        this.storage = storage;
        this.clock = clock;
        this.validator = CommandValidator.withDefaultProvider();
        this.geofence = Geofence.loadedFrom(storage.zones(), GeofenceSettings.defaults());
        this.alerts = new AlertHub();
        this.monitor = new GeofenceConformanceMonitor(geofence, ConformanceSettings.defaults(), alerts, clock);
        this.core = UtmCore.builder()
                .storage(storage)
                .clock(clock)
                .validator(validator)
                .passwordHasher(hasher)
                .airspaceChecker(geofence)
                .conformanceMonitor(monitor)
                .eventPublisher(geofence.reloadingOnZoneEvents(storage.zones(), event -> {
                    alerts.publish(event);
                    stopFollowingEndedFlight(event);
                    observer.publish(event);
                }))
                .build();
        alerts.attach(core);
        this.sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "utm-signal-lost-sweep");
            thread.setDaemon(true);
            return thread;
        });
        // Drones that fall silent are only noticed by looking: a sweep every few seconds turns
        // silence longer than the monitor's limit into SIGNAL_LOST alerts.
        sweeper.scheduleWithFixedDelay(this::sweep, 5, 5, TimeUnit.SECONDS);
    }

    /**
     * Opens the database the settings name (running its migrations), builds the geofence from
     * its zones, and creates the first authority admin if there is none.
     *
     * @param settings where the database is and who the first admin is
     * @param clock the service's clock
     * @param hasher how passwords are hashed
     * @throws RuntimeException if the database cannot be opened or migrated
     */
    public static UtmApplication start(ServerSettings settings, Clock clock, PasswordHasher hasher) {
        return start(settings, clock, hasher, EventPublisher.none());
    }

    /**
     * As {@link #start(ServerSettings, Clock, PasswordHasher)}, with an observer that also
     * receives every domain event the services publish, on the publishing thread, after the
     * change is stored (for an audit log, metrics, or a test that needs to act mid-request).
     */
    public static UtmApplication start(ServerSettings settings, Clock clock, PasswordHasher hasher,
            EventPublisher observer) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(observer, "observer");
        JpaStorage storage = settings.databaseUrl()
                .map(url -> JpaStorage.migrateAndOpen(url, settings.databaseUser(), settings.databasePassword()))
                .orElseGet(JpaStorage::inMemoryH2);
        UtmApplication application;
        try {
            application = new UtmApplication(storage, Objects.requireNonNull(clock, "clock"),
                    Objects.requireNonNull(hasher, "hasher"), observer);
        } catch (RuntimeException e) {
            try {
                storage.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        application.createFirstAdmin(settings);
        return application;
    }

    private void createFirstAdmin(ServerSettings settings) {
        String password = settings.adminPassword().orElseGet(FirstAdminPassword::generate);
        Optional<User> created = core.users().createFirstAuthorityAdmin(new CreateUser("Aviation Authority",
                settings.adminEmail(), Optional.empty(), Optional.empty(), password, UserRole.AUTHORITY_ADMIN,
                Optional.empty()));
        created.ifPresent(admin -> {
            if (settings.adminPassword().isPresent()) {
                LOG.info("Created the first authority admin {} with the configured password", admin.email());
            } else {
                LOG.warn("Created the first authority admin {} with the generated password {} (shown once; "
                        + "set utm.admin.password to choose it)", admin.email(), password);
            }
        });
    }

    // A drone whose flight has ended is no longer followed: silent on the ground, it must not be
    // declared SIGNAL_LOST by the next sweep; its next point starts afresh.
    private void stopFollowingEndedFlight(DomainEvent event) {
        FlightPlanId ended = null;
        if (event instanceof FlightPlanEvent.FlightPlanCompleted completed) {
            ended = completed.planId();
        } else if (event instanceof FlightPlanEvent.FlightPlanCancelled cancelled
                && cancelled.from() == FlightPlanStatus.ACTIVE) {
            ended = cancelled.planId();
        }
        if (ended != null) {
            storage.flightPlans().findByIdIncludingDeleted(ended).ifPresent(plan -> monitor.forget(plan.droneId()));
        }
    }

    private void sweep() {
        try {
            monitor.sweep();
        } catch (RuntimeException e) {
            LOG.warn("The signal-lost sweep failed; it runs again in 5 s", e);
        }
    }

    /** utm-core's services. */
    public UtmCore core() {
        return core;
    }

    /** The geofence the routes and telemetry are checked against. */
    public Geofence geofence() {
        return geofence;
    }

    /** The conformance monitor: each drone's latest status. */
    public GeofenceConformanceMonitor monitor() {
        return monitor;
    }

    /** Where the services' events go; the alert streams subscribe here. */
    public AlertHub alerts() {
        return alerts;
    }

    /** The validator the services check commands with. */
    public CommandValidator validator() {
        return validator;
    }

    /** The service's clock. */
    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        alerts.close();
        storage.close();
    }
}
