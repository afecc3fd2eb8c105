package kz.utm.core.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.organization.Organization;
import kz.utm.core.organization.Organizations;

/**
 * {@link Organizations} kept in memory, as the {@code organizations} table would keep them.
 *
 * <p>Ids count up from 1. {@code name}, {@code bin} and {@code adminId} are unique over all
 * organizations, soft-deleted ones included; organizations without an admin never clash. An
 * update is stored only if the given version is the stored one.
 *
 * <p>Thread-safe and linearizable: a unique check and the write it guards are one step (writes
 * are serialized, they are rare); reads never lock. Lists are weakly consistent under
 * concurrent writes. Null arguments are refused with {@link NullPointerException}; a failing
 * write throws the port's typed exception and changes nothing.
 */
public final class InMemoryOrganizations implements Organizations {

    private static final String ADMIN_ID = "adminId";

    private final AtomicInteger ids = new AtomicInteger(1);
    private final Table<OrganizationId, Organization> table = new Table<>("organization", Organization::id,
            Organization::version, Organization::withVersion, organization -> organization.audit().isDeleted(),
            List.of(new Table.Unique<>("name", organization -> Optional.of(organization.name())),
                    new Table.Unique<>("bin", organization -> Optional.of(organization.bin())),
                    new Table.Unique<>(ADMIN_ID, Organization::adminId)));

    /** Creates an empty repository. */
    public InMemoryOrganizations() {
    }

    @Override
    public OrganizationId nextId() {
        return OrganizationId.of(ids.getAndIncrement());
    }

    @Override
    public Organization insert(Organization organization) {
        return table.insert(organization);
    }

    @Override
    public Organization update(Organization organization) {
        return table.update(organization);
    }

    @Override
    public Optional<Organization> findById(OrganizationId id) {
        return table.find(id);
    }

    @Override
    public Optional<Organization> findByIdIncludingDeleted(OrganizationId id) {
        return table.findIncludingDeleted(id);
    }

    @Override
    public Optional<Organization> findByAdmin(UserId admin) {
        return table.findByUnique(ADMIN_ID, Objects.requireNonNull(admin, "admin"));
    }

    @Override
    public List<Organization> findAll() {
        return table.list(organization -> true);
    }
}
