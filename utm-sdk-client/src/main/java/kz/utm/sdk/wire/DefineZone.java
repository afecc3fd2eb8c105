package kz.utm.sdk.wire;

import java.util.Objects;
import java.util.Optional;

/**
 * A zone's definition, to create or redefine it. Immutable and thread-safe. A {@code null} is
 * refused with a {@link NullPointerException} naming the parameter.
 *
 * @param name the zone's name
 * @param description its description
 * @param shape its shape
 * @param minAltitudeM its floor in metres; open below when empty
 * @param maxAltitudeM its ceiling in metres; open above when empty
 */
public record DefineZone(String name, Optional<String> description, ZoneShape shape, Optional<Double> minAltitudeM,
        Optional<Double> maxAltitudeM) {

    /** Refuses nulls. */
    public DefineZone {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(minAltitudeM, "minAltitudeM");
        Objects.requireNonNull(maxAltitudeM, "maxAltitudeM");
    }

    /** A zone from the ground up without limit, without description. */
    public static DefineZone of(String name, ZoneShape shape) {
        return new DefineZone(name, Optional.empty(), shape, Optional.empty(), Optional.empty());
    }
}
