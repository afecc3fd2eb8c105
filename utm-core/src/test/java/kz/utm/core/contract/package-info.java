/**
 * Contract tests of the repository ports, one abstract class per port, run against every
 * adapter (in-memory, H2, PostgreSQL).
 *
 * <p>An adapter's test extends a contract and implements {@code newStorage()}: a
 * {@link kz.utm.core.UtmStorage} whose every table is empty, called before each test. The
 * contract takes the port under test from that storage and creates the rows the test depends
 * on (a drone's owner, a plan's submitter and drone, a telemetry point's drone) through the
 * storage's other ports, in foreign-key order and with ids from their {@code nextId()}
 * ({@link kz.utm.core.contract.Rows}), so that a database adapter's foreign keys hold without
 * the contract inventing ids. An organization and its admin, which reference each other, are
 * created as a database needs them: the organization, its admin, then the organization updated
 * to name the admin. Every instant is whole seconds, to survive a database's timestamp
 * precision. The contracts call the ports outside any unit of work, as a caller without
 * {@link kz.utm.core.common.Transactions} would.
 */
package kz.utm.core.contract;
