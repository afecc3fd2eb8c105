package kz.utm.examples.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import kz.utm.core.common.FieldError;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.ValidationException;
import kz.utm.core.common.ZoneId;
import kz.utm.core.zone.DefineZone;
import kz.utm.core.zone.NfzGeometryType;
import kz.utm.core.zone.RestrictedZone;
import kz.utm.core.zone.ZoneGeometry;
import kz.utm.core.zone.ZoneService;
import kz.utm.examples.server.UtmApplication;
import kz.utm.examples.server.api.Page;
import kz.utm.examples.server.api.ZoneView;
import kz.utm.geofence.Wgs84;
import kz.utm.geofence.codec.ZoneDefinitionCodec;

/**
 * Restricted zones: the authority defines, redefines, deactivates, activates, deletes and
 * restores them; every signed-in user reads the zones in force, optionally those meeting a
 * bounding box ({@code bbox=minLon,minLat,maxLon,maxLat}). The authority may ask for every zone
 * ({@code all=true}), inactive and deleted ones included. A zone's shape travels in the zone
 * definition format; its field errors are named {@code definition} followed by the JSON
 * pointer of the bad value, such as {@code definition/center/lat}.
 */
final class ZoneRoutes {

    private static final String ZONES = ApiServer.BASE + "/zones";
    private static final ZoneDefinitionCodec CODEC = new ZoneDefinitionCodec();

    private final UtmApplication application;
    private final ZoneService zones;

    ZoneRoutes(UtmApplication application) {
        this.application = application;
        this.zones = application.core().zones();
    }

    void register(RoutesConfig routes) {
        routes.post(ZONES, ctx -> respond(ctx, 201, zones.create(Requests.actor(ctx), definition(ctx))));
        routes.get(ZONES, this::list);
        routes.get(ZONES + "/{id}", ctx -> respond(ctx, 200, zones.get(Requests.actor(ctx), id(ctx))));
        routes.put(ZONES + "/{id}", ctx -> {
            ZoneId zone = id(ctx);
            respond(ctx, 200, zones.redefine(Requests.actor(ctx), zone, definition(ctx)));
        });
        routes.post(ZONES + "/{id}/deactivate", ctx -> respond(ctx, 200, zones.deactivate(Requests.actor(ctx), id(ctx))));
        routes.post(ZONES + "/{id}/activate", ctx -> respond(ctx, 200, zones.activate(Requests.actor(ctx), id(ctx))));
        routes.delete(ZONES + "/{id}", ctx -> respond(ctx, 200, zones.delete(Requests.actor(ctx), id(ctx))));
        routes.post(ZONES + "/{id}/restore", ctx -> respond(ctx, 200, zones.restore(Requests.actor(ctx), id(ctx))));
    }

