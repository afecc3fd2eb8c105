package kz.utm.examples.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Settings: every default, every override, and every unreadable value named at once. */
class ServerSettingsTest {

    @Test
    void withNothingConfiguredTheServerRunsOnLoopbackWithAnInMemoryDatabase() {
        ServerSettings settings = ServerSettings.defaults();

        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.databaseUrl()).isEmpty();
        assertThat(settings.adminPassword()).isEmpty();
        assertThat(settings.tokenLifetime()).isEqualTo(Duration.ofHours(1));
        assertThat(settings.tileUrl()).isEmpty();
    }

    @Test
    void everyKeyOverridesItsDefault() {
        ServerSettings settings = ServerSettings.from(Map.ofEntries(Map.entry("utm.host", "0.0.0.0"),
                Map.entry("utm.port", "9090"), Map.entry("utm.db.url", "jdbc:postgresql://db/utm"),
                Map.entry("utm.db.user", "utm"), Map.entry("utm.db.password", "secret"),
                Map.entry("utm.admin.email", "root@caa.kz"), Map.entry("utm.admin.password", "long-password"),
                Map.entry("utm.token-lifetime", "PT2H"), Map.entry("utm.login.max-failures", "3"),
                Map.entry("utm.login.window", "PT5M"), Map.entry("utm.max-request-bytes", "65536"),
                Map.entry("utm.telemetry.max-batch", "50"), Map.entry("utm.map.tile-url", "https://t/{z}/{x}/{y}.png"),
                Map.entry("utm.shutdown-grace", "PT3S")));

        assertThat(settings).isEqualTo(new ServerSettings("0.0.0.0", 9090, java.util.Optional.of(
                "jdbc:postgresql://db/utm"), "utm", "secret", "root@caa.kz", java.util.Optional.of("long-password"),
                Duration.ofHours(2), 3, Duration.ofMinutes(5), 65_536, 50,
                java.util.Optional.of("https://t/{z}/{x}/{y}.png"), Duration.ofSeconds(3)));
        assertThat(settings.toString()).doesNotContain("secret").doesNotContain("long-password");
    }

    @Test
    void everyUnreadableOrOutOfRangeValueIsNamed() {
        assertThatThrownBy(() -> ServerSettings.from(Map.of("utm.port", "eighty", "utm.token-lifetime", "1h",
                "utm.telemetry.max-batch", "20000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("utm.port")
                .hasMessageContaining("utm.token-lifetime");
        assertThatThrownBy(() -> ServerSettings.from(Map.of("utm.port", "70000", "utm.telemetry.max-batch", "0")))
                .hasMessageContaining("utm.port").hasMessageContaining("utm.telemetry.max-batch");
    }

    @Test
    void argumentsMustBeKeyValuePairs() {
        assertThatThrownBy(() -> ServerSettings.fromEnvironment(new String[] {"--utm.port"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--utm.port");
        assertThat(ServerSettings.fromEnvironment(new String[] {"--utm.port=0"}).port()).isZero();
    }
}
