package kz.utm.sdk;

import java.util.List;

import kz.utm.sdk.internal.HttpCall;
import kz.utm.sdk.internal.Transport;
import kz.utm.sdk.wire.DronePosition;
import kz.utm.sdk.wire.MapSettings;

/**
 * What the server's map shows ({@code /map}): its settings and the drones' latest positions.
 * Thread-safe; the server's refusals are the exceptions of {@link kz.utm.sdk.error}.
 */
public final class LiveMap {

    private final Transport transport;

    LiveMap(Transport transport) {
        this.transport = transport;
    }

    /** The map's settings. */
    public MapSettings settings() {
        return transport.call(HttpCall.get("/map/settings"), MapSettings.class);
    }

    /** The latest position and status of every drone the caller may read that has reported one. */
    public List<DronePosition> drones() {
        return transport.call(HttpCall.get("/map/drones"),
                transport.mapper().getTypeFactory().constructCollectionType(List.class, DronePosition.class));
    }
}
