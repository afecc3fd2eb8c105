package kz.utm.persistence.jpa;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * Plain JDBC on the connection of a unit of work, for the few statements that gain from going
 * around the persistence context (telemetry rows, blocks of ids), with the driver's error kept.
 *
 * <p>Providers wrap whatever escapes {@link EntityManager#callWithConnection} (Hibernate in a bare
 * {@code RuntimeException}), which would hide the SQLSTATE that {@link Conflicts} reads; so the
 * {@link SQLException} is carried out as a value and thrown here as a
 * {@link PersistenceException} whose cause it is. Stateless and thread-safe.
 */
final class JdbcWork {

    /** Work on a JDBC connection. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private record Outcome<T>(T value, SQLException failure) {
    }

    private JdbcWork() {
    }

    /**
     * Runs {@code work} on the entity manager's connection, in its transaction, after flushing
     * what the persistence context holds, so that the statements see every earlier write of the
     * unit of work.
     *
     * @param what what the work does, for the error's message
     * @throws PersistenceException caused by the driver's {@link SQLException} if the database
     *     refuses; the unit of work must then roll back
     */
    static <T> T call(EntityManager em, String what, Work<T> work) {
        em.flush();
        Outcome<T> outcome = em.callWithConnection((Connection connection) -> {
            try {
                return new Outcome<>(work.apply(connection), null);
            } catch (SQLException e) {
                return new Outcome<>(null, e);
            }
        });
        if (outcome.failure() != null) {
            throw new PersistenceException(what + " failed: " + outcome.failure().getMessage(), outcome.failure());
        }
        return outcome.value();
    }
}
