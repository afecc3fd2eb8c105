package kz.utm.core.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import kz.utm.core.common.Audit;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;

/**
 * A person who signs in: the {@code users} table.
 *
 * <p>Immutable; every change returns a new value with {@link #version()} unchanged (the
 * repository increments it on save). Members of an organization ({@link UserRole#ORGANIZATION_ADMIN},
 * {@link UserRole#ORGANIZATION_PILOT}) have an organization; authority admins and solo pilots
 * have none. Thread-safe.
 *
 * @param id identity
 * @param fullName {@code full_name}, at most 100 characters
 * @param email {@code email}, unique, stored lower-case
 * @param phoneNumber {@code phone_number} in E.164, unique when present
 * @param iin {@code iin}, the Kazakhstani individual identification number, unique when present
 * @param hashedPassword {@code hashed_password}: a password hash, never the password
 * @param role {@code role}
 * @param organizationId {@code organization_id}
 * @param active {@code is_active}; an inactive user may do nothing
 * @param version optimistic-lock version, incremented by every stored change
 * @param audit {@code created_at}, {@code updated_at}, {@code deleted_at}
 */
public record User(
        UserId id,
        String fullName,
        String email,
        Optional<String> phoneNumber,
        Optional<String> iin,
        String hashedPassword,
        UserRole role,
        Optional<OrganizationId> organizationId,
        boolean active,
        long version,
        Audit audit) {

    /**
     * Checks that every field is present and that membership matches the role.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the role needs an organization and has none, or the
     *     other way round
     */
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(iin, "iin");
        Objects.requireNonNull(hashedPassword, "hashedPassword");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(audit, "audit");
        if (role.isOrganizationMember() != organizationId.isPresent()) {
            throw new IllegalArgumentException(role + (organizationId.isPresent()
                    ? " belongs to no organization" : " must belong to an organization"));
        }
    }

    /** Whether the user is active and not soft-deleted. */
    public boolean isUsable() {
        return active && !audit.isDeleted();
    }

    /** Whether the user belongs to the given organization. */
    public boolean isMemberOf(OrganizationId organization) {
        return organizationId.filter(organization::equals).isPresent();
    }

    /** This user with a new profile. */
    public User withProfile(String newFullName, Optional<String> newPhoneNumber, Instant now) {
        return new User(id, newFullName, email, newPhoneNumber, iin, hashedPassword, role, organizationId,
                active, version, audit.touched(now));
    }

    /** This user with a new password hash. */
    public User withHashedPassword(String newHash, Instant now) {
        return new User(id, fullName, email, phoneNumber, iin, newHash, role, organizationId,
                active, version, audit.touched(now));
    }

    /** This user with a new role and organization. */
    public User withRole(UserRole newRole, Optional<OrganizationId> newOrganization, Instant now) {
        return new User(id, fullName, email, phoneNumber, iin, hashedPassword, newRole, newOrganization,
                active, version, audit.touched(now));
    }

    /** This user activated or deactivated. */
    public User withActive(boolean newActive, Instant now) {
        return new User(id, fullName, email, phoneNumber, iin, hashedPassword, role, organizationId,
                newActive, version, audit.touched(now));
    }

    /** This user soft-deleted. */
    public User deleted(Instant now) {
        return new User(id, fullName, email, phoneNumber, iin, hashedPassword, role, organizationId,
                active, version, audit.deleted(now));
    }

    /** This user restored from a soft delete. */
    public User restored(Instant now) {
        return new User(id, fullName, email, phoneNumber, iin, hashedPassword, role, organizationId,
                active, version, audit.restored(now));
    }

    /** This user as stored at the given version. */
    public User withVersion(long newVersion) {
        return new User(id, fullName, email, phoneNumber, iin, hashedPassword, role, organizationId,
                active, newVersion, audit);
    }

    @Override
    public String toString() {
        // Never print the hash: toString ends up in logs.
        return "User[id=" + id + ", email=" + email + ", role=" + role + ", organizationId="
                + organizationId.map(String::valueOf).orElse("-") + ", active=" + active
                + ", deleted=" + audit.isDeleted() + "]";
    }
}
