package kz.utm.persistence.jpa;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.organization.Organization;
import kz.utm.core.organization.Organizations;
import kz.utm.persistence.jpa.entity.OrganizationEntity;

/** {@link Organizations} in the {@code organizations} table. Thread-safe; see {@link JpaStorage}. */
final class JpaOrganizations implements Organizations {

    private static final Conflicts CONFLICTS = new Conflicts("organization", Map.of(
            "pk_organizations", "id",
            "uq_organizations_name", "name",
            "uq_organizations_bin", "bin",
            "uq_organizations_admin_id", "adminId"));

    private final JpaTransactions transactions;
    private final Database database;

    JpaOrganizations(JpaTransactions transactions, Database database) {
        this.transactions = transactions;
        this.database = database;
    }

    @Override
    public OrganizationId nextId() {
        return OrganizationId.of(Math.toIntExact(
                transactions.call(em -> database.nextValue(em, "organizations_id_seq"))));
    }

    @Override
    public Organization insert(Organization organization) {
        Organization row = Objects.requireNonNull(organization, "organization").withVersion(0);
        return transactions.call(em -> {
            OrganizationEntity entity = OrganizationEntity.of(row);
            EntityWrites.insert(em, entity, CONFLICTS, row.id());
            return entity.toOrganization();
        });
    }

    @Override
    public Organization update(Organization organization) {
        Organization row = Objects.requireNonNull(organization, "organization");
        return transactions.call(em -> {
            OrganizationEntity entity = EntityWrites.lockCurrent(em, OrganizationEntity.class, row.id().value(),
                    CONFLICTS, row.id());
            EntityWrites.requireVersion(entity.version(), row.version(), CONFLICTS, row.id());
            boolean changed = !entity.toOrganization().equals(row);
            entity.assign(row);
            EntityWrites.flushChange(em, entity, changed, CONFLICTS, row.id());
            return entity.toOrganization();
        });
    }

    @Override
    public Optional<Organization> findById(OrganizationId id) {
        return findByIdIncludingDeleted(id).filter(organization -> !organization.audit().isDeleted());
    }

    @Override
    public Optional<Organization> findByIdIncludingDeleted(OrganizationId id) {
        Objects.requireNonNull(id, "id");
        return transactions.call(em -> Optional.ofNullable(em.find(OrganizationEntity.class, id.value()))
                .map(OrganizationEntity::toOrganization));
    }

    @Override
    public Optional<Organization> findByAdmin(UserId admin) {
        Objects.requireNonNull(admin, "admin");
        return transactions.call(em -> em.createQuery(
                        "select o from OrganizationEntity o where o.adminId = :admin and o.audit.deletedAt is null",
                        OrganizationEntity.class)
                .setParameter("admin", admin.value())
                .getResultStream()
                .findFirst()
                .map(OrganizationEntity::toOrganization));
    }

    @Override
    public List<Organization> findAll() {
        return transactions.call(em -> em.createQuery(
                        "select o from OrganizationEntity o where o.audit.deletedAt is null order by o.id",
                        OrganizationEntity.class)
                .getResultList().stream()
                .map(OrganizationEntity::toOrganization)
                .toList());
    }
}
