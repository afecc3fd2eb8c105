package kz.utm.sdk;

import kz.utm.sdk.wire.Alert;

/**
 * What an {@link AlertSubscription} tells: each alert, and the stream's connections coming and
 * going.
 *
 * <p><b>Threads.</b> Every callback of one subscription runs on that subscription's own thread
 * (a daemon thread named {@code utm-alert-stream-<n>}), one at a time and in order: alerts in
 * the order the server numbered them, {@link #onConnected} before the alerts of its connection,
 * {@link #onDisconnected} after them. A callback that blocks holds back its own stream (the
 * connection is read no further meanwhile) and nothing else. Callbacks of different
 * subscriptions may run at the same time.
 *
 * <p><b>Failures.</b> A callback that throws does not end the stream: the alert counts as
 * delivered (it is not sent again), and the exception goes to the thread's uncaught-exception
 * handler (the JVM's default one prints it to {@code System.err}; set your own with
 * {@link Thread#setDefaultUncaughtExceptionHandler}).
 */
@FunctionalInterface
public interface AlertListener {

    /** An alert: a drone's conformance status changed. Each alert is delivered once. */
    void onAlert(Alert alert);

    /** A connection was established: alerts flow until {@link #onDisconnected}. Does nothing by default. */
    default void onConnected() {
    }

    /**
     * A connection ended, or an attempt to connect failed. The subscription then waits and
     * reconnects, resuming after the last alert received, unless the cause is final: a refusal
     * that trying again cannot change ({@link kz.utm.sdk.error.AuthenticationException} after a
     * fresh sign-in, {@link kz.utm.sdk.error.PermissionDeniedException}, or another 4xx
     * {@link kz.utm.sdk.error.UtmApiException} such as 406), after which
     * {@link AlertSubscription#isClosed()} is true and no callback follows. Not called when the
     * subscription is {@linkplain AlertSubscription#close() closed} by its owner. Does nothing by
     * default.
     *
     * @param cause why: a {@link kz.utm.sdk.error.ConnectionException} for a broken, ended or
     *     silent connection (its {@code status()} is 0), or the exception of the server's error
     *     answer
     */
    default void onDisconnected(Throwable cause) {
    }
}
