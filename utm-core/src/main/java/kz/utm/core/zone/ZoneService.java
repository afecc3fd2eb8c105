package kz.utm.core.zone;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

import kz.utm.core.ServiceContext;
import kz.utm.core.access.Action;
import kz.utm.core.access.Actor;
import kz.utm.core.access.Resource;
import kz.utm.core.common.AccessDeniedException;
import kz.utm.core.common.AltitudeBand;
import kz.utm.core.common.Audit;
import kz.utm.core.common.ConflictException;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ValidationException;
import kz.utm.core.common.ZoneId;

/**
 * Application service for restricted zones: the authority defines and manages them, every
 * signed-in user reads the active ones.
 *
 * <p>Validate, authorize, apply, store, publish, in that order; a command that throws has
 * stored nothing. Thread-safe if its collaborators are.
 */
public final class ZoneService {

    private final ServiceContext context;
    private final RestrictedZones zones;

    /** @throws NullPointerException if an argument is null */
    public ZoneService(ServiceContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.zones = context.storage().zones();
    }

    /**
     * The authority creates an active zone.
     *
     * @throws ValidationException naming every invalid field
     * @throws AccessDeniedException if the actor is not the authority
     */
    public RestrictedZone create(UserId actorId, DefineZone command) {
        context.check(command);
        RestrictedZone stored = context.inTransaction(() -> {
            context.policy().authorize(context.actor(actorId), Action.ZONE_MANAGE, Resource.OfZone.creating());
            return zones.insert(new RestrictedZone(zones.nextId(), command.name().strip(),
                    command.description().map(String::strip), command.geometry(), band(command), true, actorId, 0,
                    Audit.createdAt(context.now())));
        });
        context.publish(new ZoneEvent.ZoneCreated(stored.id(), actorId, stored.audit().createdAt()));
        return stored;
    }

    /**
     * The authority redefines a zone.
     *
     * @throws ValidationException naming every invalid field
     * @throws NotFoundException if there is no such zone
     * @throws AccessDeniedException if the actor is not the authority
     * @throws ConflictException if it is deleted, or on a concurrent update
     */
    public RestrictedZone redefine(UserId actorId, ZoneId zoneId, DefineZone command) {
        context.check(command);
        return change(actorId, zoneId, ZoneEvent.Change.REDEFINED, (zone, now) -> {
            requireLive(zone);
            return zone.withDefinition(command.name().strip(), command.description().map(String::strip),
                    command.geometry(), band(command), now);
        });
    }

    /** The authority deactivates a zone: it stops restricting airspace. */
    public RestrictedZone deactivate(UserId actorId, ZoneId zoneId) {
        return change(actorId, zoneId, ZoneEvent.Change.DEACTIVATED, (zone, now) -> {
            requireLive(zone);
            return zone.withActive(false, now);
        });
    }

    /** The authority activates a zone again. */
    public RestrictedZone activate(UserId actorId, ZoneId zoneId) {
        return change(actorId, zoneId, ZoneEvent.Change.ACTIVATED, (zone, now) -> {
            requireLive(zone);
            return zone.withActive(true, now);
        });
    }

    /** The authority soft-deletes a zone. */
    public RestrictedZone delete(UserId actorId, ZoneId zoneId) {
        return change(actorId, zoneId, ZoneEvent.Change.DELETED, (zone, now) -> {
            requireLive(zone);
            return zone.deleted(now);
        });
    }

    /** The authority restores a soft-deleted zone. */
    public RestrictedZone restore(UserId actorId, ZoneId zoneId) {
        return change(actorId, zoneId, ZoneEvent.Change.RESTORED, (zone, now) -> {
            if (!zone.audit().isDeleted()) {
                throw ConflictException.state("restricted zone " + zoneId + " is not deleted");
            }
            return zone.restored(now);
        });
    }

    /**
     * A zone as the actor may see it: active zones for everyone, every zone for the authority.
     *
     * @throws NotFoundException if there is none or the actor may not read it
     */
    public RestrictedZone get(UserId actorId, ZoneId zoneId) {
        return authorized(context.actor(actorId), Action.ZONE_READ, zoneId);
    }

    /** The zones in force (active, not deleted), for every signed-in user, by id. */
    public List<RestrictedZone> listEnforced(UserId actorId) {
        context.policy().requireStanding(context.actor(actorId));
        return zones.findEnforced();
    }

    /** Every live zone the actor may read, active or not, by id. */
    public List<RestrictedZone> list(UserId actorId) {
        Actor actor = context.actor(actorId);
        context.policy().requireStanding(actor);
        return zones.findAll().stream()
                .filter(z -> context.policy().canRead(actor, Action.ZONE_READ, Resource.OfZone.of(z)))
                .toList();
    }

    private RestrictedZone change(UserId actorId, ZoneId zoneId, ZoneEvent.Change kind,
            BiFunction<RestrictedZone, Instant, RestrictedZone> change) {
        RestrictedZone stored = context.inTransaction(() -> {
            RestrictedZone zone = authorized(context.actor(actorId), Action.ZONE_MANAGE, zoneId);
            return zones.update(change.apply(zone, context.now()));
        });
        context.publish(new ZoneEvent.ZoneChanged(zoneId, kind, actorId, stored.audit().updatedAt()));
        return stored;
    }

    private RestrictedZone authorized(Actor actor, Action action, ZoneId zoneId) {
        RestrictedZone zone = zones.findByIdIncludingDeleted(Objects.requireNonNull(zoneId, "zoneId"))
                .orElseThrow(() -> new NotFoundException("restricted zone", zoneId));
        context.policy().authorize(actor, action, Resource.OfZone.of(zone));
        return zone;
    }

    private static void requireLive(RestrictedZone zone) {
        if (zone.audit().isDeleted()) {
            throw ConflictException.state("restricted zone " + zone.id() + " is deleted; restore it first");
        }
    }

    private static AltitudeBand band(DefineZone command) {
        return new AltitudeBand(command.minAltitudeM().orElse(Double.NEGATIVE_INFINITY),
                command.maxAltitudeM().orElse(Double.POSITIVE_INFINITY));
    }
}
