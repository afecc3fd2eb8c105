package kz.utm.core.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.Drones;

/**
 * {@link Drones} kept in memory, as the {@code drones} table would keep them.
 *
 * <p>Ids count up from 1. {@code serialNumber} is unique over all drones, soft-deleted ones
 * included, on insert and on update. An update is stored only if the given version is the
 * stored one.
 *
 * <p>Thread-safe and linearizable: a unique check and the write it guards are one step (writes
 * are serialized); reads never lock. Lists are weakly consistent under concurrent writes. Null
 * arguments are refused with {@link NullPointerException}; a failing write throws the port's
 * typed exception and changes nothing.
 */
public final class InMemoryDrones implements Drones {

    private final AtomicInteger ids = new AtomicInteger(1);
    private final Table<DroneId, Drone> table = new Table<>("drone", Drone::id, Drone::version, Drone::withVersion,
            drone -> drone.audit().isDeleted(),
            List.of(new Table.Unique<>("serialNumber", drone -> Optional.of(drone.serialNumber()))));

    /** Creates an empty repository. */
    public InMemoryDrones() {
    }

    @Override
    public DroneId nextId() {
        return DroneId.of(ids.getAndIncrement());
    }

    @Override
    public Drone insert(Drone drone) {
        return table.insert(drone);
    }

    @Override
    public Drone update(Drone drone) {
        return table.update(drone);
    }

    @Override
    public Optional<Drone> findById(DroneId id) {
        return table.find(id);
    }

    @Override
    public Optional<Drone> findByIdIncludingDeleted(DroneId id) {
        return table.findIncludingDeleted(id);
    }

    @Override
    public List<Drone> findByOrganization(OrganizationId organization) {
        Objects.requireNonNull(organization, "organization");
        return table.list(drone -> drone.organizationId().filter(organization::equals).isPresent());
    }

    @Override
    public List<Drone> findBySoloOwner(UserId owner) {
        Objects.requireNonNull(owner, "owner");
        return table.list(drone -> drone.soloOwnerId().filter(owner::equals).isPresent());
    }

    @Override
    public List<Drone> findAll() {
        return table.list(drone -> true);
    }
}
