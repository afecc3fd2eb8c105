package kz.utm.core.memory;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;
import kz.utm.core.user.Users;

/**
 * {@link Users} kept in memory, as the {@code users} table would keep them.
 *
 * <p>Ids count up from 1. {@code email} (compared case-insensitively), {@code phoneNumber} and
 * {@code iin} are unique over all users, soft-deleted ones included; absent phone numbers and
 * IINs never clash. An update is stored only if the given version is the stored one.
 *
 * <p>Thread-safe and linearizable: a unique check and the write it guards are one step (writes
 * are serialized, they are rare); reads never lock. Lists are weakly consistent under
 * concurrent writes. Null arguments are refused with {@link NullPointerException}; a failing
 * write throws the port's typed exception and changes nothing.
 */
public final class InMemoryUsers implements Users {

    private static final String EMAIL = "email";

    private final AtomicInteger ids = new AtomicInteger(1);
    private final Table<UserId, User> table = new Table<>("user", User::id, User::version, User::withVersion,
            user -> user.audit().isDeleted(),
            List.of(new Table.Unique<>(EMAIL, user -> Optional.of(emailKey(user.email()))),
                    new Table.Unique<>("phoneNumber", User::phoneNumber),
                    new Table.Unique<>("iin", User::iin)));

    /** Creates an empty repository. */
    public InMemoryUsers() {
    }

    @Override
    public UserId nextId() {
        return UserId.of(ids.getAndIncrement());
    }

    @Override
    public User insert(User user) {
        return table.insert(user);
    }

    @Override
    public User update(User user) {
        return table.update(user);
    }

    @Override
    public Optional<User> findById(UserId id) {
        return table.find(id);
    }

    @Override
    public Optional<User> findByIdIncludingDeleted(UserId id) {
        return table.findIncludingDeleted(id);
    }

    @Override
    public Optional<User> findByEmail(String email) {
        return table.findByUnique(EMAIL, emailKey(Objects.requireNonNull(email, EMAIL)));
    }

    @Override
    public List<User> findByOrganization(OrganizationId organization) {
        Objects.requireNonNull(organization, "organization");
        return table.list(user -> user.isMemberOf(organization));
    }

    @Override
    public List<User> findAll() {
        return table.list(user -> true);
    }

    @Override
    public long countActiveAuthorityAdmins() {
        return table.list(user -> user.active() && user.role() == UserRole.AUTHORITY_ADMIN).size();
    }

    // Locale.ROOT: under a Turkish default locale "I" would lower to a dotless i.
    private static String emailKey(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
