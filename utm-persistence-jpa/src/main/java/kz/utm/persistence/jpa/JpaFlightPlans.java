package kz.utm.persistence.jpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.FlightPlanId;
import kz.utm.core.flightplan.DroneScheduleRule;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.FlightPlanQuery;
import kz.utm.core.flightplan.FlightPlanStatus;
import kz.utm.core.flightplan.FlightPlans;
import kz.utm.persistence.jpa.entity.FlightPlanEntity;

/**
 * {@link FlightPlans} in the {@code flight_plans} and {@code waypoints} tables.
 *
 * <p>Every write of a plan takes its drone's row lock first ({@link DroneLocks}), then reads
 * the drone's other claiming plans afresh, checks the {@link DroneScheduleRule} and writes, all
 * in one unit of work: two concurrent writes of one drone's plans cannot both pass a rule that
 * only one of them may. An update besides locks the plan's row and checks its version. Lists
 * fetch the waypoints with the plans in one query. Thread-safe; see {@link JpaStorage}.
 */
final class JpaFlightPlans implements FlightPlans {

    private static final Conflicts CONFLICTS = new Conflicts("flight plan", Map.of(
            "pk_flight_plans", "id"));

    private static final Set<FlightPlanStatus> CLAIMING = Arrays.stream(FlightPlanStatus.values())
            .filter(FlightPlanStatus::claimsDrone)
            .collect(Collectors.toUnmodifiableSet());

    private static final String WITH_WAYPOINTS =
            "select distinct p from FlightPlanEntity p left join fetch p.waypoints where ";
    private static final String LIVE = "p.audit.deletedAt is null";

    private final JpaTransactions transactions;
    private final Database database;

    JpaFlightPlans(JpaTransactions transactions, Database database) {
        this.transactions = transactions;
        this.database = database;
    }

    @Override
    public FlightPlanId nextId() {
        return FlightPlanId.of(Math.toIntExact(transactions.call(em -> database.nextValue(em, "flight_plans_id_seq"))));
    }

