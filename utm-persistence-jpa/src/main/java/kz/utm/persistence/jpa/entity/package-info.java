/**
 * The JPA mapping of UTM Kit's eight tables: one entity per table, mapped field by field to the
 * column names of the schema that the migrations create, written against the Jakarta
 * Persistence API only.
 *
 * <p>Each entity converts to and from its domain record ({@code of}, {@code assign},
 * {@code to...}); the repositories of {@link kz.utm.persistence.jpa.JpaStorage} are their only
 * writers. A consumer may read them with its own JPQL (reports, exports) through an
 * {@link jakarta.persistence.EntityManager} of the storage's factory, but should write through
 * the ports, which check versions, translate constraint violations and keep the rows
 * consistent.
 *
 * <p>Entities are mutable and not thread-safe, as JPA entities are: each belongs to one
 * persistence context.
 */
package kz.utm.persistence.jpa.entity;
