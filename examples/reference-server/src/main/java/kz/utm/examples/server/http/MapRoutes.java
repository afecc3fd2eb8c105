package kz.utm.examples.server.http;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import kz.utm.core.common.UserId;
import kz.utm.core.drone.Drone;
import kz.utm.core.telemetry.ConformanceStatus;
import kz.utm.core.telemetry.TelemetryPoint;
import kz.utm.examples.server.ServerSettings;
import kz.utm.examples.server.UtmApplication;

/**
 * What the map page needs beyond the zones and plans: its settings ({@code GET /map/settings}:
 * the tile URL, if any) and the live drone positions the user may see
 * ({@code GET /map/drones}: each drone's latest point and conformance status).
 */
final class MapRoutes {

    private final UtmApplication application;
    private final ServerSettings settings;

    MapRoutes(UtmApplication application, ServerSettings settings) {
        this.application = application;
        this.settings = settings;
    }

    void register(RoutesConfig routes) {
        routes.get(ApiServer.BASE + "/map/settings", ctx -> Json.respond(ctx, 200, new MapSettings(settings.tileUrl())));
        routes.get(ApiServer.BASE + "/map/drones", this::drones);
    }

    private void drones(Context ctx) {
        UserId actor = Requests.actor(ctx);
        List<DronePosition> positions = new ArrayList<>();
        for (Drone drone : application.core().drones().list(actor)) {
            if (drone.lastSeenAt().isEmpty()) {
                continue;
            }
            Instant seen = drone.lastSeenAt().get();
            List<TelemetryPoint> latest = application.core().telemetry()
                    .history(actor, drone.id(), seen, seen.plusMillis(1), 100);
            if (latest.isEmpty()) {
                continue;
            }
            TelemetryPoint point = latest.get(latest.size() - 1);
            String status = application.monitor().status(drone.id()).map(ConformanceStatus::name)
                    .or(point::statusMessage).orElse("UNKNOWN");
            positions.add(new DronePosition(drone.id().value(), drone.brand() + " " + drone.model(),
                    point.position().latitude(), point.position().longitude(), point.altitudeM(), status,
                    point.timestamp(), point.flightPlanId().map(p -> p.value())));
        }
        Json.respond(ctx, 200, positions);
    }

    /** The map page's settings. */
    record MapSettings(Optional<String> tileUrl) {
    }

    /** A drone's latest known position and status. */
    record DronePosition(int droneId, String name, double latitude, double longitude, double altitudeM, String status,
            Instant timestamp, Optional<Integer> flightPlanId) {
    }
}
