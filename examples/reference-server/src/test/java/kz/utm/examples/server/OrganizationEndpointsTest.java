package kz.utm.examples.server;

import static kz.utm.examples.server.testing.Replies.conflict;
import static kz.utm.examples.server.testing.Replies.denied;
import static kz.utm.examples.server.testing.Replies.duplicate;
import static kz.utm.examples.server.testing.Replies.invalid;
import static kz.utm.examples.server.testing.Replies.notFound;
import static kz.utm.examples.server.testing.Replies.ok;
import static kz.utm.examples.server.testing.Replies.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kz.utm.core.common.constraints.KazakhIdChecksum;
import kz.utm.examples.server.testing.Http;
import kz.utm.examples.server.testing.SharedServer;
import kz.utm.examples.server.testing.World;

/**
 * {@code /organizations}: registration by the authority, reads by members, details by their
 * admin, the designated admin, and deactivate / reactivate / delete / restore. Tests that change
 * an organization's state register their own.
 */
class OrganizationEndpointsTest extends SharedServer {

    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    /** A valid BIN not used before in this class. */
    private static String freshBin() {
        while (true) {
            String body = String.format("050440%05d", SERIAL.incrementAndGet());
            OptionalInt check = KazakhIdChecksum.checkDigit(body);
            if (check.isPresent()) {
                return body + check.getAsInt();
            }
        }
    }

    private static Map<String, Object> organization(String name, String bin) {
        return Map.of("name", name, "bin", bin, "companyAddress", "Dostyk Ave 5", "city", "Astana");
    }

    private static List<String> namesSeenBy(String token) {
        List<String> names = new ArrayList<>();
        ok(200, http.get("/api/v1/organizations?limit=500", token)).json().path("items")
                .forEach(o -> names.add(o.path("name").asText()));
        return names;
    }

    /** A new organization with an admin and a pilot; returns {id, adminToken, pilotToken}. */
    private static Object[] organizationWithMembers(String name) {
        int id = ok(201, http.post("/api/v1/organizations", world.authority(), organization(name, freshBin()))).id();
        String slug = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        ok(201, http.post("/api/v1/users", world.authority(), World.user("Admin of " + name,
                "admin@" + slug + ".example.kz", "ORGANIZATION_ADMIN", id)));
        String admin = server.signIn("admin@" + slug + ".example.kz", "password-123");
        ok(201, http.post("/api/v1/users", admin, World.user("Pilot of " + name, "pilot@" + slug + ".example.kz",
                "ORGANIZATION_PILOT", id)));
        return new Object[] {id, admin, server.signIn("pilot@" + slug + ".example.kz", "password-123")};
    }

    @Test
    void theAuthorityRegistersAnOrganization() {
        String bin = freshBin();
        Http.Reply reply = ok(201, http.post("/api/v1/organizations", world.authority(),
                organization("Kazakh Aerial Works", bin)));

        JsonNode body = reply.json();
        assertThat(body.path("bin").asText()).isEqualTo(bin);
        assertThat(body.path("active").asBoolean()).isTrue();
        assertThat(body.has("adminId")).isFalse();
        assertThat(ok(200, http.get("/api/v1/organizations/" + reply.id(), world.authority())).json()
                .path("name").asText()).isEqualTo("Kazakh Aerial Works");
    }

    @Test
    void onlyTheAuthorityRegistersOrganizations() {
        denied(http.post("/api/v1/organizations", world.steppeAdmin(), organization("Rogue One", freshBin())));
        denied(http.post("/api/v1/organizations", world.pilot(), organization("Rogue Two", freshBin())));
        denied(http.post("/api/v1/organizations", world.solo(), organization("Rogue Three", freshBin())));
        unauthenticated(http.post("/api/v1/organizations", null, organization("Rogue Four", freshBin())));

        assertThat(namesSeenBy(world.authority())).doesNotContain("Rogue One", "Rogue Two", "Rogue Three",
                "Rogue Four");
    }

    @Test
    void aTakenNameOrBinIsAConflictNamingIt() {
        duplicate("name", http.post("/api/v1/organizations", world.authority(),
                organization("Steppe Aerial Survey", freshBin())));
        duplicate("bin", http.post("/api/v1/organizations", world.authority(),
                organization("Another Steppe", "050440000002")));
    }

    @Test
    void registrationNamesEveryBadFieldAndStoresNothing() {
        invalid(http.post("/api/v1/organizations", world.authority(), Map.of("name", "Invalid Aero",
                "bin", "050440000003", "companyAddress", "", "city", "x".repeat(101), "website", "invalid.kz")),
                "bin", "companyAddress", "city", "website");
        invalid(http.post("/api/v1/organizations", world.authority(), Map.of("name", 12, "bin", 50440000002L)),
                "name", "bin", "companyAddress", "city");
        invalid(http.post("/api/v1/organizations", world.authority(), organization("Invalid Aero", "123")), "bin");

        assertThat(namesSeenBy(world.authority())).doesNotContain("Invalid Aero");
    }

