package kz.utm.core.contract;

import static kz.utm.core.contract.Rows.minute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.utm.core.UtmStorage;
import kz.utm.core.common.ConflictException;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.UserId;
import kz.utm.core.drone.Drone;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.FlightPlanQuery;
import kz.utm.core.flightplan.FlightPlanStatus;
import kz.utm.core.flightplan.FlightPlans;
import kz.utm.core.organization.Organization;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;

/** The contract of {@link FlightPlans}, for every adapter: extend it and supply new storage. */
public abstract class FlightPlansContract {

    private UtmStorage storage;
    private FlightPlans plans;
    private Drone drone;

    /** New storage whose every table is empty; called before each test. */
    protected abstract UtmStorage newStorage();

    @BeforeEach
    void setUpStorage() {
        storage = newStorage();
        plans = storage.flightPlans();
        drone = Rows.insertSoloDrone(storage);
    }

    private FlightPlan newPlan(long fromMinute, long toMinute, FlightPlanStatus status) {
        return Rows.plan(plans.nextId(), drone.soloOwnerId().orElseThrow(), drone.id(), Optional.empty(),
                minute(fromMinute), minute(toMinute), status);
    }

    private FlightPlan insert(long fromMinute, long toMinute, FlightPlanStatus status) {
        return plans.insert(newPlan(fromMinute, toMinute, status));
    }

    private static FlightPlanQuery query(Optional<UserId> submitter, Optional<Organization> organization,
            Optional<Drone> drone, Set<FlightPlanStatus> statuses, int offset, int limit) {
        return new FlightPlanQuery(submitter, organization.map(Organization::id), drone.map(Drone::id), statuses,
                offset, limit);
    }

    @Test
    void nextIdHandsOutDistinctIds() {
        assertThat(plans.nextId()).isNotEqualTo(plans.nextId());
    }

    @Test
    void insertedPlanIsReadBackEqualWithItsWaypointsAtVersionZero() {
        FlightPlan plan = newPlan(10, 40, FlightPlanStatus.PENDING_AUTHORITY_APPROVAL);

        FlightPlan stored = plans.insert(plan);

        assertThat(stored).isEqualTo(plan);
        assertThat(stored.version()).isZero();
        assertThat(plans.findById(plan.id())).contains(plan);
        assertThat(plans.findByIdIncludingDeleted(plan.id())).contains(plan);
        assertThat(plans.findById(plan.id()).orElseThrow().waypoints()).isEqualTo(Rows.route());
    }

    @Test
    void unknownIdIsNotFound() {
        FlightPlanId never = plans.nextId();

        assertThat(plans.findById(never)).isEmpty();
        assertThat(plans.findByIdIncludingDeleted(never)).isEmpty();
    }

