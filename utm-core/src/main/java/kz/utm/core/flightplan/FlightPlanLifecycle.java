package kz.utm.core.flightplan;

import static kz.utm.core.flightplan.FlightPlanMove.ACTIVATE;
import static kz.utm.core.flightplan.FlightPlanMove.APPROVE_BY_AUTHORITY;
import static kz.utm.core.flightplan.FlightPlanMove.APPROVE_BY_ORGANIZATION;
import static kz.utm.core.flightplan.FlightPlanMove.CANCEL_BY_ADMIN;
import static kz.utm.core.flightplan.FlightPlanMove.CANCEL_BY_PILOT;
import static kz.utm.core.flightplan.FlightPlanMove.COMPLETE;
import static kz.utm.core.flightplan.FlightPlanMove.REJECT_BY_AUTHORITY;
import static kz.utm.core.flightplan.FlightPlanMove.REJECT_BY_ORGANIZATION;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import kz.utm.core.common.FlightPlanId;

/**
 * The flight-plan approval state machine: the one table of allowed moves.
 *
 * <pre>
 * submit by ORGANIZATION_PILOT --&gt; PENDING_ORG_APPROVAL --approve (org admin)--&gt; PENDING_AUTHORITY_APPROVAL
 * submit by SOLO_PILOT or by the org's admin ---------------------------------&gt; PENDING_AUTHORITY_APPROVAL
 * PENDING_AUTHORITY_APPROVAL --approve (authority admin)--&gt; APPROVED --activate--&gt; ACTIVE --complete--&gt; COMPLETED
 * PENDING_ORG_APPROVAL       --reject (org admin, reason)-------&gt; REJECTED_BY_ORG
 * PENDING_AUTHORITY_APPROVAL --reject (authority admin, reason)-&gt; REJECTED_BY_AUTHORITY
 * PENDING_*, APPROVED        --cancel (submitter)---------------&gt; CANCELLED_BY_PILOT
 * PENDING_*, APPROVED, ACTIVE --cancel (org admin of the plan's org, or authority admin)--&gt; CANCELLED_BY_ADMIN
 * </pre>
 *
 * <p>Statuses from which no move is listed are final and never change. Who may make a move is
 * the access policy's business, not this table's. Stateless and thread-safe.
 */
public final class FlightPlanLifecycle {

    private static final Map<FlightPlanStatus, Set<FlightPlanMove>> MOVES = table();

    private FlightPlanLifecycle() {
    }

    private static Map<FlightPlanStatus, Set<FlightPlanMove>> table() {
        Map<FlightPlanStatus, Set<FlightPlanMove>> moves = new EnumMap<>(FlightPlanStatus.class);
        for (FlightPlanStatus status : FlightPlanStatus.values()) {
            moves.put(status, Collections.unmodifiableSet(EnumSet.noneOf(FlightPlanMove.class)));
        }
        moves.put(FlightPlanStatus.PENDING_ORG_APPROVAL, Collections.unmodifiableSet(
                EnumSet.of(APPROVE_BY_ORGANIZATION, REJECT_BY_ORGANIZATION, CANCEL_BY_PILOT, CANCEL_BY_ADMIN)));
        moves.put(FlightPlanStatus.PENDING_AUTHORITY_APPROVAL, Collections.unmodifiableSet(
                EnumSet.of(APPROVE_BY_AUTHORITY, REJECT_BY_AUTHORITY, CANCEL_BY_PILOT, CANCEL_BY_ADMIN)));
        moves.put(FlightPlanStatus.APPROVED, Collections.unmodifiableSet(
                EnumSet.of(ACTIVATE, CANCEL_BY_PILOT, CANCEL_BY_ADMIN)));
        moves.put(FlightPlanStatus.ACTIVE, Collections.unmodifiableSet(
                EnumSet.of(COMPLETE, CANCEL_BY_ADMIN)));
        return Collections.unmodifiableMap(moves);
    }

    /** The moves allowed from a status; empty for a final status. */
    public static Set<FlightPlanMove> movesFrom(FlightPlanStatus status) {
        return MOVES.get(Objects.requireNonNull(status, "status"));
    }

    /** Whether the move is allowed from the status. */
    public static boolean allows(FlightPlanStatus from, FlightPlanMove move) {
        return movesFrom(from).contains(Objects.requireNonNull(move, "move"));
    }

    /**
     * Checks that the move is allowed from the status.
     *
     * @return the status the move leads to
     * @throws IllegalTransitionException naming from and to when it is not
     */
    public static FlightPlanStatus check(FlightPlanId plan, FlightPlanStatus from, FlightPlanMove move) {
        if (!allows(from, move)) {
            throw new IllegalTransitionException(plan, from, move);
        }
        return move.target();
    }
}
