package kz.utm.persistence.jpa;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;

import kz.utm.core.common.ConflictException;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.ZoneId;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.RestrictedZones;
import kz.utm.geofence.codec.ZoneDefinitionCodec;
import kz.utm.persistence.jpa.entity.RestrictedZoneEntity;

/**
 * {@link RestrictedZones} in the {@code restricted_zones} table, the geometry stored as
 * {@code geometry_type} and {@code definition_json} by {@link ZoneDefinitionCodec}.
 *
 * <p>Rows are written with SQL that converts the definition to the JSON column's type (see
 * {@link Database#jsonParameter}), reads go through {@link RestrictedZoneEntity} and are
 * detached at once, so that no read ever sees a row older than the last write. An update is
 * {@code UPDATE ... WHERE id = ? AND version = ?}: the row lock it takes makes a concurrent
 * update of the same zone wait and then find the new version. A geometry the codec refuses to
 * write throws its {@link kz.utm.core.common.ValidationException} before anything is stored.
 * Thread-safe; see {@link JpaStorage}.
 */
final class JpaRestrictedZones implements RestrictedZones {

    private static final Conflicts CONFLICTS = new Conflicts("restricted zone", Map.of(
            "pk_restricted_zones", "id"));

    // Nullable parameters are cast so that both databases know their type when they are null;
    // to VARCHAR without a length, so that a description too long for its column is refused,
    // not cut.
    private static final String COLUMNS = "name = ?1, description = CAST(?2 AS VARCHAR), geometry_type = ?3,"
            + " definition_json = %s, min_altitude_m = CAST(?5 AS DOUBLE PRECISION),"
            + " max_altitude_m = CAST(?6 AS DOUBLE PRECISION), is_active = ?7, created_by_authority_id = ?8,"
            + " created_at = ?9, updated_at = ?10, deleted_at = CAST(?11 AS TIMESTAMP WITH TIME ZONE)";

    private final JpaTransactions transactions;
    private final Database database;
    private final ZoneDefinitionCodec codec = new ZoneDefinitionCodec();
    private final String insert;
    private final String update;

    JpaRestrictedZones(JpaTransactions transactions, Database database) {
        this.transactions = transactions;
        this.database = database;
        String json = database.jsonParameter(4);
        this.insert = "INSERT INTO restricted_zones (name, description, geometry_type, definition_json, min_altitude_m,"
                + " max_altitude_m, is_active, created_by_authority_id, created_at, updated_at, deleted_at, id, version)"
                + " VALUES (?1, CAST(?2 AS VARCHAR), ?3, " + json + ", CAST(?5 AS DOUBLE PRECISION),"
                + " CAST(?6 AS DOUBLE PRECISION), ?7, ?8, ?9, ?10, CAST(?11 AS TIMESTAMP WITH TIME ZONE), ?12, 0)";
        this.update = "UPDATE restricted_zones SET " + String.format(COLUMNS, json)
                + ", version = version + 1 WHERE id = ?12 AND version = ?13";
    }

    @Override
    public ZoneId nextId() {
        return ZoneId.of(Math.toIntExact(transactions.call(em -> database.nextValue(em, "restricted_zones_id_seq"))));
    }

    @Override
    public RestrictedZone insert(RestrictedZone zone) {
        RestrictedZone row = Objects.requireNonNull(zone, "zone").withVersion(0);
        String definition = codec.write(row.geometry());
        return transactions.call(em -> {
            execute(bind(em.createNativeQuery(insert), row, definition), row.id());
            return row;
        });
    }

    @Override
    public RestrictedZone update(RestrictedZone zone) {
        Objects.requireNonNull(zone, "zone");
        String definition = codec.write(zone.geometry());
        return transactions.call(em -> {
            int updated = execute(bind(em.createNativeQuery(update), zone, definition)
                    .setParameter(13, zone.version()), zone.id());
            if (updated == 0) {
                boolean exists = !em.createNativeQuery("SELECT id FROM restricted_zones WHERE id = ?1")
                        .setParameter(1, zone.id().value())
                        .getResultList().isEmpty();
                throw exists ? ConflictException.concurrentUpdate(CONFLICTS.resource(), zone.id())
                        : new NotFoundException(CONFLICTS.resource(), zone.id());
            }
            return zone.withVersion(zone.version() + 1);
        });
    }

    private static Query bind(Query query, RestrictedZone zone, String definition) {
        return query.setParameter(1, zone.name())
                .setParameter(2, zone.description().orElse(null))
                .setParameter(3, zone.geometryType().name())
                .setParameter(4, definition)
                .setParameter(5, zone.altitudeBand().lower().isPresent() ? zone.altitudeBand().lower().getAsDouble() : null)
                .setParameter(6, zone.altitudeBand().upper().isPresent() ? zone.altitudeBand().upper().getAsDouble() : null)
                .setParameter(7, zone.active())
                .setParameter(8, zone.createdByAuthorityId().value())
                .setParameter(9, zone.audit().createdAt())
                .setParameter(10, zone.audit().updatedAt())
                .setParameter(11, zone.audit().deletedAt().orElse(null))
                .setParameter(12, zone.id().value());
    }

    private static int execute(Query statement, ZoneId id) {
        try {
            return statement.executeUpdate();
        } catch (PersistenceException e) {
            throw CONFLICTS.translate(e, id);
        }
    }

    @Override
    public Optional<RestrictedZone> findById(ZoneId id) {
        return findByIdIncludingDeleted(id).filter(zone -> !zone.audit().isDeleted());
    }

    @Override
    public Optional<RestrictedZone> findByIdIncludingDeleted(ZoneId id) {
        Objects.requireNonNull(id, "id");
        return list("z.id = :id", id.value()).stream().findFirst();
    }

    @Override
    public List<RestrictedZone> findEnforced() {
        return list("z.active = true and z.audit.deletedAt is null", null);
    }

    @Override
    public List<RestrictedZone> findAll() {
        return list("z.audit.deletedAt is null", null);
    }

    private List<RestrictedZone> list(String condition, Integer id) {
        return transactions.call(em -> {
            var query = em.createQuery("select z from RestrictedZoneEntity z where " + condition + " order by z.id",
                    RestrictedZoneEntity.class);
            if (id != null) {
                query.setParameter("id", id);
            }
            return detached(em, query.getResultList());
        });
    }

    // The rows are written by SQL, behind the persistence context's back: none may stay in it.
    private List<RestrictedZone> detached(EntityManager em, List<RestrictedZoneEntity> rows) {
        rows.forEach(em::detach);
        return rows.stream().map(row -> row.toZone(codec)).toList();
    }
}
