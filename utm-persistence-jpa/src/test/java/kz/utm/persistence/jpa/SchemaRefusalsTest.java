package kz.utm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import jakarta.persistence.PersistenceException;

import kz.utm.core.common.Audit;
import kz.utm.core.common.UserId;
import kz.utm.core.contract.Rows;
import kz.utm.core.drone.Drone;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;
import kz.utm.core.zone.RestrictedZone;

/**
 * Values the domain records admit but the schema does not: refused by the database, never cut
 * or bent to fit, and nothing stored. The services check them first; this is the last line.
 */
class SchemaRefusalsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aZoneDescriptionLongerThanItsColumnIsRefusedNotCut(TestDatabase database) {
        JpaStorage storage = database.cleanStorage();
        UserId authority = Rows.insertAuthorityAdmin(storage).id();
        RestrictedZone zone = Rows.circleZone(storage.zones().nextId(), authority);
        RestrictedZone tooLong = new RestrictedZone(zone.id(), zone.name(), Optional.of("x".repeat(1_001)),
                zone.geometry(), zone.altitudeBand(), true, authority, 0, zone.audit());

        assertThatThrownBy(() -> storage.zones().insert(tooLong)).isInstanceOf(PersistenceException.class);

        assertThat(storage.zones().findByIdIncludingDeleted(zone.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFullNameLongerThanItsColumnIsRefusedNotCut(TestDatabase database) {
        JpaStorage storage = database.cleanStorage();
        UserId id = storage.users().nextId();
        User tooLong = new User(id, "x".repeat(101), "long@example.kz", Optional.empty(), Optional.empty(), "hash",
                UserRole.SOLO_PILOT, Optional.empty(), true, 0, Audit.createdAt(Rows.T0));

        assertThatThrownBy(() -> storage.users().insert(tooLong)).isInstanceOf(PersistenceException.class);

        assertThat(storage.users().findByIdIncludingDeleted(id)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void rowsThatBypassTheDomainStillKeepItsRules(TestDatabase database) throws SQLException {
        JpaStorage storage = database.cleanStorage();
        User pilot = Rows.insertSoloPilot(storage);
        Drone drone = Rows.insertSoloDrone(storage, pilot.id());

        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String breaking : List.of(
                    "UPDATE users SET role = 'ORGANIZATION_PILOT' WHERE id = " + pilot.id(),
                    "UPDATE users SET role = 'PILOT' WHERE id = " + pilot.id(),
                    "UPDATE drones SET owner_type = 'ORGANIZATION' WHERE id = " + drone.id(),
                    "UPDATE drones SET current_status = 'LOST' WHERE id = " + drone.id())) {
                assertThatThrownBy(() -> statement.executeUpdate(breaking)).as(breaking)
                        .isInstanceOfSatisfying(SQLException.class,
                                e -> assertThat(e.getSQLState()).as(breaking).startsWith("23"));
            }
        }

        assertThat(storage.users().findById(pilot.id())).contains(pilot);
        assertThat(storage.drones().findById(drone.id())).contains(drone);
    }
}
