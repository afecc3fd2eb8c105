package kz.utm.sdk.precheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.utm.sdk.UtmClient;
import kz.utm.sdk.testing.ScriptedServer;
import kz.utm.sdk.testing.Step;

/**
 * The SDK on a class path of its own classes and Jackson only, as a vendor's app without
 * utm-geofence has it: the client works, and only the pre-check fails, for want of utm-geofence.
 */
class WithoutGeofenceTest {

    @Test
    void theClientWorksWithoutUtmGeofenceAndOnlyThePreCheckNeedsIt() throws Exception {
        List<URL> classPath = new ArrayList<>();
        classPath.add(UtmClient.class.getProtectionDomain().getCodeSource().getLocation());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (path.getFileName() != null && path.getFileName().toString().startsWith("jackson-")) {
                classPath.add(path.toUri().toURL());
            }
        }
        assertThat(classPath).as("the SDK's classes and Jackson's jars").hasSizeGreaterThanOrEqualTo(5);
        try (URLClassLoader vendorApp = new URLClassLoader(classPath.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader()); ScriptedServer server = ScriptedServer.start()) {
            assertThatThrownBy(() -> vendorApp.loadClass("kz.utm.geofence.ZoneIndex"))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThatThrownBy(() -> vendorApp.loadClass("kz.utm.core.zone.RestrictedZone"))
                    .isInstanceOf(ClassNotFoundException.class);
            server.enqueue(Step.json(200, RoutePreCheckDownloadTest.circleJson(1)));

            Class<?> clientType = vendorApp.loadClass("kz.utm.sdk.UtmClient");
            Object builder = clientType.getMethod("builder").invoke(null);
            builder.getClass().getMethod("baseUrl", String.class).invoke(builder, server.baseUrl().toString());
            builder.getClass().getMethod("bearerToken", String.class).invoke(builder, "fixed-token");
            Object client = builder.getClass().getMethod("build").invoke(builder);
            clientType.getMethod("alerts").invoke(client);
            Object zones = clientType.getMethod("zones").invoke(client);
            Object zone = zones.getClass().getMethod("get", int.class).invoke(zones, 1);

            assertThat(zone.getClass().getClassLoader()).isSameAs(vendorApp);
            assertThat(zone.toString()).contains("Circle 1");

            Throwable preCheck = catchThrowable(() -> vendorApp.loadClass("kz.utm.sdk.precheck.RoutePreCheck")
                    .getMethod("of", List.class).invoke(null, List.of()));
            Throwable cause = preCheck instanceof InvocationTargetException invocation ? invocation.getCause() : preCheck;
            assertThat(cause).isInstanceOf(NoClassDefFoundError.class).hasMessageStartingWith("kz/utm/");
        }
    }
}
