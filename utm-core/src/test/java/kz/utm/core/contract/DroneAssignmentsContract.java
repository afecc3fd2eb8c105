package kz.utm.core.contract;

import static kz.utm.core.contract.Rows.minute;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.utm.core.UtmStorage;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.drone.DroneAssignment;
import kz.utm.core.drone.DroneAssignments;
import kz.utm.core.user.UserRole;

/** The contract of {@link DroneAssignments}, for every adapter: extend it and supply new storage. */
public abstract class DroneAssignmentsContract {

    private UtmStorage storage;
    private DroneAssignments assignments;
    private OrganizationId organization;

    /** New storage whose every table is empty; called before each test. */
    protected abstract UtmStorage newStorage();

    @BeforeEach
    void setUpStorage() {
        storage = newStorage();
        assignments = storage.assignments();
        organization = Rows.insertOrganization(storage).id();
    }

    private UserId newPilot() {
        return Rows.insertMember(storage, organization, UserRole.ORGANIZATION_PILOT).id();
    }

    private DroneId newDrone() {
        return Rows.insertOrganizationDrone(storage, organization).id();
    }

    @Test
    void addedAssignmentIsFoundEqual() {
        DroneAssignment assignment = new DroneAssignment(newPilot(), newDrone(), minute(1));

        assertThat(assignments.add(assignment)).isTrue();

        assertThat(assignments.find(assignment.userId(), assignment.droneId())).contains(assignment);
    }

    @Test
    void unassignedPairIsNotFound() {
        UserId pilot = newPilot();
        DroneId drone = newDrone();

        assertThat(assignments.find(pilot, drone)).isEmpty();
        assertThat(assignments.findByDrone(drone)).isEmpty();
        assertThat(assignments.findByUser(pilot)).isEmpty();
    }

    @Test
    void addingAnAssignedPairAgainReturnsFalseAndKeepsTheFirstRow() {
        UserId pilot = newPilot();
        DroneId drone = newDrone();
        DroneAssignment first = new DroneAssignment(pilot, drone, minute(1));
        assignments.add(first);

        assertThat(assignments.add(new DroneAssignment(pilot, drone, minute(2)))).isFalse();

        assertThat(assignments.find(pilot, drone)).contains(first);
        assertThat(assignments.findByDrone(drone)).containsExactly(first);
    }

    @Test
    void removeDeletesTheAssignmentAndTellsWhetherThereWasOne() {
        UserId pilot = newPilot();
        DroneId drone = newDrone();
        assignments.add(new DroneAssignment(pilot, drone, minute(1)));

        assertThat(assignments.remove(pilot, drone)).isTrue();
        assertThat(assignments.remove(pilot, drone)).isFalse();

        assertThat(assignments.find(pilot, drone)).isEmpty();
        assertThat(assignments.findByUser(pilot)).isEmpty();
    }

    @Test
    void removedPairCanBeAssignedAgain() {
        UserId pilot = newPilot();
        DroneId drone = newDrone();
        assignments.add(new DroneAssignment(pilot, drone, minute(1)));
        assignments.remove(pilot, drone);
        DroneAssignment again = new DroneAssignment(pilot, drone, minute(3));

        assertThat(assignments.add(again)).isTrue();
        assertThat(assignments.find(pilot, drone)).contains(again);
    }

    @Test
    void findByDroneListsItsPilotsById() {
        UserId pilot1 = newPilot();
        UserId pilot2 = newPilot();
        UserId pilot3 = newPilot();
        DroneId drone = newDrone();
        DroneId otherDrone = newDrone();
        DroneAssignment third = new DroneAssignment(pilot3, drone, minute(1));
        DroneAssignment first = new DroneAssignment(pilot1, drone, minute(2));
        DroneAssignment second = new DroneAssignment(pilot2, drone, minute(3));
        assignments.add(third);
        assignments.add(new DroneAssignment(pilot2, otherDrone, minute(1)));
        assignments.add(first);
        assignments.add(second);

        assertThat(assignments.findByDrone(drone)).containsExactly(first, second, third);
    }

    @Test
    void findByUserListsTheirDronesById() {
        UserId pilot = newPilot();
        UserId otherPilot = newPilot();
        DroneId drone1 = newDrone();
        DroneId drone2 = newDrone();
        DroneId drone3 = newDrone();
        DroneAssignment third = new DroneAssignment(pilot, drone3, minute(1));
        DroneAssignment first = new DroneAssignment(pilot, drone1, minute(2));
        DroneAssignment second = new DroneAssignment(pilot, drone2, minute(3));
        assignments.add(second);
        assignments.add(new DroneAssignment(otherPilot, drone1, minute(1)));
        assignments.add(third);
        assignments.add(first);

        assertThat(assignments.findByUser(pilot)).containsExactly(first, second, third);
    }
}
