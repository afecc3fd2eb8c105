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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kz.utm.examples.server.testing.Http;
import kz.utm.examples.server.testing.SharedServer;
import kz.utm.examples.server.testing.TestServer;
import kz.utm.examples.server.testing.World;

/**
 * {@code /users}: self-registration, creation by admins, reads and lists as the access policy
 * allows, profile, role, and deactivate / reactivate / delete / restore. Tests that change a
 * user create their own, so that they share one server.
 */
class UserEndpointsTest extends SharedServer {

    private static List<String> emailsSeenBy(String token) {
        List<String> emails = new ArrayList<>();
        ok(200, http.get("/api/v1/users?limit=500", token)).json().path("items")
                .forEach(user -> emails.add(user.path("email").asText()));
        return emails;
    }

    private static int newPilot(String email) {
        return ok(201, http.post("/api/v1/users", world.steppeAdmin(), World.user("Pilot " + email, email,
                "ORGANIZATION_PILOT", world.steppe()))).id();
    }

    @Test
    void anyoneRegistersThemselvesAsASoloPilot() {
        Http.Reply reply = ok(201, http.post("/api/v1/users/register", null, Map.of("fullName", "  Dana Omarova ",
                "email", "Dana@Pilots.Example.kz", "password", "password-123", "phoneNumber", "+77017654321")));

        assertThat(reply.json().path("role").asText()).isEqualTo("SOLO_PILOT");
        assertThat(reply.json().path("fullName").asText()).isEqualTo("Dana Omarova");
        assertThat(reply.json().path("email").asText()).isEqualTo("dana@pilots.example.kz");
        assertThat(reply.json().has("organizationId")).isFalse();
        assertThat(reply.body()).doesNotContain("password-123");
        String token = server.signIn("dana@pilots.example.kz", "password-123");
        assertThat(ok(200, http.get("/api/v1/users/" + reply.id(), token)).json().path("phoneNumber").asText())
                .isEqualTo("+77017654321");
    }

    @Test
    void registrationNamesEveryBadFieldAndStoresNothing() {
        invalid(http.post("/api/v1/users/register", null, Map.of("fullName", " ", "email", "kept@pilots.example.kz",
                "password", "short", "phoneNumber", "8-701-000", "iin", "12345", "role", "AUTHORITY_ADMIN")),
                "fullName", "password", "phoneNumber", "iin", "role");
        invalid(http.post("/api/v1/users/register", null, Map.of("fullName", 7, "email", "not an address")),
                "fullName", "email", "password");

        assertThat(emailsSeenBy(world.authority())).doesNotContain("kept@pilots.example.kz");
    }

    @Test
    void aTakenEmailIsAConflictNamingIt() {
        duplicate("email", http.post("/api/v1/users/register", null, Map.of("fullName", "Copy Cat",
                "email", "SOLO@pilots.example.kz", "password", "password-123")));
        duplicate("email", http.post("/api/v1/users", world.steppeAdmin(), World.user("Copy Cat",
                "daniyar@steppe.example.kz", "ORGANIZATION_PILOT", world.steppe())));
    }

