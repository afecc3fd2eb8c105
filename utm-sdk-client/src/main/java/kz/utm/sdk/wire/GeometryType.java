package kz.utm.sdk.wire;

/** The kind of a restricted zone's shape. Immutable; as named on the wire. */
public enum GeometryType {
    /** A metric circle: {@link ZoneShape.Circle}. */
    CIRCLE,
    /** A polygon with holes: {@link ZoneShape.Polygon}. */
    POLYGON
}
