package kz.utm.core.user;

import java.util.List;
import java.util.Optional;

import kz.utm.core.common.ConflictException;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;

/**
 * Repository port of {@link User}s: the {@code users} table.
 *
 * <p>Ordinary reads ({@link #findById}, the finders and lists) do not see soft-deleted users;
 * {@link #findByIdIncludingDeleted} does. Uniqueness of {@code email}, {@code phone_number} and
 * {@code iin} holds over all rows, soft-deleted ones included, as the database's unique
 * constraints do; e-mails compare case-insensitively (the user service stores them lower-case,
 * so a database's unique index on the column suffices). Rows that a record refers to (its owner, drone, plan) exist when it is written: the
 * services check them first. Implementations must be thread-safe.
 */
public interface Users {

    /** Reserves a fresh id for a user about to be inserted. */
    UserId nextId();

    /**
     * Stores a new user at version 0, whatever version the given one carries.
     *
     * @return the stored user
     * @throws ConflictException {@link ConflictException.Kind#DUPLICATE} naming {@code id},
     *     {@code email}, {@code phoneNumber} or {@code iin} when taken
     */
    User insert(User user);

    /**
     * Stores a changed user whose {@link User#version()} is the stored one.
     *
     * @return the stored user, its version incremented
     * @throws NotFoundException if no user has the id
     * @throws ConflictException {@link ConflictException.Kind#CONCURRENT_UPDATE} when the stored
     *     version differs; {@link ConflictException.Kind#DUPLICATE} when a unique value is taken
     */
    User update(User user);

    /** The live user with this id. */
    Optional<User> findById(UserId id);

    /** The user with this id, soft-deleted or not. */
    Optional<User> findByIdIncludingDeleted(UserId id);

    /** The live user with this e-mail, compared case-insensitively. */
    Optional<User> findByEmail(String email);

    /** The live members of an organization, by id. */
    List<User> findByOrganization(OrganizationId organization);

    /** Every live user, by id. */
    List<User> findAll();

    /** How many users are live, active and {@link UserRole#AUTHORITY_ADMIN}. */
    long countActiveAuthorityAdmins();
}
