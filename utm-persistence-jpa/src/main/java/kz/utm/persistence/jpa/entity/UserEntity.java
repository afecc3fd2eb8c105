package kz.utm.persistence.jpa.entity;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;

/**
 * A row of {@code users}: a {@link User}.
 *
 * <p>{@code email} is stored as the domain gives it; the repository lower-cases it first, so
 * that the plain unique constraint {@code uq_users_email} compares e-mails case-insensitively.
 * Mutable and not thread-safe; see the package documentation.
 */
@Entity
@Table(name = "users")
public class UserEntity {

    @Id
    @Column(name = "id")
    private Integer id;

    @Column(name = "full_name", nullable = false, length = 100)
    private String fullName;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "phone_number", length = 20)
    private String phoneNumber;

    @Column(name = "iin", length = 12)
    private String iin;

    @Column(name = "hashed_password", nullable = false)
    private String hashedPassword;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private UserRole role;

    @Column(name = "organization_id")
    private Integer organizationId;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    @Embedded
    private AuditColumns audit;

    /** For the persistence provider. */
    protected UserEntity() {
    }

    /** A new row for the user; the provider stores it at version 0. */
    public static UserEntity of(User user) {
        UserEntity entity = new UserEntity();
        entity.id = user.id().value();
        entity.assign(user);
        return entity;
    }

    /** Copies every column but {@code id} and {@code version} from the user. */
    public void assign(User user) {
        fullName = user.fullName();
        email = user.email();
        phoneNumber = user.phoneNumber().orElse(null);
        iin = user.iin().orElse(null);
        hashedPassword = user.hashedPassword();
        role = user.role();
        organizationId = user.organizationId().map(OrganizationId::value).orElse(null);
        active = user.active();
        audit = AuditColumns.of(user.audit());
    }

    /** The stored version. */
    public long version() {
        return version;
    }

    /** The user this row holds. */
    public User toUser() {
        return new User(UserId.of(id), fullName, email, Optional.ofNullable(phoneNumber), Optional.ofNullable(iin),
                hashedPassword, role, Optional.ofNullable(organizationId).map(OrganizationId::of), active, version,
                audit.toAudit());
    }
}
