package kz.utm.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import kz.utm.examples.server.testing.Http;
import kz.utm.examples.server.testing.TestServer;
import kz.utm.examples.server.testing.World;

/**
 * The database by configuration: a real PostgreSQL, and an H2 file, each kept across a
 * restart. The first authority admin is created on the first start only: a second start with
 * another configured admin creates nobody, and the first admin's password still works.
 */
class DatabaseConfigurationTest {

    @Test
    void onPostgresqlTheDataOutlivesARestartAndTheFirstAdminIsCreatedOnce() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, String> database = Map.of("utm.db.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "utm.db.user", "postgres", "utm.db.password", "postgres");
            survivesARestart(database);
        }
    }

    @Test
    void onAnH2FileTheDataOutlivesARestartAndTheFirstAdminIsCreatedOnce() throws IOException {
        Path directory = Files.createTempDirectory("utm-server-h2");
        survivesARestart(Map.of("utm.db.url", "jdbc:h2:file:" + directory.resolve("utm") + ";LOCK_TIMEOUT=10000",
                "utm.db.user", "sa", "utm.db.password", ""));
    }

    private static void survivesARestart(Map<String, String> database) {
        int organization;
        try (TestServer first = TestServer.start(database)) {
            World world = World.build(first);
            organization = world.steppe();
        }
        Map<String, String> otherAdmin = new java.util.HashMap<>(database);
        otherAdmin.put("utm.admin.email", "someone.else@caa.example.kz");
        try (TestServer second = TestServer.start(otherAdmin)) {
            String authority = second.authorityToken();
            Http.Reply steppe = second.http().get("/api/v1/organizations/" + organization, authority);
            assertThat(steppe.status()).isEqualTo(200);
            assertThat(steppe.json().path("name").asText()).isEqualTo("Steppe Aerial Survey");
            Http.Reply zones = second.http().get("/api/v1/zones", authority);
            assertThat(zones.json().path("items")).hasSize(2);
            Http.Reply users = second.http().get("/api/v1/users?limit=500", authority);
            assertThat(users.json().path("items").findValuesAsText("email"))
                    .contains(TestServer.ADMIN_EMAIL).doesNotContain("someone.else@caa.example.kz");
            Http.Reply refused = second.http().post("/api/v1/auth/login", null,
                    Map.of("email", "someone.else@caa.example.kz", "password", TestServer.ADMIN_PASSWORD));
            assertThat(refused.status()).isEqualTo(401);
        }
    }
}
