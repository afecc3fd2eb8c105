package kz.utm.persistence.jpa.entity;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import kz.utm.core.common.Audit;

/**
 * The {@code created_at}, {@code updated_at} and {@code deleted_at} columns of a table whose
 * rows are audited and soft-deleted: the domain's {@link Audit}.
 *
 * <p>The stamps are written from the domain record, never by the database: the seed's
 * "on update NOW()" is the domain's {@link Audit#touched}, so that the stored stamps are the
 * ones the service's clock gave. Mutable and not thread-safe, like the entity it belongs to.
 */
@Embeddable
public class AuditColumns {

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    /** For the persistence provider. */
    protected AuditColumns() {
    }

    /** The columns of the given stamps. */
    public static AuditColumns of(Audit audit) {
        AuditColumns columns = new AuditColumns();
        columns.createdAt = audit.createdAt();
        columns.updatedAt = audit.updatedAt();
        columns.deletedAt = audit.deletedAt().orElse(null);
        return columns;
    }

    /** The stamps. */
    public Audit toAudit() {
        return new Audit(createdAt, updatedAt, Optional.ofNullable(deletedAt));
    }
}