    @Test
    void theAuthorityCreatesAdminsAndAnOrganizationAdminCreatesItsPilots() {
        Http.Reply admin = ok(201, http.post("/api/v1/users", world.authority(), World.user("Second Admin",
                "second-admin@caa.example.kz", "AUTHORITY_ADMIN", 0).entrySet().stream()
                .filter(e -> !e.getKey().equals("organizationId"))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
        assertThat(admin.json().path("role").asText()).isEqualTo("AUTHORITY_ADMIN");
        // Another active authority admin would lift the last-authority guard other tests rely on.
        ok(200, http.delete("/api/v1/users/" + admin.id(), world.authority()));

        Http.Reply pilot = ok(201, http.post("/api/v1/users", world.steppeAdmin(), World.user("New Pilot",
                "new-pilot@steppe.example.kz", "ORGANIZATION_PILOT", world.steppe())));
        assertThat(pilot.json().path("organizationId").asInt()).isEqualTo(world.steppe());
        ok(200, http.get("/api/v1/users/" + pilot.id(), world.steppeAdmin()));
    }

    @Test
    void creatingAUserOutsideOnesRightsIsDenied() {
        // An organization admin: not a pilot of another organization, not an admin, not a solo pilot.
        denied(http.post("/api/v1/users", world.steppeAdmin(), World.user("Spy", "spy1@altai.example.kz",
                "ORGANIZATION_PILOT", world.altai())));
        denied(http.post("/api/v1/users", world.steppeAdmin(), World.user("Boss", "boss@steppe.example.kz",
                "ORGANIZATION_ADMIN", world.steppe())));
        // A pilot creates nobody.
        denied(http.post("/api/v1/users", world.pilot(), World.user("Friend", "friend@steppe.example.kz",
                "ORGANIZATION_PILOT", world.steppe())));
        // Solo pilots only register themselves.
        Map<String, Object> solo = new HashMap<>(World.user("Solo", "solo2@pilots.example.kz", "SOLO_PILOT", 1));
        solo.remove("organizationId");
        denied(http.post("/api/v1/users", world.authority(), solo));

        assertThat(emailsSeenBy(world.authority())).doesNotContain("spy1@altai.example.kz", "boss@steppe.example.kz",
                "friend@steppe.example.kz", "solo2@pilots.example.kz");
    }

    @Test
    void creatingAUserNamesEveryBadFieldAndStoresNothing() {
        invalid(http.post("/api/v1/users", world.authority(), Map.of("fullName", "Ghost",
                "email", "ghost@steppe.example.kz", "password", "password-123", "role", "ORGANIZATION_PILOT")),
                "organizationId");
        invalid(http.post("/api/v1/users", world.authority(), Map.of("fullName", "Ghost",
                "email", "ghost@steppe.example.kz", "password", "password-123", "role", "PILOT",
                "organizationId", "steppe")), "role", "organizationId");
        invalid(http.post("/api/v1/users", world.authority(), Map.of("fullName", "", "email", "ghost@",
                "password", "password-123", "role", "AUTHORITY_ADMIN", "organizationId", world.steppe())),
                "fullName", "email", "organizationId");

        assertThat(emailsSeenBy(world.authority())).doesNotContain("ghost@steppe.example.kz");
    }

    @Test
    void creatingAUserInAnUnknownOrganizationIsNotFound() {
        notFound(http.post("/api/v1/users", world.authority(), World.user("Lost", "lost@nowhere.example.kz",
                "ORGANIZATION_ADMIN", 9_999)));
    }

    @Test
    void aUserIsReadByThemselvesTheirOrganizationsAdminAndTheAuthorityOnly() {
        String path = "/api/v1/users/" + world.pilotId();
        assertThat(ok(200, http.get(path, world.pilot())).json().path("email").asText())
                .isEqualTo("daniyar@steppe.example.kz");
        ok(200, http.get(path, world.steppeAdmin()));
        ok(200, http.get(path, world.authority()));
        notFound(http.get(path, world.idlePilot()));
        notFound(http.get(path, world.altaiAdmin()));
        notFound(http.get(path, world.solo()));
        notFound(http.get("/api/v1/users/" + world.steppeAdminId(), world.pilot()));
        notFound(http.get("/api/v1/users/9999", world.authority()));
        notFound(http.get("/api/v1/users/abc", world.authority()));
        unauthenticated(http.get(path, null));

        assertThat(ok(200, http.get("/api/v1/users/me", world.solo())).id()).isEqualTo(world.soloId());
    }

    @Test
    void theListShowsWhatTheActorMayReadPageByPage() {
        assertThat(emailsSeenBy(world.solo())).containsExactly("solo@pilots.example.kz");
        assertThat(emailsSeenBy(world.altaiAdmin())).containsExactly("yerlan@altai.example.kz");
        assertThat(emailsSeenBy(world.steppeAdmin())).contains("aigerim@steppe.example.kz",
                "daniyar@steppe.example.kz", "marat@steppe.example.kz").doesNotContain("yerlan@altai.example.kz",
                "solo@pilots.example.kz", TestServer.ADMIN_EMAIL);
        List<String> all = emailsSeenBy(world.authority());
        assertThat(all).contains(TestServer.ADMIN_EMAIL, "yerlan@altai.example.kz", "solo@pilots.example.kz");

        JsonNode first = ok(200, http.get("/api/v1/users?offset=0&limit=2", world.authority())).json();
        assertThat(first.path("items")).hasSize(2);
        assertThat(first.path("nextOffset").asInt()).isEqualTo(2);
        JsonNode second = ok(200, http.get("/api/v1/users?offset=2&limit=2", world.authority())).json();
        assertThat(second.path("items").get(0).path("id").asInt())
                .isGreaterThan(first.path("items").get(1).path("id").asInt());
        JsonNode last = ok(200, http.get("/api/v1/users?offset=" + (all.size() - 1) + "&limit=2",
                world.authority())).json();
        assertThat(last.path("items")).hasSize(1);
        assertThat(last.has("nextOffset")).isFalse();

        invalid(http.get("/api/v1/users?limit=0", world.authority()), "limit");
        invalid(http.get("/api/v1/users?offset=-1", world.authority()), "offset");
        invalid(http.get("/api/v1/users?limit=501", world.authority()), "limit");
    }

    @Test
    void aUserChangesTheirOwnProfileAndNobodyElses() {
        int id = newPilot("profile@steppe.example.kz");
        String token = server.signIn("profile@steppe.example.kz", "password-123");

        Http.Reply changed = ok(200, http.put("/api/v1/users/" + id + "/profile", token, Map.of("fullName",
                "Renamed Pilot", "phoneNumber", "+77019998877", "newPassword", "a-new-password")));
        assertThat(changed.json().path("fullName").asText()).isEqualTo("Renamed Pilot");
        unauthenticated(http.post("/api/v1/auth/login", null, Map.of("email", "profile@steppe.example.kz",
                "password", "password-123")));
        server.signIn("profile@steppe.example.kz", "a-new-password");

        // The admin may read the pilot but not change the profile; others may not even read it.
        denied(http.put("/api/v1/users/" + id + "/profile", world.steppeAdmin(), Map.of("fullName", "By Admin")));
        denied(http.put("/api/v1/users/" + id + "/profile", world.authority(), Map.of("fullName", "By Authority")));
        notFound(http.put("/api/v1/users/" + id + "/profile", world.altaiAdmin(), Map.of("fullName", "By Altai")));
        notFound(http.put("/api/v1/users/" + id + "/profile", world.pilot(), Map.of("fullName", "By Colleague")));
        assertThat(ok(200, http.get("/api/v1/users/" + id, token)).json().path("fullName").asText())
                .isEqualTo("Renamed Pilot");
    }

    @Test
    void aProfileUpdateNamesEveryBadFieldAndChangesNothing() {
        int id = newPilot("bad-profile@steppe.example.kz");
        String token = server.signIn("bad-profile@steppe.example.kz", "password-123");

        invalid(http.put("/api/v1/users/" + id + "/profile", token, Map.of("fullName", "",
                "phoneNumber", "not-a-phone", "newPassword", "short", "email", "new@steppe.example.kz")),
                "fullName", "phoneNumber", "newPassword", "email");
        invalid(http.put("/api/v1/users/" + id + "/profile", token, Map.of("phoneNumber", 77011234567L)),
                "fullName", "phoneNumber");

        JsonNode stored = ok(200, http.get("/api/v1/users/" + id, token)).json();
        assertThat(stored.path("fullName").asText()).isEqualTo("Pilot bad-profile@steppe.example.kz");
        assertThat(stored.has("phoneNumber")).isFalse();
        server.signIn("bad-profile@steppe.example.kz", "password-123");
    }

    @Test
    void onlyTheAuthorityChangesARoleAndNeverDemotesTheLastAuthority() {
        int id = newPilot("promoted@steppe.example.kz");
        String path = "/api/v1/users/" + id + "/role";

        denied(http.put(path, world.steppeAdmin(), Map.of("role", "ORGANIZATION_ADMIN", "organizationId",
                world.steppe())));
        notFound(http.put(path, world.altaiAdmin(), Map.of("role", "ORGANIZATION_PILOT", "organizationId",
                world.altai())));
        invalid(http.put(path, world.authority(), Map.of("role", "ORGANIZATION_ADMIN")), "organizationId");
        invalid(http.put(path, world.authority(), Map.of("role", "CAPTAIN", "organizationId", -4)),
                "role", "organizationId");
        notFound(http.put(path, world.authority(), Map.of("role", "ORGANIZATION_PILOT", "organizationId", 9_999)));
        assertThat(ok(200, http.get("/api/v1/users/" + id, world.authority())).json().path("role").asText())
                .isEqualTo("ORGANIZATION_PILOT");

        Http.Reply moved = ok(200, http.put(path, world.authority(), Map.of("role", "ORGANIZATION_PILOT",
                "organizationId", world.altai())));
        assertThat(moved.json().path("organizationId").asInt()).isEqualTo(world.altai());
        ok(200, http.get("/api/v1/users/" + id, world.altaiAdmin()));
        notFound(http.get("/api/v1/users/" + id, world.steppeAdmin()));

        int authorityId = ok(200, http.get("/api/v1/users/me", world.authority())).id();
        conflict(http.put("/api/v1/users/" + authorityId + "/role", world.authority(),
                Map.of("role", "SOLO_PILOT")));
    }

    @Test
    void anOrganizationAdminDeactivatesAndReactivatesTheirPilot() {
        int id = newPilot("sleepy@steppe.example.kz");
        String token = server.signIn("sleepy@steppe.example.kz", "password-123");

        notFound(http.post("/api/v1/users/" + id + "/deactivate", world.altaiAdmin(), null));
        notFound(http.post("/api/v1/users/" + id + "/deactivate", world.pilot(), null));
        assertThat(ok(200, http.post("/api/v1/users/" + id + "/deactivate", world.steppeAdmin(), null))
                .json().path("active").asBoolean()).isFalse();
        denied(http.get("/api/v1/users/me", token));
        denied(http.post("/api/v1/users/" + id + "/reactivate", token, null));

        assertThat(ok(200, http.post("/api/v1/users/" + id + "/reactivate", world.steppeAdmin(), null))
                .json().path("active").asBoolean()).isTrue();
        ok(200, http.get("/api/v1/users/me", token));

        // An organization admin manages pilots, not themselves.
        denied(http.post("/api/v1/users/" + world.steppeAdminId() + "/deactivate", world.steppeAdmin(), null));
    }

    @Test
    void theLastActiveAuthorityIsNeverDeactivatedOrDeleted() {
        int authorityId = ok(200, http.get("/api/v1/users/me", world.authority())).id();
        conflict(http.post("/api/v1/users/" + authorityId + "/deactivate", world.authority(), null));
        conflict(http.delete("/api/v1/users/" + authorityId, world.authority()));
        assertThat(ok(200, http.get("/api/v1/users/me", world.authority())).json().path("active").asBoolean())
                .isTrue();
    }

    @Test
    void aDeletedUserIsGoneForAllButTheAuthorityWhoRestoresIt() {
        int id = newPilot("deleted@steppe.example.kz");
        String token = server.signIn("deleted@steppe.example.kz", "password-123");

        Http.Reply deleted = ok(200, http.delete("/api/v1/users/" + id, world.steppeAdmin()));
        assertThat(deleted.json().has("deletedAt")).isTrue();

        notFound(http.get("/api/v1/users/" + id, world.steppeAdmin()));
        assertThat(emailsSeenBy(world.steppeAdmin())).doesNotContain("deleted@steppe.example.kz");
        assertThat(ok(200, http.get("/api/v1/users/" + id, world.authority())).json().has("deletedAt")).isTrue();
        denied(http.get("/api/v1/users/me", token));
        unauthenticated(http.post("/api/v1/auth/login", null, Map.of("email", "deleted@steppe.example.kz",
                "password", "password-123")));
        // Only the authority restores, and only what is deleted.
        notFound(http.post("/api/v1/users/" + id + "/restore", world.steppeAdmin(), null));
        denied(http.post("/api/v1/users/" + id + "/deactivate", world.authority(), null));

        Http.Reply restored = ok(200, http.post("/api/v1/users/" + id + "/restore", world.authority(), null));
        assertThat(restored.json().has("deletedAt")).isFalse();
        ok(200, http.get("/api/v1/users/" + id, world.steppeAdmin()));
        conflict(http.post("/api/v1/users/" + id + "/restore", world.authority(), null));
        denied(http.post("/api/v1/users/" + id + "/restore", world.steppeAdmin(), null));
    }
}
