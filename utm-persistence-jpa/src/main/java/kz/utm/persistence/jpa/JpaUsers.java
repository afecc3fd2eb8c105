package kz.utm.persistence.jpa;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;
import kz.utm.core.user.Users;
import kz.utm.persistence.jpa.entity.UserEntity;

/**
 * {@link Users} in the {@code users} table.
 *
 * <p>E-mails are stored lower-case ({@link Locale#ROOT}), so that the unique constraint
 * {@code uq_users_email} compares them case-insensitively, and looked up lower-case; a user is
 * returned with the e-mail as stored. Thread-safe; see {@link JpaStorage}.
 */
final class JpaUsers implements Users {

    private static final Conflicts CONFLICTS = new Conflicts("user", Map.of(
            "pk_users", "id",
            "uq_users_email", "email",
            "uq_users_phone_number", "phoneNumber",
            "uq_users_iin", "iin"));

    private final JpaTransactions transactions;
    private final Database database;

    JpaUsers(JpaTransactions transactions, Database database) {
        this.transactions = transactions;
        this.database = database;
    }

    @Override
    public UserId nextId() {
        return UserId.of(Math.toIntExact(transactions.call(em -> database.nextValue(em, "users_id_seq"))));
    }

    @Override
    public User insert(User user) {
        User row = stored(user).withVersion(0);
        return transactions.call(em -> {
            UserEntity entity = UserEntity.of(row);
            EntityWrites.insert(em, entity, CONFLICTS, row.id());
            return entity.toUser();
        });
    }

    @Override
    public User update(User user) {
        User row = stored(user);
        return transactions.call(em -> {
            UserEntity entity = EntityWrites.lockCurrent(em, UserEntity.class, row.id().value(), CONFLICTS, row.id());
            EntityWrites.requireVersion(entity.version(), row.version(), CONFLICTS, row.id());
            boolean changed = !entity.toUser().equals(row);
            entity.assign(row);
            EntityWrites.flushChange(em, entity, changed, CONFLICTS, row.id());
            return entity.toUser();
        });
    }

    @Override
    public Optional<User> findById(UserId id) {
        return findByIdIncludingDeleted(id).filter(user -> !user.audit().isDeleted());
    }

    @Override
    public Optional<User> findByIdIncludingDeleted(UserId id) {
        Objects.requireNonNull(id, "id");
        return transactions.call(em -> Optional.ofNullable(em.find(UserEntity.class, id.value()))
                .map(UserEntity::toUser));
    }

    @Override
    public Optional<User> findByEmail(String email) {
        String key = emailKey(Objects.requireNonNull(email, "email"));
        return transactions.call(em -> em.createQuery(
                        "select u from UserEntity u where u.email = :email and u.audit.deletedAt is null",
                        UserEntity.class)
                .setParameter("email", key)
                .getResultStream()
                .findFirst()
                .map(UserEntity::toUser));
    }

    @Override
    public List<User> findByOrganization(OrganizationId organization) {
        Objects.requireNonNull(organization, "organization");
        return transactions.call(em -> em.createQuery(
                        "select u from UserEntity u where u.organizationId = :organization"
                                + " and u.audit.deletedAt is null order by u.id", UserEntity.class)
                .setParameter("organization", organization.value())
                .getResultList().stream()
                .map(UserEntity::toUser)
                .toList());
    }

    @Override
    public List<User> findAll() {
        return transactions.call(em -> em.createQuery(
                        "select u from UserEntity u where u.audit.deletedAt is null order by u.id", UserEntity.class)
                .getResultList().stream()
                .map(UserEntity::toUser)
                .toList());
    }

    @Override
    public long countActiveAuthorityAdmins() {
        return transactions.call(em -> em.createQuery(
                        "select count(u) from UserEntity u where u.role = :role and u.active = true"
                                + " and u.audit.deletedAt is null", Long.class)
                .setParameter("role", UserRole.AUTHORITY_ADMIN)
                .getSingleResult());
    }

    // The user as the table keeps it: its e-mail lower-case.
    private static User stored(User user) {
        Objects.requireNonNull(user, "user");
        String email = emailKey(user.email());
        if (email.equals(user.email())) {
            return user;
        }
        return new User(user.id(), user.fullName(), email, user.phoneNumber(), user.iin(), user.hashedPassword(),
                user.role(), user.organizationId(), user.active(), user.version(), user.audit());
    }

    // Locale.ROOT: under a Turkish default locale "I" would lower to a dotless i.
    private static String emailKey(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
