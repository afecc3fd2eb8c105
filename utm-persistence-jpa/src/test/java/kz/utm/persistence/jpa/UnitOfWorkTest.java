package kz.utm.persistence.jpa;

import static kz.utm.core.contract.Rows.minute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kz.utm.core.common.ConflictException;
import kz.utm.core.common.Transactions;
import kz.utm.core.common.UserId;
import kz.utm.core.contract.Rows;
import kz.utm.core.drone.Drone;
import kz.utm.core.flightplan.DroneScheduleRule;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.FlightPlanStatus;
import kz.utm.core.flightplan.FlightPlans;
import kz.utm.core.user.User;
import kz.utm.core.user.Users;
import kz.utm.core.zone.RestrictedZone;

/**
 * {@link JpaStorage#transactions()}: a unit of work commits all its writes or none, a
 * constraint violation leaves the stored state as it was, and a stale version found before any
 * write leaves the unit of work usable, so that a service can re-read and retry within it.
 */
class UnitOfWorkTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theWritesOfAUnitOfWorkCommitTogether(TestDatabase database) {
        JpaStorage storage = database.cleanStorage();

        Drone drone = storage.transactions().inTransaction(() -> Rows.insertSoloDrone(storage));

        assertThat(storage.drones().findById(drone.id())).contains(drone);
        assertThat(storage.users().findById(drone.soloOwnerId().orElseThrow())).isPresent();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void whatTheWorkThrowsRollsEveryWriteBackAndPropagatesUnchanged(TestDatabase database) {
        JpaStorage storage = database.cleanStorage();
        IllegalStateException failure = new IllegalStateException("the command failed after writing");
        Users users = storage.users();
        User[] written = new User[1];

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            written[0] = Rows.insertSoloPilot(storage);
            throw failure;
        })).isSameAs(failure);

        assertThat(users.findByIdIncludingDeleted(written[0].id())).isEmpty();
        assertThat(users.findAll()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aConstraintViolationLeavesThePreviousStateIntact(TestDatabase database) {
        JpaStorage storage = database.cleanStorage();
        Users users = storage.users();
        User taken = Rows.insertSoloPilot(storage);
        User renamed = Rows.insertSoloPilot(storage);

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            users.update(renamed.withProfile("Renamed in the failed command", Optional.empty(), minute(1)));
            return users.insert(Rows.soloPilot(users.nextId(), taken.email(), Optional.empty(), Optional.empty()));
        })).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("email"));

        assertThat(users.findAll()).containsExactly(taken, renamed);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void uncommittedWritesAreSeenInsideTheUnitOfWorkOnly(TestDatabase database) throws Exception {
        JpaStorage storage = database.cleanStorage();
        Users users = storage.users();

        storage.transactions().inTransaction(() -> {
            User user = Rows.insertSoloPilot(storage);
            assertThat(users.findById(user.id())).contains(user);
            assertThat(CompletableFuture.supplyAsync(() -> users.findById(user.id())).join()).isEmpty();
            return user;
        });

        assertThat(users.findAll()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aUnitOfWorkStartedInsideAnotherJoinsIt(TestDatabase database) {
        JpaStorage storage = database.cleanStorage();
        Transactions transactions = storage.transactions();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            Rows.insertSoloPilot(storage);
            transactions.inTransaction(() -> Rows.insertSoloPilot(storage));
            throw new IllegalStateException("the outer work fails after the inner one returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(storage.users().findAll()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void afterAStaleVersionTheUnitOfWorkMayReReadAndRetry(TestDatabase database) throws Exception {
        JpaStorage storage = database.cleanStorage();
        Users users = storage.users();
        User user = Rows.insertSoloPilot(storage);

        User stored = storage.transactions().inTransaction(() -> {
            User read = users.findById(user.id()).orElseThrow();
            // Another unit of work changes the user in between, and commits.
            CompletableFuture.runAsync(() -> users.update(read.withProfile("Elsewhere", Optional.empty(), minute(1))))
                    .orTimeout(30, TimeUnit.SECONDS).join();
            assertThatThrownBy(() -> users.update(read.withProfile("Here", Optional.empty(), minute(2))))
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.CONCURRENT_UPDATE));
            User reread = users.findById(user.id()).orElseThrow();
            assertThat(reread.fullName()).isEqualTo("Elsewhere");
            return users.update(reread.withProfile("Here", Optional.empty(), minute(2)));
        });

        assertThat(stored.version()).isEqualTo(2);
        assertThat(users.findById(user.id())).contains(stored);
    }


    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aScheduleRuleSeesTheOtherPlansAsCommittedThoughTheUnitOfWorkReadThemBefore(TestDatabase database) {
        JpaStorage storage = database.cleanStorage();
        FlightPlans plans = storage.flightPlans();
        Drone drone = Rows.insertSoloDrone(storage);
        UserId authority = Rows.insertAuthorityAdmin(storage).id();
        FlightPlan mine = Rows.insertPlan(storage, drone, minute(10), minute(40),
                FlightPlanStatus.PENDING_AUTHORITY_APPROVAL);
        FlightPlan theirs = Rows.insertPlan(storage, drone, minute(20), minute(50),
                FlightPlanStatus.PENDING_AUTHORITY_APPROVAL);
        DroneScheduleRule noOverlappingApproval = (plan, others) -> {
            if (others.stream().anyMatch(other -> other.status() == FlightPlanStatus.APPROVED
                    && other.overlaps(plan.plannedDepartureTime(), plan.plannedArrivalTime()))) {
                throw ConflictException.state("an overlapping plan of the drone is approved");
            }
        };

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            assertThat(plans.findById(theirs.id())).contains(theirs);
            // Another unit of work approves the other plan, and commits.
            CompletableFuture.runAsync(() -> plans.update(theirs.approveByAuthority(authority, minute(1)),
                    noOverlappingApproval)).orTimeout(30, TimeUnit.SECONDS).join();
            return plans.update(mine.approveByAuthority(authority, minute(2)), noOverlappingApproval);
        })).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.STATE));

        assertThat(plans.findById(mine.id())).contains(mine);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUpdateThatChangesNothingStillMovesTheVersionOnByOne(TestDatabase database) {
        JpaStorage storage = database.cleanStorage();
        Drone drone = Rows.insertSoloDrone(storage);
        FlightPlan plan = Rows.insertPlan(storage, drone, minute(10), minute(20), FlightPlanStatus.APPROVED);
        RestrictedZone zone = storage.zones().insert(Rows.circleZone(storage.zones().nextId(),
                Rows.insertAuthorityAdmin(storage).id()));

        Drone drone1 = storage.drones().update(drone);
        Drone drone2 = storage.drones().update(drone1);
        FlightPlan plan1 = storage.flightPlans().update(plan);
        RestrictedZone zone1 = storage.zones().update(zone);

        assertThat(drone1).isEqualTo(drone.withVersion(1));
        assertThat(drone2).isEqualTo(drone.withVersion(2));
        assertThat(storage.drones().findById(drone.id())).contains(drone2);
        assertThat(plan1).isEqualTo(plan.withVersion(1));
        assertThat(storage.flightPlans().findById(plan.id())).contains(plan1);
        assertThat(zone1).isEqualTo(zone.withVersion(1));
        assertThat(storage.zones().findById(zone.id())).contains(zone1);
    }
}
