package kz.utm.core;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

import kz.utm.core.access.AccessPolicy;
import kz.utm.core.access.Actor;
import kz.utm.core.access.Actors;
import kz.utm.core.common.AccessDeniedException;
import kz.utm.core.common.CommandValidator;
import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.EventPublisher;
import kz.utm.core.common.Transactions;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ValidationException;

/**
 * What every application service works with: the storage, the access policy, the validator,
 * the event publisher and the clock, with the steps each command takes (validate, run as one
 * unit of work, load the actor, publish).
 *
 * <p>Immutable and thread-safe if its parts are. {@link UtmCore} builds one and shares it
 * between its services.
 */
public final class ServiceContext {

    private final UtmStorage storage;
    private final AccessPolicy policy;
    private final CommandValidator validator;
    private final EventPublisher events;
    private final Clock clock;
    private final Actors actors;

    /** @throws NullPointerException if an argument is null */
    public ServiceContext(UtmStorage storage, AccessPolicy policy, CommandValidator validator, EventPublisher events,
            Clock clock) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actors = new Actors(storage.users(), storage.organizations());
    }

    /** The storage. */
    public UtmStorage storage() {
        return storage;
    }

    /** The access policy. */
    public AccessPolicy policy() {
        return policy;
    }

    /** The clock. */
    public Clock clock() {
        return clock;
    }

    /** The clock's current instant. */
    public Instant now() {
        return clock.instant();
    }

    /**
     * Checks a command's input.
     *
     * @throws ValidationException naming every offending field
     */
    public void check(Object command) {
        validator.check(command);
    }

    /** Runs the work as one unit of work of the storage's {@link Transactions}. */
    public <T> T inTransaction(Supplier<T> work) {
        return storage.transactions().inTransaction(work);
    }

    /**
     * The acting user, as stored, for the policy to judge.
     *
     * @throws AccessDeniedException if no user has the id
     */
    public Actor actor(UserId id) {
        return actors.require(id);
    }

    /** Publishes an event of a stored change. */
    public void publish(DomainEvent event) {
        events.publish(event);
    }
}
