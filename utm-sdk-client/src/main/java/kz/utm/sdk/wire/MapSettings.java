package kz.utm.sdk.wire;

import java.util.Optional;

/**
 * The map page's settings. Immutable and thread-safe.
 *
 * @param tileUrl a Leaflet tile URL template, when the map has tiles
 */
public record MapSettings(Optional<String> tileUrl) {
}
