package kz.utm.sdk.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import kz.utm.sdk.OverflowPolicy;
import kz.utm.sdk.TelemetryListener;
import kz.utm.sdk.error.UtmApiException;
import kz.utm.sdk.wire.TelemetryInput;
import kz.utm.sdk.wire.TelemetryPoint;

/** A listener that records every call and the thread it came on. Thread-safe. */
public final class RecordingTelemetryListener implements TelemetryListener {

    /** A point stored, as sent and as answered. */
    public record Stored(TelemetryInput sent, TelemetryPoint stored, String thread) {
    }

    /** A point dropped. */
    public record Dropped(TelemetryInput point, OverflowPolicy why, String thread) {
    }

    /** A batch given up. */
    public record Rejected(List<TelemetryInput> batch, UtmApiException error, String thread) {
    }

    private final List<Stored> stored = Collections.synchronizedList(new ArrayList<>());
    private final List<Dropped> dropped = Collections.synchronizedList(new ArrayList<>());
    private final List<Rejected> rejected = Collections.synchronizedList(new ArrayList<>());
    private final List<Boolean> connection = Collections.synchronizedList(new ArrayList<>());
    private final List<List<TelemetryInput>> abandoned = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void onStored(TelemetryInput sent, TelemetryPoint point) {
        stored.add(new Stored(sent, point, Thread.currentThread().getName()));
    }

    @Override
    public void onDropped(TelemetryInput point, OverflowPolicy why) {
        dropped.add(new Dropped(point, why, Thread.currentThread().getName()));
    }

    @Override
    public void onRejected(List<TelemetryInput> batch, UtmApiException error) {
        rejected.add(new Rejected(batch, error, Thread.currentThread().getName()));
    }

    @Override
    public void onConnectionChange(boolean online) {
        connection.add(online);
    }

    @Override
    public void onAbandoned(List<TelemetryInput> points) {
        abandoned.add(points);
    }

    /** The onStored calls, in order. */
    public List<Stored> stored() {
        return copy(stored);
    }

    /** The onDropped calls, in order. */
    public List<Dropped> dropped() {
        return copy(dropped);
    }

    /** The onRejected calls, in order. */
    public List<Rejected> rejected() {
        return copy(rejected);
    }

    /** The onConnectionChange calls, in order. */
    public List<Boolean> connection() {
        return copy(connection);
    }

    /** The onAbandoned calls, in order. */
    public List<List<TelemetryInput>> abandoned() {
        return copy(abandoned);
    }

    private static <T> List<T> copy(List<T> calls) {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }
}
