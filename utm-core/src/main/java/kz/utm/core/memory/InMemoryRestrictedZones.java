package kz.utm.core.memory;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import kz.utm.core.common.ZoneId;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.RestrictedZones;

/**
 * {@link RestrictedZones} kept in memory, as the {@code restricted_zones} table would keep them.
 *
 * <p>Ids count up from 1; names need not be unique. An update is stored only if the given
 * version is the stored one.
 *
 * <p>Thread-safe and linearizable; neither reads nor writes lock (an update is an atomic
 * compare-and-set on the row). Lists are weakly consistent under concurrent writes. Null
 * arguments are refused with {@link NullPointerException}; a failing write throws the port's
 * typed exception and changes nothing.
 */
public final class InMemoryRestrictedZones implements RestrictedZones {

    private final AtomicInteger ids = new AtomicInteger(1);
    private final Table<ZoneId, RestrictedZone> table = new Table<>("restricted zone", RestrictedZone::id,
            RestrictedZone::version, RestrictedZone::withVersion, zone -> zone.audit().isDeleted(), List.of());

    /** Creates an empty repository. */
    public InMemoryRestrictedZones() {
    }

    @Override
    public ZoneId nextId() {
        return ZoneId.of(ids.getAndIncrement());
    }

    @Override
    public RestrictedZone insert(RestrictedZone zone) {
        return table.insert(zone);
    }

    @Override
    public RestrictedZone update(RestrictedZone zone) {
        return table.update(zone);
    }

    @Override
    public Optional<RestrictedZone> findById(ZoneId id) {
        return table.find(id);
    }

    @Override
    public Optional<RestrictedZone> findByIdIncludingDeleted(ZoneId id) {
        return table.findIncludingDeleted(id);
    }

    @Override
    public List<RestrictedZone> findEnforced() {
        return table.list(RestrictedZone::active);
    }

    @Override
    public List<RestrictedZone> findAll() {
        return table.list(zone -> true);
    }
}
