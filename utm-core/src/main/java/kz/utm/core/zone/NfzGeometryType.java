package kz.utm.core.zone;

/** The shape of a restricted zone: the {@code restricted_zones.geometry_type} column, with exactly the schema's constants. */
public enum NfzGeometryType {
    /** A circle: centre and radius in metres. */
    CIRCLE,
    /** A polygon: outer ring and holes. */
    POLYGON
}
