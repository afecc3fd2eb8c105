package kz.utm.core.flightplan;

import java.util.List;
import java.util.stream.Collectors;

import kz.utm.core.common.UtmException;

/** A submitted route enters restricted airspace; {@link #conflicts()} lists every zone entered. */
public final class RouteConflictException extends UtmException {

    private static final long serialVersionUID = 1L;

    private final transient List<AirspaceConflict> conflicts;

    /**
     * @param conflicts the zones entered; not empty
     * @throws IllegalArgumentException if {@code conflicts} is empty
     */
    public RouteConflictException(List<AirspaceConflict> conflicts) {
        super("the route enters restricted airspace: "
                + conflicts.stream().map(AirspaceConflict::toString).collect(Collectors.joining("; ")));
        if (conflicts.isEmpty()) {
            throw new IllegalArgumentException("a route conflict needs at least one zone");
        }
        this.conflicts = List.copyOf(conflicts);
    }

    /** The zones entered, ordered by leg; never empty. */
    public List<AirspaceConflict> conflicts() {
        return conflicts;
    }
}