    @Override
    public FlightPlan insert(FlightPlan plan, DroneScheduleRule rule) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(rule, "rule");
        FlightPlan row = plan.withVersion(0);
        return transactions.call(em -> {
            DroneLocks.lock(em, database, row.droneId(), CONFLICTS, row.id());
            rule.check(plan, othersClaiming(em, row));
            FlightPlanEntity entity = FlightPlanEntity.of(row);
            EntityWrites.insert(em, entity, CONFLICTS, row.id());
            return entity.toFlightPlan();
        });
    }

    @Override
    public FlightPlan update(FlightPlan plan, DroneScheduleRule rule) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(rule, "rule");
        return transactions.call(em -> {
            DroneLocks.lock(em, database, plan.droneId(), CONFLICTS, plan.id());
            rule.check(plan, othersClaiming(em, plan));
            FlightPlanEntity entity = EntityWrites.lockCurrent(em, FlightPlanEntity.class, plan.id().value(),
                    CONFLICTS, plan.id());
            EntityWrites.requireVersion(entity.version(), plan.version(), CONFLICTS, plan.id());
            boolean changed = !entity.toFlightPlan().equals(plan);
            entity.assign(plan);
            EntityWrites.flushChange(em, entity, changed, CONFLICTS, plan.id());
            return entity.toFlightPlan();
        });
    }

    // Read under the drone's lock. The rows are the database's, but a plan that this unit of
    // work read before another one changed it is still held by the persistence context as it
    // was: the versions, read as values, tell which, and only those are read again.
    private List<FlightPlan> othersClaiming(EntityManager em, FlightPlan plan) {
        String where = "p.droneId = :drone and p.id <> :id and p.status in :claiming and " + LIVE;
        Map<Integer, Long> versions = new HashMap<>();
        for (Object[] row : em.createQuery("select p.id, p.version from FlightPlanEntity p where " + where,
                        Object[].class)
                .setParameter("drone", plan.droneId().value())
                .setParameter("id", plan.id().value())
                .setParameter("claiming", CLAIMING)
                .getResultList()) {
            versions.put((Integer) row[0], (Long) row[1]);
        }
        if (versions.isEmpty()) {
            return List.of();
        }
        List<FlightPlanEntity> others = em.createQuery(WITH_WAYPOINTS + "p.id in :ids order by p.id",
                        FlightPlanEntity.class)
                .setParameter("ids", versions.keySet())
                .getResultList();
        for (FlightPlanEntity other : others) {
            if (other.version() != versions.get(other.id())) {
                em.refresh(other);
            }
        }
        return others.stream().map(FlightPlanEntity::toFlightPlan).toList();
    }

    @Override
    public Optional<FlightPlan> findById(FlightPlanId id) {
        return findByIdIncludingDeleted(id).filter(plan -> !plan.audit().isDeleted());
    }

    @Override
    public Optional<FlightPlan> findByIdIncludingDeleted(FlightPlanId id) {
        Objects.requireNonNull(id, "id");
        return transactions.call(em -> Optional.ofNullable(em.find(FlightPlanEntity.class, id.value()))
                .map(FlightPlanEntity::toFlightPlan));
    }

    /** @throws NullPointerException if an argument is null */
    @Override
    public List<FlightPlan> findClaimingDrone(DroneId drone, Instant departure, Instant arrival) {
        Objects.requireNonNull(drone, "drone");
        Objects.requireNonNull(departure, "departure");
        Objects.requireNonNull(arrival, "arrival");
        return transactions.call(em -> plans(em.createQuery(WITH_WAYPOINTS + "p.droneId = :drone"
                        + " and p.status in :claiming and p.plannedDepartureTime < :arrival"
                        + " and p.plannedArrivalTime > :departure and " + LIVE + " order by p.id",
                        FlightPlanEntity.class)
                .setParameter("drone", drone.value())
                .setParameter("claiming", CLAIMING)
                .setParameter("departure", departure)
                .setParameter("arrival", arrival)));
    }

    @Override
    public Optional<FlightPlan> findActiveByDrone(DroneId drone) {
        Objects.requireNonNull(drone, "drone");
        return transactions.call(em -> plans(em.createQuery(WITH_WAYPOINTS + "p.droneId = :drone"
                        + " and p.status = :active and " + LIVE + " order by p.id", FlightPlanEntity.class)
                .setParameter("drone", drone.value())
                .setParameter("active", FlightPlanStatus.ACTIVE))
                .stream().findFirst());
    }

    @Override
    public List<FlightPlan> find(FlightPlanQuery query) {
        Objects.requireNonNull(query, "query");
        return transactions.call(em -> {
            // A page of ids first: a page cannot be cut from a query that fetches a collection.
            List<String> conditions = new ArrayList<>(List.of(LIVE));
            query.submitter().ifPresent(submitter -> conditions.add("p.submitterId = :submitter"));
            query.organization().ifPresent(organization -> conditions.add("p.organizationId = :organization"));
            query.drone().ifPresent(drone -> conditions.add("p.droneId = :drone"));
            if (!query.statuses().isEmpty()) {
                conditions.add("p.status in :statuses");
            }
            TypedQuery<Integer> ids = em.createQuery("select p.id from FlightPlanEntity p where "
                    + String.join(" and ", conditions) + " order by p.id", Integer.class);
            query.submitter().ifPresent(submitter -> ids.setParameter("submitter", submitter.value()));
            query.organization().ifPresent(organization -> ids.setParameter("organization", organization.value()));
            query.drone().ifPresent(drone -> ids.setParameter("drone", drone.value()));
            if (!query.statuses().isEmpty()) {
                ids.setParameter("statuses", query.statuses());
            }
            List<Integer> page = ids.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList();
            if (page.isEmpty()) {
                return List.of();
            }
            return plans(em.createQuery(WITH_WAYPOINTS + "p.id in :ids order by p.id", FlightPlanEntity.class)
                    .setParameter("ids", page));
        });
    }

    @Override
    public List<FlightPlan> findAll() {
        return transactions.call(em -> plans(em.createQuery(WITH_WAYPOINTS + LIVE + " order by p.id",
                FlightPlanEntity.class)));
    }

    private static List<FlightPlan> plans(TypedQuery<FlightPlanEntity> query) {
        return query.getResultList().stream().map(FlightPlanEntity::toFlightPlan).toList();
    }
}