    @Test
    void insertRejectsATakenId() {
        FlightPlan first = insert(10, 40, FlightPlanStatus.PENDING_AUTHORITY_APPROVAL);
        FlightPlan sameId = Rows.plan(first.id(), first.submitterId(), first.droneId(), Optional.empty(),
                minute(100), minute(200), FlightPlanStatus.APPROVED);

        assertThatThrownBy(() -> plans.insert(sameId))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ConflictException.Kind.DUPLICATE);
                    assertThat(e.field()).contains("id");
                });
        assertThat(plans.findById(first.id())).contains(first);
    }

    @Test
    void everyMoveOfTheWorkflowIsStoredWithItsRecordsAndANewVersion() {
        Organization organization = Rows.insertOrganizationWithAdmin(storage);
        UserId orgAdmin = organization.adminId().orElseThrow();
        UserId authority = Rows.insertAuthorityAdmin(storage).id();
        UserId pilot = Rows.insertMember(storage, organization.id(), UserRole.ORGANIZATION_PILOT).id();
        Drone orgDrone = Rows.insertOrganizationDrone(storage, organization.id());
        FlightPlan plan = plans.insert(Rows.plan(plans.nextId(), pilot, orgDrone.id(),
                Optional.of(organization.id()), minute(60), minute(90), FlightPlanStatus.PENDING_ORG_APPROVAL));

        FlightPlan approvedByOrg = plans.update(plan.approveByOrganization(orgAdmin, minute(1)));
        FlightPlan approved = plans.update(approvedByOrg.approveByAuthority(authority, minute(2)));
        FlightPlan active = plans.update(approved.activate(minute(61)));
        FlightPlan completed = plans.update(active.complete(minute(89)));

        assertThat(approvedByOrg).isEqualTo(plan.approveByOrganization(orgAdmin, minute(1)).withVersion(1));
        assertThat(approved.version()).isEqualTo(2);
        assertThat(active.version()).isEqualTo(3);
        assertThat(completed.version()).isEqualTo(4);
        assertThat(plans.findById(plan.id())).contains(completed);
        assertThat(completed.approvedByOrganizationAdminId()).contains(orgAdmin);
        assertThat(completed.approvedByAuthorityAdminId()).contains(authority);
        assertThat(completed.approvedAt()).contains(minute(2));
        assertThat(completed.actualDepartureTime()).contains(minute(61));
        assertThat(completed.actualArrivalTime()).contains(minute(89));
        assertThat(completed.status()).isEqualTo(FlightPlanStatus.COMPLETED);
    }

    @Test
    void rejectionReasonIsStored() {
        FlightPlan plan = insert(10, 40, FlightPlanStatus.PENDING_AUTHORITY_APPROVAL);

        FlightPlan rejected = plans.update(plan.rejectByAuthority("Crosses the airport control zone", minute(1)));

        assertThat(plans.findById(plan.id())).contains(rejected);
        assertThat(rejected.rejectionReason()).contains("Crosses the airport control zone");
    }

    @Test
    void updateWithAStaleVersionIsAConcurrentUpdateAndChangesNothing() {
        FlightPlan plan = insert(10, 40, FlightPlanStatus.PENDING_AUTHORITY_APPROVAL);
        FlightPlan winner = plans.update(plan.cancelByPilot(minute(1)));

        assertThatThrownBy(() -> plans.update(plan.rejectByAuthority("too late", minute(2))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.CONCURRENT_UPDATE));
        assertThat(plans.findById(plan.id())).contains(winner);
    }

    @Test
    void updateOfAnUnknownPlanIsNotFound() {
        FlightPlan never = newPlan(10, 40, FlightPlanStatus.PENDING_AUTHORITY_APPROVAL);

        assertThatThrownBy(() -> plans.update(never)).isInstanceOf(NotFoundException.class);
        assertThat(plans.findByIdIncludingDeleted(never.id())).isEmpty();
    }

    @Test
    void softDeleteHidesThePlanFromOrdinaryReadsAndRestoreShowsItAgain() {
        FlightPlan plan = insert(10, 40, FlightPlanStatus.ACTIVE);

        FlightPlan deleted = plans.update(plan.deleted(minute(1)));

        assertThat(plans.findById(plan.id())).isEmpty();
        assertThat(plans.findByIdIncludingDeleted(plan.id())).contains(deleted);
        assertThat(plans.findAll()).isEmpty();
        assertThat(plans.find(FlightPlanQuery.all(10))).isEmpty();
        assertThat(plans.findClaimingDrone(drone.id(), minute(0), minute(100))).isEmpty();
        assertThat(plans.findActiveByDrone(drone.id())).isEmpty();

        FlightPlan restored = plans.update(deleted.restored(minute(2)));

        assertThat(plans.findById(plan.id())).contains(restored);
        assertThat(plans.findAll()).containsExactly(restored);
        assertThat(plans.find(FlightPlanQuery.all(10))).containsExactly(restored);
        assertThat(plans.findClaimingDrone(drone.id(), minute(0), minute(100))).containsExactly(restored);
        assertThat(plans.findActiveByDrone(drone.id())).contains(restored);
    }

    @Test
    void findClaimingDroneFindsEveryOverlappingClaimById() {
        FlightPlan inside = insert(20, 30, FlightPlanStatus.APPROVED);
        FlightPlan overStart = insert(5, 15, FlightPlanStatus.PENDING_ORG_APPROVAL);
        FlightPlan around = insert(0, 100, FlightPlanStatus.PENDING_AUTHORITY_APPROVAL);
        FlightPlan overEnd = insert(35, 45, FlightPlanStatus.ACTIVE);
        insert(50, 60, FlightPlanStatus.APPROVED);

        assertThat(plans.findClaimingDrone(drone.id(), minute(10), minute(40)))
                .containsExactly(inside, overStart, around, overEnd);
    }

    @Test
    void touchingWindowsDoNotOverlap() {
        insert(0, 10, FlightPlanStatus.APPROVED);
        insert(40, 50, FlightPlanStatus.APPROVED);

        assertThat(plans.findClaimingDrone(drone.id(), minute(10), minute(40))).isEmpty();
        assertThat(plans.findClaimingDrone(drone.id(), minute(9), minute(40))).hasSize(1);
        assertThat(plans.findClaimingDrone(drone.id(), minute(10), minute(41))).hasSize(1);
    }

    @Test
    void plansInFinalStatusesDoNotClaimTheDrone() {
        List<FlightPlan> claiming = new ArrayList<>();
        for (FlightPlanStatus status : FlightPlanStatus.values()) {
            FlightPlan plan = insert(10, 40, status);
            if (!status.isFinal()) {
                claiming.add(plan);
            }
        }

        assertThat(plans.findClaimingDrone(drone.id(), minute(0), minute(60)))
                .containsExactlyElementsOf(claiming)
                .extracting(FlightPlan::status)
                .containsExactlyInAnyOrder(FlightPlanStatus.PENDING_ORG_APPROVAL,
                        FlightPlanStatus.PENDING_AUTHORITY_APPROVAL, FlightPlanStatus.APPROVED,
                        FlightPlanStatus.ACTIVE);
    }

    @Test
    void plansOfOtherDronesDoNotClaimThisOne() {
        Drone other = Rows.insertSoloDrone(storage);
        Rows.insertPlan(storage, other, minute(10), minute(40), FlightPlanStatus.APPROVED);

        assertThat(plans.findClaimingDrone(drone.id(), minute(0), minute(60))).isEmpty();
    }

    @Test
    void findActiveByDroneFindsOnlyTheActivePlanOfThatDrone() {
        insert(0, 10, FlightPlanStatus.APPROVED);
        FlightPlan active = insert(10, 20, FlightPlanStatus.ACTIVE);
        insert(20, 30, FlightPlanStatus.COMPLETED);
        Drone other = Rows.insertSoloDrone(storage);
        Rows.insertPlan(storage, other, minute(0), minute(10), FlightPlanStatus.APPROVED);

        assertThat(plans.findActiveByDrone(drone.id())).contains(active);
        assertThat(plans.findActiveByDrone(other.id())).isEmpty();
    }

    @Test
    void findFiltersBySubmitterOrganizationDroneAndStatus() {
        Organization organization = Rows.insertOrganization(storage);
        User pilot = Rows.insertMember(storage, organization.id(), UserRole.ORGANIZATION_PILOT);
        Drone orgDrone = Rows.insertOrganizationDrone(storage, organization.id());
        FlightPlan solo = insert(0, 10, FlightPlanStatus.APPROVED);
        FlightPlan orgPending = plans.insert(Rows.plan(plans.nextId(), pilot.id(), orgDrone.id(),
                Optional.of(organization.id()), minute(0), minute(10), FlightPlanStatus.PENDING_ORG_APPROVAL));
        FlightPlan orgApproved = plans.insert(Rows.plan(plans.nextId(), pilot.id(), orgDrone.id(),
                Optional.of(organization.id()), minute(20), minute(30), FlightPlanStatus.APPROVED));
        Set<FlightPlanStatus> any = Set.of();

        assertThat(plans.find(query(Optional.of(pilot.id()), Optional.empty(), Optional.empty(), any, 0, 10)))
                .containsExactly(orgPending, orgApproved);
        assertThat(plans.find(query(Optional.empty(), Optional.of(organization), Optional.empty(), any, 0, 10)))
                .containsExactly(orgPending, orgApproved);
        assertThat(plans.find(query(Optional.empty(), Optional.empty(), Optional.of(drone), any, 0, 10)))
                .containsExactly(solo);
        assertThat(plans.find(query(Optional.empty(), Optional.empty(), Optional.empty(),
                Set.of(FlightPlanStatus.APPROVED), 0, 10))).containsExactly(solo, orgApproved);
        assertThat(plans.find(query(Optional.empty(), Optional.of(organization), Optional.empty(),
                Set.of(FlightPlanStatus.APPROVED, FlightPlanStatus.ACTIVE), 0, 10))).containsExactly(orgApproved);
        assertThat(plans.find(FlightPlanQuery.all(10))).containsExactly(solo, orgPending, orgApproved);
    }

    @Test
    void findPagesThroughMatchesById() {
        List<FlightPlanId> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(plans.nextId());
        }
        List<FlightPlan> inserted = new ArrayList<>();
        // Inserted in reverse so that a page in insertion order would differ from one by id.
        for (int i = ids.size() - 1; i >= 0; i--) {
            inserted.add(0, plans.insert(Rows.plan(ids.get(i), drone.soloOwnerId().orElseThrow(), drone.id(),
                    Optional.empty(), minute(10L * i), minute(10L * i + 5), FlightPlanStatus.APPROVED)));
        }
        insert(100, 110, FlightPlanStatus.COMPLETED);
        Set<FlightPlanStatus> approved = Set.of(FlightPlanStatus.APPROVED);

        assertThat(plans.find(query(Optional.empty(), Optional.empty(), Optional.empty(), approved, 0, 3)))
                .containsExactlyElementsOf(inserted.subList(0, 3));
        assertThat(plans.find(query(Optional.empty(), Optional.empty(), Optional.empty(), approved, 3, 3)))
                .containsExactlyElementsOf(inserted.subList(3, 6));
        assertThat(plans.find(query(Optional.empty(), Optional.empty(), Optional.empty(), approved, 6, 3)))
                .containsExactlyElementsOf(inserted.subList(6, 7));
        assertThat(plans.find(query(Optional.empty(), Optional.empty(), Optional.empty(), approved, 7, 3)))
                .isEmpty();
    }

    @Test
    void findAllListsLivePlansById() {
        FlightPlanId first = plans.nextId();
        FlightPlanId second = plans.nextId();
        UserId submitter = drone.soloOwnerId().orElseThrow();
        FlightPlan b = plans.insert(Rows.plan(second, submitter, drone.id(), Optional.empty(), minute(0), minute(5),
                FlightPlanStatus.APPROVED));
        FlightPlan a = plans.insert(Rows.plan(first, submitter, drone.id(), Optional.empty(), minute(10),
                minute(15), FlightPlanStatus.APPROVED));

        assertThat(plans.findAll()).containsExactly(a, b);
    }
}
