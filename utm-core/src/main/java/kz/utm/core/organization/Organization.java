package kz.utm.core.organization;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import kz.utm.core.common.Audit;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;

/**
 * A registered company whose pilots fly its drones: the {@code organizations} table.
 *
 * <p>Immutable; changes return new values (the repository increments {@link #version()} on
 * save). Thread-safe.
 *
 * @param id identity
 * @param name {@code name}, unique, at most 255 characters
 * @param bin {@code bin}, the business identification number, unique
 * @param companyAddress {@code company_address}, at most 500 characters
 * @param city {@code city}, at most 100 characters
 * @param adminId {@code admin_id}: its organization admin, unique across organizations
 * @param active {@code is_active}; members of an inactive organization may do nothing
 * @param version optimistic-lock version, incremented by every stored change
 * @param audit {@code created_at}, {@code updated_at}, {@code deleted_at}
 */
public record Organization(
        OrganizationId id,
        String name,
        String bin,
        String companyAddress,
        String city,
        Optional<UserId> adminId,
        boolean active,
        long version,
        Audit audit) {

    /** @throws NullPointerException if a component is null */
    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bin, "bin");
        Objects.requireNonNull(companyAddress, "companyAddress");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(adminId, "adminId");
        Objects.requireNonNull(audit, "audit");
    }

    /** Whether the organization is active and not soft-deleted. */
    public boolean isUsable() {
        return active && !audit.isDeleted();
    }

    /** This organization with new details. */
    public Organization withDetails(String newName, String newAddress, String newCity, Instant now) {
        return new Organization(id, newName, bin, newAddress, newCity, adminId, active, version, audit.touched(now));
    }

    /** This organization with a new admin. */
    public Organization withAdmin(Optional<UserId> newAdmin, Instant now) {
        return new Organization(id, name, bin, companyAddress, city, newAdmin, active, version, audit.touched(now));
    }

    /** This organization activated or deactivated. */
    public Organization withActive(boolean newActive, Instant now) {
        return new Organization(id, name, bin, companyAddress, city, adminId, newActive, version, audit.touched(now));
    }

    /** This organization soft-deleted. */
    public Organization deleted(Instant now) {
        return new Organization(id, name, bin, companyAddress, city, adminId, active, version, audit.deleted(now));
    }

    /** This organization restored from a soft delete. */
    public Organization restored(Instant now) {
        return new Organization(id, name, bin, companyAddress, city, adminId, active, version, audit.restored(now));
    }

    /** This organization as stored at the given version. */
    public Organization withVersion(long newVersion) {
        return new Organization(id, name, bin, companyAddress, city, adminId, active, newVersion, audit);
    }
}
