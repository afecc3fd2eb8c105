package kz.utm.sdk;

import java.util.Objects;

import kz.utm.sdk.internal.Transport;

/**
 * The alert stream ({@code GET /alerts}): the conformance changes of the drones the signed-in
 * user may read, as they happen, over one long-lived Server-Sent Events connection that is
 * re-established by itself. Thread-safe: any number of subscriptions may be open at once, each
 * with its own connection and thread.
 *
 * <pre>{@code
 * try (AlertSubscription alerts = utm.alerts().subscribe(alert -> show(alert))) {
 *     ...
 * }
 * }</pre>
 */
public final class Alerts {

    private final Transport transport;

    Alerts(Transport transport) {
        this.transport = transport;
    }

    /**
     * Opens the stream with {@link AlertStreamOptions#defaults()}: from the next alert on.
     *
     * @throws NullPointerException if the listener is null
     */
    public AlertSubscription subscribe(AlertListener listener) {
        return subscribe(listener, AlertStreamOptions.defaults());
    }

    /**
     * Opens the stream. Returns at once: the connection is made on the subscription's thread,
     * and {@link AlertListener#onConnected} tells when it is up. Close the subscription to end it.
     *
     * @throws NullPointerException if an argument is null
     */
    public AlertSubscription subscribe(AlertListener listener, AlertStreamOptions options) {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(options, "options");
        return AlertSubscription.start(transport, listener, options);
    }
}
