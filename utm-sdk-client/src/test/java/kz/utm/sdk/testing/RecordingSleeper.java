package kz.utm.sdk.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import kz.utm.sdk.Sleeper;

/** A sleeper that records every wait and returns at once, so no test sleeps for timing. Thread-safe. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
    }

    /** The waits asked for, in order. */
    public List<Duration> waits() {
        synchronized (waits) {
            return List.copyOf(waits);
        }
    }
}
