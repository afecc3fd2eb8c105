package kz.utm.sdk.error;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import kz.utm.sdk.wire.ConflictKind;
import kz.utm.sdk.wire.FlightPlanStatus;

/**
 * 409: the request conflicts with the server's state. What conflicted, when the server says:
 * <ul>
 * <li>{@code conflict}: {@link #kind()} and, for a taken unique value, {@link #field()};</li>
 * <li>{@code illegal-transition}: a flight-plan move the workflow does not allow,
 *     {@link #from()} and {@link #to()};</li>
 * <li>{@code route-conflict}: a planned route entering restricted zones, {@link #conflicts()}
 *     and {@link #zoneIds()};</li>
 * <li>{@code request-in-progress}: a request with the same Idempotency-Key is still running
 *     ({@link #isRequestInProgress()}); the SDK retries it like a 503 when the retry policy
 *     allows.</li>
 * </ul>
 * Unchecked; immutable after construction.
 */
public class ConflictException extends UtmApiException {

    private final Optional<ConflictKind> kind;
    private final Optional<String> field;
    private final Optional<FlightPlanStatus> from;
    private final Optional<FlightPlanStatus> to;
    private final List<RouteConflict> conflicts;

    /**
     * @param status the HTTP status
     * @param problem the problem document
     * @param kind the kind of a {@code conflict} problem
     * @param field the taken unique field
     * @param from the plan's status, for an illegal transition
     * @param to the status asked for, for an illegal transition
     * @param conflicts the zones a route enters
     */
    public ConflictException(int status, ProblemDetail problem, Optional<ConflictKind> kind, Optional<String> field,
            Optional<FlightPlanStatus> from, Optional<FlightPlanStatus> to, List<RouteConflict> conflicts) {
        super(status, problem, null);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.field = Objects.requireNonNull(field, "field");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.conflicts = List.copyOf(conflicts);
    }

    /** DUPLICATE, CONCURRENT_UPDATE or STATE, for a {@code conflict} problem. */
    public Optional<ConflictKind> kind() {
        return kind;
    }

    /** The unique field whose value is taken, for a DUPLICATE. */
    public Optional<String> field() {
        return field;
    }

    /** The plan's status, for an illegal transition. */
    public Optional<FlightPlanStatus> from() {
        return from;
    }

    /** The status the move asked for, for an illegal transition. */
    public Optional<FlightPlanStatus> to() {
        return to;
    }

    /** Where a planned route enters restricted zones; empty for other conflicts. */
    public List<RouteConflict> conflicts() {
        return conflicts;
    }

    /** The ids of the zones a planned route enters, without repeats, in the server's order. */
    public List<Integer> zoneIds() {
        return conflicts.stream().map(RouteConflict::zoneId).distinct().toList();
    }

    /** Whether a request with the same Idempotency-Key was still running. */
    public boolean isRequestInProgress() {
        return problem().is("request-in-progress");
    }
}
