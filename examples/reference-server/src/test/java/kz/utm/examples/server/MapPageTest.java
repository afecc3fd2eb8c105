package kz.utm.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;


import kz.utm.examples.server.testing.TestServer;
import kz.utm.examples.server.testing.World;

/**
 * The map page in a real browser: headless Chromium opens it signed in as the authority, and
 * the zones, the active plan's route and the flying drone must be drawn. A screenshot is left
 * in {@code target/map-page.png}.
 *
 * <p>Needs Debian's {@code chromium} (CI installs it). Without it the test is skipped, unless
 * the environment sets {@code UTM_REQUIRE_CHROMIUM=1}, as CI does, which makes its absence a
 * failure.
 */
class MapPageTest {

    private static final Path TARGET = Paths.get("target");

    private static TestServer server;
    private static World world;
    private static String url;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        world = World.build(server);
        // A third zone, a polygon with a hole, and one active flight with a position.
        World.expect(201, server.http().post("/api/v1/zones", world.authority(), Map.of("name", "Park with a hole",
                "geometryType", "POLYGON", "definition", Map.of("type", "Polygon", "coordinates", List.of(
                        List.of(List.of(76.80, 43.10), List.of(76.86, 43.10), List.of(76.86, 43.14),
                                List.of(76.80, 43.14), List.of(76.80, 43.10)),
                        List.of(List.of(76.82, 43.11), List.of(76.84, 43.11), List.of(76.84, 43.13),
                                List.of(76.82, 43.11)))))));
        Instant departure = server.clock().instant().plus(Duration.ofMinutes(30));
        int plan = World.expect(201, server.http().post("/api/v1/flight-plans", world.solo(), Map.of(
                "droneId", world.soloDrone(), "plannedDepartureTime", departure.toString(),
                "plannedArrivalTime", departure.plus(Duration.ofMinutes(30)).toString(), "waypoints", List.of(
                        Map.of("sequenceOrder", 0, "latitude", 43.20, "longitude", 76.95, "altitudeM", 50),
                        Map.of("sequenceOrder", 1, "latitude", 43.22, "longitude", 76.99, "altitudeM", 50))))).id();
        World.expect(200, server.http().post("/api/v1/flight-plans/" + plan + "/approve", world.authority(), null));
        server.advance(Duration.ofMinutes(30));
        World.expect(200, server.http().post("/api/v1/flight-plans/" + plan + "/activate", world.solo(), null));
        World.expect(201, server.http().post("/api/v1/drones/" + world.soloDrone() + "/telemetry", world.solo(),
                Map.of("points", List.of(Map.of("timestamp", server.clock().instant().toString(),
                        "latitude", 43.21, "longitude", 76.97, "altitudeM", 50)))));
        url = server.http().base().resolve("/#live=0&token=" + server.authorityToken()).toString();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theMapDrawsEveryZoneTheActiveRouteAndTheDrone() throws Exception {
        Path chromium = chromium();
        String dom = run(chromium, "--dump-dom", url);

        assertThat(attribute(dom, "data-ready")).as("the page finished loading").contains("true");
        assertThat(attribute(dom, "data-zones")).contains("3");
        assertThat(count(dom, "utm-zone")).as("zone layers drawn").isEqualTo(3);
        assertThat(count(dom, "utm-plan")).as("active routes drawn").isEqualTo(1);
        assertThat(count(dom, "utm-drone")).as("drones drawn").isEqualTo(1);

        Path screenshot = TARGET.resolve("map-page.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        run(chromium, "--screenshot=" + screenshot, url);
        assertThat(screenshot).exists();
        byte[] png = Files.readAllBytes(screenshot);
        assertThat(png.length).isGreaterThan(10_000);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    private static Path chromium() {
        Optional<Path> found = Stream.of("chromium", "chromium-browser", "google-chrome")
                .flatMap(name -> Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                        .map(dir -> Paths.get(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
        if (found.isEmpty() && "1".equals(System.getenv("UTM_REQUIRE_CHROMIUM"))) {
            throw new AssertionError("UTM_REQUIRE_CHROMIUM=1 but no chromium on the PATH");
        }
        Assumptions.assumeTrue(found.isPresent(), "no chromium on the PATH: the map page test needs it");
        return found.get();
    }

    // The page refreshes every 5 s of its virtual time; 12 s lets it load and refresh once.
    private static String run(Path chromium, String action, String page) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("utm-chromium");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=1280,800", "--virtual-time-budget=12000", action, page));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(process.exitValue()).as("chromium's exit status").isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String attribute(String dom, String name) {
        Matcher matcher = Pattern.compile(name + "=\"([^\"]*)\"").matcher(dom);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static int count(String dom, String cssClass) {
        Matcher matcher = Pattern.compile("class=\"[^\"]*\\b" + Pattern.quote(cssClass) + "\\b").matcher(dom);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
