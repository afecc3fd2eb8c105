package kz.utm.core.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.EventPublisher;

/**
 * An {@link EventPublisher} that keeps every published event in memory, in publication order,
 * and hands each to the subscribers registered when it is published.
 *
 * <p>For tests, demos and small embedded deployments: the log grows without bound until
 * {@link #clear()}. Thread-safe: publication appends under a lock, so that the log's order is
 * the order in which publishing finished; subscribers run on the publishing thread, outside
 * that lock, and what they throw reaches the publisher.
 */
public final class InMemoryEventLog implements EventPublisher {

    private final List<DomainEvent> events = new ArrayList<>();
    private final List<Consumer<? super DomainEvent>> subscribers = new CopyOnWriteArrayList<>();

    /** Creates an empty log without subscribers. */
    public InMemoryEventLog() {
    }

    @Override
    public void publish(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        synchronized (events) {
            events.add(event);
        }
        for (Consumer<? super DomainEvent> subscriber : subscribers) {
            subscriber.accept(event);
        }
    }

    /**
     * Registers a subscriber for the events published from now on.
     *
     * @throws NullPointerException if {@code subscriber} is null
     */
    public void subscribe(Consumer<? super DomainEvent> subscriber) {
        subscribers.add(Objects.requireNonNull(subscriber, "subscriber"));
    }

    /** A copy of every event published so far, oldest first. */
    public List<DomainEvent> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** A copy of the events of the given type published so far, oldest first. */
    public <E extends DomainEvent> List<E> events(Class<E> type) {
        Objects.requireNonNull(type, "type");
        return events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Forgets every event published so far; subscribers stay. */
    public void clear() {
        synchronized (events) {
            events.clear();
        }
    }
}
