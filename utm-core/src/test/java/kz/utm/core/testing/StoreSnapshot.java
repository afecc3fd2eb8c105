package kz.utm.core.testing;

import java.util.List;
import java.util.Optional;

import kz.utm.core.UtmStorage;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.DroneAssignment;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.organization.Organization;
import kz.utm.core.user.User;

/**
 * Every live row of a storage at one moment, for "nothing changed" assertions: the rows are
 * immutable records with value equality, so two snapshots are equal exactly when no row was
 * added, removed or changed in between.
 *
 * <p>Immutable. Taken while nothing writes to the storage it is exact; under concurrent writes
 * each list is as weakly consistent as the repository's {@code findAll}.
 *
 * @param users the live users, by id
 * @param organizations the live organizations, by id
 * @param drones the live drones, by id
 * @param assignments the assignments of those drones, by drone then as the repository lists them
 * @param plans the live flight plans, by id
 */
public record StoreSnapshot(List<User> users, List<Organization> organizations, List<Drone> drones,
        List<DroneAssignment> assignments, List<FlightPlan> plans) {

    /** Copies the lists. */
    public StoreSnapshot {
        users = List.copyOf(users);
        organizations = List.copyOf(organizations);
        drones = List.copyOf(drones);
        assignments = List.copyOf(assignments);
        plans = List.copyOf(plans);
    }

    /** The rows of {@code storage} now. */
    public static StoreSnapshot of(UtmStorage storage) {
        List<Drone> drones = storage.drones().findAll();
        return new StoreSnapshot(storage.users().findAll(), storage.organizations().findAll(), drones,
                drones.stream().flatMap(d -> storage.assignments().findByDrone(d.id()).stream()).toList(),
                storage.flightPlans().findAll());
    }

    /** The plan with this id in the snapshot. */
    public Optional<FlightPlan> plan(FlightPlanId id) {
        return plans.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** This snapshot without the plan with this id: to compare everything but the plan a command changed. */
    public StoreSnapshot withoutPlan(FlightPlanId id) {
        return new StoreSnapshot(users, organizations, drones, assignments,
                plans.stream().filter(p -> !p.id().equals(id)).toList());
    }
}
