package kz.utm.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.EventPublisher;

/**
 * An {@link EventPublisher} that keeps every event, in the order published, for tests to
 * inspect.
 *
 * <p>Thread-safe: services publish from their callers' threads; every method takes the same
 * lock and every list returned is a copy. A null event is refused with
 * {@link NullPointerException}.
 */
public final class RecordingEventPublisher implements EventPublisher {

    private final List<DomainEvent> events = new ArrayList<>();

    @Override
    public synchronized void publish(DomainEvent event) {
        events.add(Objects.requireNonNull(event, "event"));
    }

    /** Every event so far, oldest first. */
    public synchronized List<DomainEvent> all() {
        return List.copyOf(events);
    }

    /** How many events were published so far: a mark for {@link #since}. */
    public synchronized int mark() {
        return events.size();
    }

    /** The events published after {@code mark} was taken, oldest first. */
    public synchronized List<DomainEvent> since(int mark) {
        if (mark < 0 || mark > events.size()) {
            throw new IllegalArgumentException("mark " + mark + " is not in [0, " + events.size() + "]");
        }
        return List.copyOf(events.subList(mark, events.size()));
    }

    /** Every event of the given type so far, oldest first. */
    public synchronized <E extends DomainEvent> List<E> ofType(Class<E> type) {
        Objects.requireNonNull(type, "type");
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Forgets every event. */
    public synchronized void clear() {
        events.clear();
    }
}
