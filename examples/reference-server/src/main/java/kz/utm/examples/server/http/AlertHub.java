package kz.utm.examples.server.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.utm.core.UtmCore;
import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.EventPublisher;
import kz.utm.core.common.UserId;
import kz.utm.core.common.UtmException;
import kz.utm.core.telemetry.ConformanceChanged;

/**
 * The alert streams' source: an {@link EventPublisher} that numbers every
 * {@link ConformanceChanged} event, keeps the latest {@value #RETAINED} for streams that
 * reconnect, and delivers each to the subscribers whose user may read the drone.
 *
 * <p>Delivery happens on one dispatcher thread, so a slow or dead stream never slows the
 * service call that published the event, and each subscriber sees alerts in id order, the
 * replayed ones first. Thread-safe.
 */
public final class AlertHub implements EventPublisher, AutoCloseable {

    /** How many recent alerts a reconnecting stream can resume from. */
    public static final int RETAINED = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(AlertHub.class);

    private final AtomicLong sequence = new AtomicLong();
    private final Deque<Alert> recent = new ArrayDeque<>();
    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService dispatcher;
    private volatile UtmCore core;

    /** A hub with no subscriber; {@link #attach} it to the core before the first event. */
    public AlertHub() {
        dispatcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "utm-alert-dispatch");
            thread.setDaemon(true);
            return thread;
        });
        // Proxies close idle connections and a dead client is only found by writing to it.
        dispatcher.scheduleWithFixedDelay(this::heartbeat, 15, 15, TimeUnit.SECONDS);
    }

    /** The services whose read rules decide who sees which alert. */
    public void attach(UtmCore utmCore) {
        this.core = Objects.requireNonNull(utmCore, "utmCore");
    }

    @Override
    public void publish(DomainEvent event) {
        if (event instanceof ConformanceChanged change) {
            Alert alert = new Alert(sequence.incrementAndGet(), change);
            synchronized (recent) {
                recent.addLast(alert);
                if (recent.size() > RETAINED) {
                    recent.removeFirst();
                }
            }
            dispatcher.execute(() -> deliver(alert));
        }
    }

    /**
     * Subscribes a user's stream: first the retained alerts after {@code lastSeenId} that the
     * user may see, then every new one, until the subscription is cancelled or a send fails.
     *
     * @param lastSeenId the id of the last alert the client received, 0 for none
     * @return the subscription, to cancel when the stream closes
     */
    public Subscription subscribe(UserId user, long lastSeenId, AlertSink sink) {
        Subscription subscription = new Subscription(Objects.requireNonNull(user, "user"),
                Objects.requireNonNull(sink, "sink"));
        try {
            dispatcher.submit(() -> {
                List<Alert> missed;
                synchronized (recent) {
                    missed = new ArrayList<>(recent);
                }
                for (Alert alert : missed) {
                    if (alert.id() > lastSeenId && mayRead(user, alert)) {
                        sink.send(alert);
                    }
                }
                subscriptions.add(subscription);
            }).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the alert stream could not start", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the alert stream started", e);
        }
        return subscription;
    }

    /** The number of open subscriptions. */
    public int subscriberCount() {
        return subscriptions.size();
    }

    private void deliver(Alert alert) {
        for (Subscription subscription : subscriptions) {
            if (mayRead(subscription.user, alert)) {
                sendOrDrop(subscription, () -> subscription.sink.send(alert));
            }
        }
    }

    private void heartbeat() {
        for (Subscription subscription : subscriptions) {
            sendOrDrop(subscription, subscription.sink::heartbeat);
        }
    }

    private void sendOrDrop(Subscription subscription, Runnable send) {
        try {
            send.run();
        } catch (RuntimeException e) {
            LOG.debug("Dropping an alert stream that failed to send", e);
            subscription.cancel();
        }
    }

    // The same rule as reading the drone: its owner, its organization's admin, its assigned
    // pilots and the authority; a drone the user may not read gives no alert.
    private boolean mayRead(UserId user, Alert alert) {
        UtmCore services = core;
        if (services == null) {
            return false;
        }
        try {
            services.drones().get(user, alert.change().droneId());
            return true;
        } catch (UtmException hidden) {
            return false;
        }
    }

    /**
     * Ends every open stream, as a server does before it stops: a stream is a request that
     * never finishes by itself, and a graceful stop waits for the requests in flight.
     */
    public void disconnectAll() {
        subscriptions.forEach(Subscription::cancel);
    }

    /** Stops delivering. Streams still open are dropped without being written to. */
    @Override
    public void close() {
        subscriptions.clear();
        dispatcher.shutdownNow();
    }

    /** One numbered conformance change. */
    public record Alert(long id, ConformanceChanged change) {
    }

    /** Where a stream's alerts are written. Called on the dispatcher thread only. */
    public interface AlertSink {

        /** Sends one alert; throws if the client is gone. */
        void send(Alert alert);

        /** Sends a keep-alive; throws if the client is gone. */
        void heartbeat();

        /** Closes the client's stream. */
        void close();
    }

    /** An open stream; {@link #cancel()} ends it. */
    public final class Subscription {
        private final UserId user;
        private final AlertSink sink;

        private Subscription(UserId user, AlertSink sink) {
            this.user = user;
            this.sink = sink;
        }

        /** Stops delivering to this stream and closes it. Idempotent. */
        public void cancel() {
            if (subscriptions.remove(this)) {
                try {
                    sink.close();
                } catch (RuntimeException ignored) {
                    // The client is already gone.
                }
            }
        }
    }
}
