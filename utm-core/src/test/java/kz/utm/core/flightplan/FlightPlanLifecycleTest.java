package kz.utm.core.flightplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.utm.core.common.FlightPlanId;

class FlightPlanLifecycleTest {

    private static final FlightPlanId PLAN = FlightPlanId.of(7);

    @Test
    void tableIsExactlyTheDesignDiagram() {
        Map<FlightPlanStatus, Set<FlightPlanMove>> table = new EnumMap<>(FlightPlanStatus.class);
        for (FlightPlanStatus status : FlightPlanStatus.values()) {
            table.put(status, Set.copyOf(FlightPlanLifecycle.movesFrom(status)));
        }

        assertThat(table).isEqualTo(DesignDiagram.MOVES);
    }

    @Test
    void everyMoveLeadsToTheStatusTheDiagramNames() {
        Map<FlightPlanMove, FlightPlanStatus> targets = new EnumMap<>(FlightPlanMove.class);
        for (FlightPlanMove move : FlightPlanMove.values()) {
            targets.put(move, move.target());
        }

        assertThat(targets).isEqualTo(DesignDiagram.TARGETS);
    }

    @Test
    void finalStatusesHaveNoMoves() {
        for (FlightPlanStatus status : DesignDiagram.FINAL) {
            assertThat(FlightPlanLifecycle.movesFrom(status)).as("moves from %s", status).isEmpty();
            assertThat(status.isFinal()).as("%s is final", status).isTrue();
            assertThat(status.claimsDrone()).as("%s claims its drone", status).isFalse();
        }
    }

    @Test
    void onlyTheDiagramsFinalStatusesAreFinal() {
        for (FlightPlanStatus status : FlightPlanStatus.values()) {
            assertThat(status.isFinal()).as("%s is final", status).isEqualTo(DesignDiagram.FINAL.contains(status));
            assertThat(status.claimsDrone()).as("%s claims its drone", status)
                    .isEqualTo(!DesignDiagram.FINAL.contains(status));
        }
    }

    @Test
    void allowsAgreesWithTheDiagramForEveryStatusAndMove() {
        for (FlightPlanStatus status : FlightPlanStatus.values()) {
            for (FlightPlanMove move : FlightPlanMove.values()) {
                assertThat(FlightPlanLifecycle.allows(status, move)).as("%s from %s", move, status)
                        .isEqualTo(DesignDiagram.allows(status, move));
            }
        }
    }

    @Test
    void checkReturnsTheTargetOfEveryAllowedMove() {
        for (DesignDiagram.Pair pair : DesignDiagram.allowedPairs()) {
            assertThat(FlightPlanLifecycle.check(PLAN, pair.from(), pair.move())).as("%s", pair)
                    .isEqualTo(DesignDiagram.TARGETS.get(pair.move()));
        }
    }

    @Test
    void checkRefusesEveryOtherMoveNamingFromAndTo() {
        for (DesignDiagram.Pair pair : DesignDiagram.disallowedPairs()) {
            assertThatThrownBy(() -> FlightPlanLifecycle.check(PLAN, pair.from(), pair.move()))
                    .as("%s", pair)
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.planId()).isEqualTo(PLAN);
                        assertThat(e.from()).isEqualTo(pair.from());
                        assertThat(e.to()).isEqualTo(DesignDiagram.TARGETS.get(pair.move()));
                        assertThat(e.move()).isEqualTo(pair.move());
                        assertThat(e.getMessage()).contains(pair.from().name(), e.to().name());
                    });
        }
    }

    @Test
    void theTableCannotBeChangedThroughWhatItReturns() {
        Set<FlightPlanMove> moves = FlightPlanLifecycle.movesFrom(FlightPlanStatus.COMPLETED);

        assertThatThrownBy(() -> moves.add(FlightPlanMove.ACTIVATE)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(FlightPlanLifecycle.movesFrom(FlightPlanStatus.COMPLETED)).isEmpty();
    }

    @Test
    void nullStatusOrMoveIsRefused() {
        assertThatThrownBy(() -> FlightPlanLifecycle.movesFrom(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FlightPlanLifecycle.allows(FlightPlanStatus.APPROVED, null))
                .isInstanceOf(NullPointerException.class);
    }
}
