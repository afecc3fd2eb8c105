package kz.utm.core.common;

import java.time.Instant;

/**
 * Something that happened in the domain, named in the past tense ({@code FlightPlanApproved},
 * {@code ZoneCreated}).
 *
 * <p>Events are immutable records, published through {@link EventPublisher} after the change
 * they describe was stored.
 */
public interface DomainEvent {

    /** When it happened, on the services' clock. */
    Instant occurredAt();
}
