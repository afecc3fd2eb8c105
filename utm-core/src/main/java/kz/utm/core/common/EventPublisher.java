package kz.utm.core.common;

/**
 * Port through which the services publish {@link DomainEvent}s, after the change is stored.
 *
 * <p>Implementations must be thread-safe: services publish from the callers' threads. A
 * publisher should not throw; if it does, the change it reports is already stored and the
 * exception reaches the caller of the service.
 */
@FunctionalInterface
public interface EventPublisher {

    /** Publishes one event. */
    void publish(DomainEvent event);

    /** A publisher that drops every event. */
    static EventPublisher none() {
        return event -> { };
    }
}
