/**
 * UTM Kit's storage in a relational database: {@link kz.utm.persistence.jpa.JpaStorage}, the JPA
 * adapter of every repository port of utm-core, and the Flyway migrations of its schema
 * ({@code db/migration}), for H2 and PostgreSQL.
 *
 * <p>The schema, its additions to the seed and the adapter's choices are described in
 * {@code docs/persistence.md}.
 */
package kz.utm.persistence.jpa;
