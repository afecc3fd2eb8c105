package kz.utm.core.organization;

import java.util.List;
import java.util.Optional;

import kz.utm.core.common.ConflictException;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;

/**
 * Repository port of {@link Organization}s: the {@code organizations} table.
 *
 * <p>Ordinary reads do not see soft-deleted organizations; {@link #findByIdIncludingDeleted}
 * does. Uniqueness of {@code name}, {@code bin} and {@code admin_id} holds over all rows.
 * Rows that a record refers to (its owner, drone, plan) exist when it is written: the
 * services check them first. Implementations must be thread-safe.
 */
public interface Organizations {

    /** Reserves a fresh id for an organization about to be inserted. */
    OrganizationId nextId();

    /**
     * Stores a new organization at version 0, whatever version the given one carries.
     *
     * @return the stored organization
     * @throws ConflictException {@link ConflictException.Kind#DUPLICATE} naming {@code id},
     *     {@code name}, {@code bin} or {@code adminId} when taken
     */
    Organization insert(Organization organization);

    /**
     * Stores a changed organization whose version is the stored one.
     *
     * @return the stored organization, its version incremented
     * @throws NotFoundException if no organization has the id
     * @throws ConflictException on a stale version or a taken unique value
     */
    Organization update(Organization organization);

    /** The live organization with this id. */
    Optional<Organization> findById(OrganizationId id);

    /** The organization with this id, soft-deleted or not. */
    Optional<Organization> findByIdIncludingDeleted(OrganizationId id);

    /** The live organization whose admin this user is. */
    Optional<Organization> findByAdmin(UserId admin);

    /** Every live organization, by id. */
    List<Organization> findAll();
}
