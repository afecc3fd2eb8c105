package kz.utm.examples.server.api;

import java.time.Instant;
import java.util.Optional;

import kz.utm.core.organization.Organization;

/** An organization as the API shows it. */
public record OrganizationView(int id, String name, String bin, String companyAddress, String city,
        Optional<Integer> adminId, boolean active, Instant createdAt, Instant updatedAt, Optional<Instant> deletedAt) {

    /** The view of a stored organization. */
    public static OrganizationView of(Organization organization) {
        return new OrganizationView(organization.id().value(), organization.name(), organization.bin(),
                organization.companyAddress(), organization.city(), organization.adminId().map(a -> a.value()),
                organization.active(), organization.audit().createdAt(), organization.audit().updatedAt(),
                organization.audit().deletedAt());
    }
}
