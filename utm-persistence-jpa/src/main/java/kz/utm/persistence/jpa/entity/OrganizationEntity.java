package kz.utm.persistence.jpa.entity;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.organization.Organization;

/**
 * A row of {@code organizations}: an {@link Organization}. Mutable and not thread-safe; see the
 * package documentation.
 */
@Entity
@Table(name = "organizations")
public class OrganizationEntity {

    @Id
    @Column(name = "id")
    private Integer id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "bin", nullable = false, length = 12)
    private String bin;

    @Column(name = "company_address", nullable = false, length = 500)
    private String companyAddress;

    @Column(name = "city", nullable = false, length = 100)
    private String city;

    @Column(name = "admin_id")
    private Integer adminId;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    @Embedded
    private AuditColumns audit;

    /** For the persistence provider. */
    protected OrganizationEntity() {
    }

    /** A new row for the organization; the provider stores it at version 0. */
    public static OrganizationEntity of(Organization organization) {
        OrganizationEntity entity = new OrganizationEntity();
        entity.id = organization.id().value();
        entity.assign(organization);
        return entity;
    }

    /** Copies every column but {@code id} and {@code version} from the organization. */
    public void assign(Organization organization) {
        name = organization.name();
        bin = organization.bin();
        companyAddress = organization.companyAddress();
        city = organization.city();
        adminId = organization.adminId().map(UserId::value).orElse(null);
        active = organization.active();
        audit = AuditColumns.of(organization.audit());
    }

    /** The stored version. */
    public long version() {
        return version;
    }

    /** The organization this row holds. */
    public Organization toOrganization() {
        return new Organization(OrganizationId.of(id), name, bin, companyAddress, city,
                Optional.ofNullable(adminId).map(UserId::of), active, version, audit.toAudit());
    }
}