    @Test
    void membersAndTheAuthorityReadAnOrganizationOthersDoNotSeeIt() {
        String path = "/api/v1/organizations/" + world.steppe();
        assertThat(ok(200, http.get(path, world.steppeAdmin())).json().path("adminId").asInt())
                .isEqualTo(world.steppeAdminId());
        ok(200, http.get(path, world.pilot()));
        ok(200, http.get(path, world.authority()));
        notFound(http.get(path, world.altaiAdmin()));
        notFound(http.get(path, world.solo()));
        notFound(http.get("/api/v1/organizations/9999", world.authority()));

        assertThat(namesSeenBy(world.pilot())).containsExactly("Steppe Aerial Survey");
        assertThat(namesSeenBy(world.altaiAdmin())).containsExactly("Altai Drones");
        assertThat(namesSeenBy(world.solo())).isEmpty();
        assertThat(namesSeenBy(world.authority())).contains("Steppe Aerial Survey", "Altai Drones");
    }

    @Test
    void itsAdminAndTheAuthorityUpdateTheDetailsNobodyElse() {
        Object[] org = organizationWithMembers("Update Air");
        String path = "/api/v1/organizations/" + org[0];
        Map<String, Object> details = Map.of("name", "Update Air Ltd", "companyAddress", "Kabanbay 9",
                "city", "Almaty");

        assertThat(ok(200, http.put(path, (String) org[1], details)).json().path("city").asText())
                .isEqualTo("Almaty");
        ok(200, http.put(path, world.authority(), Map.of("name", "Update Air Ltd", "companyAddress", "Kabanbay 9",
                "city", "Shymkent")));
        denied(http.put(path, (String) org[2], details));
        notFound(http.put(path, world.altaiAdmin(), details));
        duplicate("name", http.put(path, (String) org[1], Map.of("name", "Altai Drones", "companyAddress", "x",
                "city", "y")));
        // The BIN never changes: it is not a field of an update.
        invalid(http.put(path, (String) org[1], Map.of("name", "", "bin", "050440000002", "companyAddress", "x")),
                "name", "bin", "city");

        JsonNode stored = ok(200, http.get(path, (String) org[1])).json();
        assertThat(stored.path("name").asText()).isEqualTo("Update Air Ltd");
        assertThat(stored.path("city").asText()).isEqualTo("Shymkent");
    }

    @Test
    void theAuthoritySetsTheDesignatedAdmin() {
        Object[] org = organizationWithMembers("Admin Swap");
        int id = (int) org[0];
        int second = ok(201, http.post("/api/v1/users", world.authority(), World.user("Second Boss",
                "second@admin-swap.example.kz", "ORGANIZATION_ADMIN", id))).id();
        String path = "/api/v1/organizations/" + id + "/admin";

        denied(http.put(path, (String) org[1], Map.of("adminId", second)));
        invalid(http.put(path, world.authority(), Map.of()), "adminId");
        invalid(http.put(path, world.authority(), Map.of("adminId", "second", "note", "x")), "adminId", "note");
        // Only an admin member of this organization qualifies.
        invalid(http.put(path, world.authority(), Map.of("adminId", world.altaiAdminId())), "adminId");
        notFound(http.put(path, world.authority(), Map.of("adminId", 9_999)));
        int first = ok(200, http.get("/api/v1/organizations/" + id, world.authority())).json().path("adminId").asInt();
        assertThat(first).isNotEqualTo(second);

        assertThat(ok(200, http.put(path, world.authority(), Map.of("adminId", second))).json().path("adminId")
                .asInt()).isEqualTo(second);
    }

    @Test
    void aDeactivatedOrganizationsMembersMayDoNothingUntilReactivated() {
        Object[] org = organizationWithMembers("Sleepy Hollow");
        String path = "/api/v1/organizations/" + org[0];

        denied(http.post(path + "/deactivate", (String) org[1], null));
        notFound(http.post(path + "/deactivate", world.altaiAdmin(), null));
        assertThat(ok(200, http.post(path + "/deactivate", world.authority(), null)).json().path("active")
                .asBoolean()).isFalse();

        denied(http.get(path, (String) org[1]));
        denied(http.get("/api/v1/users/me", (String) org[2]));
        denied(http.post(path + "/reactivate", (String) org[1], null));

        assertThat(ok(200, http.post(path + "/reactivate", world.authority(), null)).json().path("active")
                .asBoolean()).isTrue();
        ok(200, http.get(path, (String) org[1]));
        ok(200, http.get("/api/v1/users/me", (String) org[2]));
    }

    @Test
    void aDeletedOrganizationIsRestoredByTheAuthorityOnly() {
        Object[] org = organizationWithMembers("Gone Fishing");
        String path = "/api/v1/organizations/" + org[0];

        denied(http.delete(path, (String) org[1]));
        Http.Reply deleted = ok(200, http.delete(path, world.authority()));
        assertThat(deleted.json().has("deletedAt")).isTrue();

        assertThat(namesSeenBy(world.authority())).doesNotContain("Gone Fishing");
        assertThat(ok(200, http.get(path, world.authority())).json().has("deletedAt")).isTrue();
        denied(http.get(path, (String) org[1]));
        notFound(http.get(path, world.altaiAdmin()));
        denied(http.put(path, world.authority(), Map.of("name", "Gone", "companyAddress", "x", "city", "y")));

        Http.Reply restored = ok(200, http.post(path + "/restore", world.authority(), null));
        assertThat(restored.json().has("deletedAt")).isFalse();
        ok(200, http.get(path, (String) org[1]));
        conflict(http.post(path + "/restore", world.authority(), null));
        denied(http.post(path + "/restore", (String) org[1], null));
    }
}
