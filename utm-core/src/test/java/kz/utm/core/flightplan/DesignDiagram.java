package kz.utm.core.flightplan;

import static kz.utm.core.flightplan.FlightPlanMove.ACTIVATE;
import static kz.utm.core.flightplan.FlightPlanMove.APPROVE_BY_AUTHORITY;
import static kz.utm.core.flightplan.FlightPlanMove.APPROVE_BY_ORGANIZATION;
import static kz.utm.core.flightplan.FlightPlanMove.CANCEL_BY_ADMIN;
import static kz.utm.core.flightplan.FlightPlanMove.CANCEL_BY_PILOT;
import static kz.utm.core.flightplan.FlightPlanMove.COMPLETE;
import static kz.utm.core.flightplan.FlightPlanMove.REJECT_BY_AUTHORITY;
import static kz.utm.core.flightplan.FlightPlanMove.REJECT_BY_ORGANIZATION;
import static kz.utm.core.flightplan.FlightPlanStatus.ACTIVE;
import static kz.utm.core.flightplan.FlightPlanStatus.APPROVED;
import static kz.utm.core.flightplan.FlightPlanStatus.CANCELLED_BY_ADMIN;
import static kz.utm.core.flightplan.FlightPlanStatus.CANCELLED_BY_PILOT;
import static kz.utm.core.flightplan.FlightPlanStatus.COMPLETED;
import static kz.utm.core.flightplan.FlightPlanStatus.PENDING_AUTHORITY_APPROVAL;
import static kz.utm.core.flightplan.FlightPlanStatus.PENDING_ORG_APPROVAL;
import static kz.utm.core.flightplan.FlightPlanStatus.REJECTED_BY_AUTHORITY;
import static kz.utm.core.flightplan.FlightPlanStatus.REJECTED_BY_ORG;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flight-plan state machine as DESIGN.md draws it, written out by hand from the diagram
 * (not read from {@link FlightPlanLifecycle}), for the tests to hold the implementation to.
 *
 * <pre>
 * submit by ORGANIZATION_PILOT ---&gt; PENDING_ORG_APPROVAL --approve (org admin)--&gt; PENDING_AUTHORITY_APPROVAL
 * submit by SOLO_PILOT or by the org's admin ----------------------------&gt; PENDING_AUTHORITY_APPROVAL
 * PENDING_AUTHORITY_APPROVAL --approve (authority admin)--&gt; APPROVED --activate--&gt; ACTIVE --complete--&gt; COMPLETED
 * PENDING_ORG_APPROVAL       --reject (org admin, reason)-------&gt; REJECTED_BY_ORG
 * PENDING_AUTHORITY_APPROVAL --reject (authority admin, reason)-&gt; REJECTED_BY_AUTHORITY
 * PENDING_*, APPROVED        --cancel (submitter)---------------&gt; CANCELLED_BY_PILOT
 * PENDING_*, APPROVED, ACTIVE --cancel (org admin of the plan's org, or authority admin)--&gt; CANCELLED_BY_ADMIN
 * </pre>
 */
final class DesignDiagram {

    /** Every status with the moves the diagram draws out of it; final statuses map to nothing. */
    static final Map<FlightPlanStatus, Set<FlightPlanMove>> MOVES = moves();

    /** Where each move leads. */
    static final Map<FlightPlanMove, FlightPlanStatus> TARGETS = Map.of(
            APPROVE_BY_ORGANIZATION, PENDING_AUTHORITY_APPROVAL,
            REJECT_BY_ORGANIZATION, REJECTED_BY_ORG,
            APPROVE_BY_AUTHORITY, APPROVED,
            REJECT_BY_AUTHORITY, REJECTED_BY_AUTHORITY,
            ACTIVATE, ACTIVE,
            COMPLETE, COMPLETED,
            CANCEL_BY_PILOT, CANCELLED_BY_PILOT,
            CANCEL_BY_ADMIN, CANCELLED_BY_ADMIN);

    /** The statuses no move leaves. */
    static final Set<FlightPlanStatus> FINAL = Set.of(
            REJECTED_BY_ORG, REJECTED_BY_AUTHORITY, COMPLETED, CANCELLED_BY_PILOT, CANCELLED_BY_ADMIN);

    private DesignDiagram() {
    }

    private static Map<FlightPlanStatus, Set<FlightPlanMove>> moves() {
        Map<FlightPlanStatus, Set<FlightPlanMove>> moves = new EnumMap<>(FlightPlanStatus.class);
        moves.put(PENDING_ORG_APPROVAL,
                Set.of(APPROVE_BY_ORGANIZATION, REJECT_BY_ORGANIZATION, CANCEL_BY_PILOT, CANCEL_BY_ADMIN));
        moves.put(PENDING_AUTHORITY_APPROVAL,
                Set.of(APPROVE_BY_AUTHORITY, REJECT_BY_AUTHORITY, CANCEL_BY_PILOT, CANCEL_BY_ADMIN));
        moves.put(APPROVED, Set.of(ACTIVATE, CANCEL_BY_PILOT, CANCEL_BY_ADMIN));
        moves.put(ACTIVE, Set.of(COMPLETE, CANCEL_BY_ADMIN));
        moves.put(REJECTED_BY_ORG, Set.of());
        moves.put(REJECTED_BY_AUTHORITY, Set.of());
        moves.put(COMPLETED, Set.of());
        moves.put(CANCELLED_BY_PILOT, Set.of());
        moves.put(CANCELLED_BY_ADMIN, Set.of());
        return Map.copyOf(moves);
    }

    /** Whether the diagram draws the move out of the status. */
    static boolean allows(FlightPlanStatus from, FlightPlanMove move) {
        return MOVES.get(from).contains(move);
    }

    /** Every (status, move) pair the diagram draws, in enum order. */
    static List<Pair> allowedPairs() {
        return pairs(true);
    }

    /** Every (status, move) pair the diagram does not draw, in enum order. */
    static List<Pair> disallowedPairs() {
        return pairs(false);
    }

    private static List<Pair> pairs(boolean allowed) {
        List<Pair> pairs = new ArrayList<>();
        for (FlightPlanStatus status : FlightPlanStatus.values()) {
            for (FlightPlanMove move : FlightPlanMove.values()) {
                if (allows(status, move) == allowed) {
                    pairs.add(new Pair(status, move));
                }
            }
        }
        return pairs;
    }

    /**
     * A status and a move out of it.
     *
     * @param from the status
     * @param move the move
     */
    record Pair(FlightPlanStatus from, FlightPlanMove move) {
    }
}