    private DefineZone definition(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.bodyAsBytes());
        NfzGeometryType type = body.constant("geometryType", NfzGeometryType.class);
        JsonNode definition = body.raw("definition");
        ZoneGeometry geometry = null;
        if (definition != null && !definition.isObject()) {
            body.error("definition", "must be an object in the zone definition format");
        } else if (definition != null && type != null) {
            try {
                geometry = CODEC.read(type, definition.toString());
            } catch (ValidationException e) {
                e.errors().forEach(error -> body.error(definitionField(error.field()), error.message()));
            }
        }
        try {
            return body.finish(new DefineZone(body.text("name"), body.optionalText("description"), geometry,
                    body.optionalNumber("minAltitudeM"), body.optionalNumber("maxAltitudeM")), application.validator());
        } catch (ValidationException e) {
            // The command's geometry is missing only because the definition or its type was bad,
            // which is named already; "geometry" is no member of the request.
            List<FieldError> named = e.errors().stream().filter(error -> !error.field().equals("geometry")).toList();
            throw named.isEmpty() ? e : new ValidationException(named);
        }
    }

    // The codec names its errors from the root of the definition text ("definitionJson/center/lat");
    // in a request the definition is the member "definition".
    private static String definitionField(String codecField) {
        String root = "definitionJson";
        return "definition" + (codecField.startsWith(root) ? codecField.substring(root.length()) : "/" + codecField);
    }

    private void list(Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        Optional<double[]> box = boundingBox(ctx.queryParam("bbox"), errors);
        boolean all = "true".equalsIgnoreCase(ctx.queryParam("all"));
        int offset = 0;
        int limit = Requests.DEFAULT_LIMIT;
        try {
            offset = Requests.offset(ctx);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        try {
            limit = Requests.queryInt(ctx, "limit", 1_000, 1, 10_000);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<RestrictedZone> found = all ? zones.list(Requests.actor(ctx)) : zones.listEnforced(Requests.actor(ctx));
        List<ZoneView> views = found.stream()
                .filter(zone -> box.map(b -> meets(zone.geometry(), b)).orElse(true))
                .map(ZoneView::of)
                .toList();
        Json.respond(ctx, 200, Page.of(views, offset, limit));
    }

    private static Optional<double[]> boundingBox(String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String[] parts = raw.split(",");
        if (parts.length == 4) {
            try {
                double[] box = new double[4];
                for (int i = 0; i < 4; i++) {
                    box[i] = Double.parseDouble(parts[i].strip());
                }
                if (box[0] >= -180 && box[2] <= 180 && box[1] >= -90 && box[3] <= 90 && box[0] <= box[2]
                        && box[1] <= box[3]) {
                    return Optional.of(box);
                }
            } catch (NumberFormatException e) {
                // Reported below.
            }
        }
        errors.add(new FieldError("bbox", "must be minLon,minLat,maxLon,maxLat in degrees, min not above max"));
        return Optional.empty();
    }

    // Envelope against envelope: a circle's is its centre widened by the radius, in degrees at
    // its latitude (a pole-covering circle spans every longitude).
    private static boolean meets(ZoneGeometry geometry, double[] box) {
        double minLon;
        double minLat;
        double maxLon;
        double maxLat;
        if (geometry instanceof ZoneGeometry.Circle circle) {
            double latRad = Math.toRadians(circle.centre().latitude());
            double dLat = Math.toDegrees(circle.radiusMetres() / Wgs84.metresPerRadianLatitude(latRad));
            double perLon = Wgs84.metresPerRadianLongitude(latRad);
            double dLon = perLon < circle.radiusMetres() ? 180 : Math.toDegrees(circle.radiusMetres() / perLon);
            minLat = circle.centre().latitude() - dLat;
            maxLat = circle.centre().latitude() + dLat;
            minLon = circle.centre().longitude() - dLon;
            maxLon = circle.centre().longitude() + dLon;
            if (minLon < -180 || maxLon > 180) {
                minLon = -180;
                maxLon = 180;
            }
        } else {
            ZoneGeometry.Polygon polygon = (ZoneGeometry.Polygon) geometry;
            minLon = Double.POSITIVE_INFINITY;
            minLat = Double.POSITIVE_INFINITY;
            maxLon = Double.NEGATIVE_INFINITY;
            maxLat = Double.NEGATIVE_INFINITY;
            for (GeoPoint point : polygon.shell()) {
                minLon = Math.min(minLon, point.longitude());
                maxLon = Math.max(maxLon, point.longitude());
                minLat = Math.min(minLat, point.latitude());
                maxLat = Math.max(maxLat, point.latitude());
            }
        }
        return minLon <= box[2] && maxLon >= box[0] && minLat <= box[3] && maxLat >= box[1];
    }

    private static ZoneId id(Context ctx) {
        return Requests.pathId(ctx, "id", "restricted zone", ZoneId::of);
    }

    private static void respond(Context ctx, int status, RestrictedZone zone) {
        Json.respond(ctx, status, ZoneView.of(zone));
    }
}
