package kz.utm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.zaxxer.hikari.HikariDataSource;

import kz.utm.core.contract.Rows;
import kz.utm.core.drone.Drone;
import kz.utm.core.user.User;

/**
 * How a consumer gets a storage: from a data source or a JDBC URL, migrated first; an H2
 * database in memory or in a file; the entity manager factory built from code, without
 * {@code persistence.xml}.
 */
class EntryPointsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStorageOpenedByUrlMigratesNothingTwiceAndSeesTheSameDatabase(TestDatabase database) {
        Drone drone = Rows.insertSoloDrone(database.cleanStorage());

        try (JpaStorage byUrl = JpaStorage.migrateAndOpen(database.jdbcUrl(), database.user(), database.user())) {
            assertThat(byUrl.drones().findById(drone.id())).contains(drone);
            assertThat(byUrl.drones().nextId()).isNotEqualTo(drone.id());
        }
    }

    @Test
    void anInMemoryH2StorageIsEmptyAndItsOwn() {
        try (JpaStorage first = JpaStorage.inMemoryH2(); JpaStorage second = JpaStorage.inMemoryH2()) {
            User user = Rows.insertSoloPilot(first);

            assertThat(first.users().findAll()).containsExactly(user);
            assertThat(second.users().findAll()).isEmpty();
        }
    }

    @Test
    void closingTwiceIsHarmlessAndAClosedStorageRefusesWork() {
        JpaStorage storage = JpaStorage.inMemoryH2();

        storage.close();
        storage.close();

        assertThatThrownBy(() -> storage.users().findAll()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anH2FileKeepsItsRowsAcrossOpenings(@TempDir Path directory) {
        Path file = directory.resolve("utm");
        User user;
        try (JpaStorage storage = JpaStorage.h2File(file)) {
            user = Rows.insertSoloPilot(storage);
        }

        try (JpaStorage reopened = JpaStorage.h2File(file)) {
            assertThat(reopened.users().findAll()).containsExactly(user);
        }
        assertThat(directory.resolve("utm.mv.db")).exists();
    }

    @Test
    void aSchemaWithTablesButNoMigrationHistoryIsNotAdopted() throws Exception {
        try (HikariDataSource foreign = TestDatabase.pool("jdbc:h2:mem:foreign;DB_CLOSE_DELAY=-1", "sa", "")) {
            try (Connection connection = foreign.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)");
            }

            assertThatThrownBy(() -> JpaStorage.migrate(foreign)).isInstanceOf(RuntimeException.class)
                    .hasMessageContaining("non-empty schema");
        }
    }

    @Test
    void openingAnUnmigratedDatabaseIsRefusedWithTheFirstMissingMigration() {
        try (HikariDataSource empty = TestDatabase.pool("jdbc:h2:mem:unmigrated;DB_CLOSE_DELAY=-1", "sa", "")) {
            assertThatThrownBy(() -> JpaStorage.open(empty)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("lacks 3").hasMessageContaining("first being 1")
                    .hasMessageContaining("JpaStorage.migrate");
        }
    }

    @Test
    void anH2PathThatWouldEndTheUrlIsRefused(@TempDir Path directory) {
        assertThatThrownBy(() -> JpaStorage.h2File(directory.resolve("utm;MODE=MySQL")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFactoryIsBuiltFromCodeWithoutPersistenceXml() {
        assertThat(getClass().getClassLoader().getResource("META-INF/persistence.xml")).isNull();
        assertThat(TestDatabase.H2.storage().entityManagerFactory().getMetamodel().getEntities()).hasSize(8);
    }
}
