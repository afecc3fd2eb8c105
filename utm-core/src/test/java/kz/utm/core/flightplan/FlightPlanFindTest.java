package kz.utm.core.flightplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.drone.Drone;
import kz.utm.core.testing.World;
import kz.utm.core.user.User;

/**
 * Listing plans: the caller's scope narrows every query, and a criterion outside that scope
 * matches nothing rather than being replaced by the caller's own scope.
 */
class FlightPlanFindTest {

    private final World world = World.create();
    private final FlightPlanService plans = world.plans();
    private final World.Org steppe = world.newOrganization();
    private final World.Org altai = world.newOrganization();
    private final User pilot = world.newOrganizationPilot(steppe);
    private final Drone drone = world.newOrganizationDrone(steppe);
    private final User solo = world.newSoloPilot();
    private final Drone soloDrone = world.newSoloDrone(solo);
    private final FlightPlan pilotPlan;
    private final FlightPlan soloPlan;

    FlightPlanFindTest() {
        world.assign(steppe, pilot, drone);
        pilotPlan = plans.submit(pilot.id(), World.plan(drone.id(), world.clock().instant().plus(Duration.ofHours(1)),
                Duration.ofMinutes(30)));
        soloPlan = plans.submit(solo.id(), World.plan(soloDrone.id(),
                world.clock().instant().plus(Duration.ofHours(1)), Duration.ofMinutes(30)));
    }

    @Test
    void anOrganizationAdminFilteringByAnotherOrganizationFindsNothing() {
        assertThat(plans.find(steppe.adminId(), query(Optional.empty(), Optional.of(altai.id()))))
                .isEmpty();
        assertThat(plans.find(steppe.adminId(), query(Optional.empty(), Optional.of(steppe.id()))))
                .containsExactly(pilotPlan);
        assertThat(plans.find(altai.adminId(), query(Optional.empty(), Optional.empty()))).isEmpty();
    }

    @Test
    void aPilotFilteringByAnotherSubmitterFindsNothing() {
        assertThat(plans.find(pilot.id(), query(Optional.of(solo.id()), Optional.empty()))).isEmpty();
        assertThat(plans.find(solo.id(), query(Optional.of(pilot.id()), Optional.empty()))).isEmpty();
        assertThat(plans.find(solo.id(), query(Optional.of(solo.id()), Optional.empty()))).containsExactly(soloPlan);
        assertThat(plans.find(pilot.id(), query(Optional.empty(), Optional.empty()))).containsExactly(pilotPlan);
    }

    @Test
    void theAuthorityFindsWhatItAsksFor() {
        assertThat(plans.find(world.authority().id(), query(Optional.empty(), Optional.of(steppe.id()))))
                .containsExactly(pilotPlan);
        assertThat(plans.find(world.authority().id(), query(Optional.of(solo.id()), Optional.empty())))
                .containsExactly(soloPlan);
    }

    private static FlightPlanQuery query(Optional<UserId> submitter, Optional<OrganizationId> organization) {
        return new FlightPlanQuery(submitter, organization, Optional.empty(), Set.of(), 0, 100);
    }
}
