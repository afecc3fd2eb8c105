package kz.utm.core.flightplan;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;

/**
 * A filter over live plans; an empty criterion matches everything.
 *
 * @param submitter only plans this user submitted
 * @param organization only plans of this organization
 * @param drone only plans of this drone
 * @param statuses only plans in one of these statuses; empty means any
 * @param offset how many matching plans to skip, by id
 * @param limit how many to return at most; positive
 */
public record FlightPlanQuery(Optional<UserId> submitter, Optional<OrganizationId> organization,
        Optional<DroneId> drone, Set<FlightPlanStatus> statuses, int offset, int limit) {

    /** @throws IllegalArgumentException if offset is negative or limit not positive */
    public FlightPlanQuery {
        Objects.requireNonNull(submitter, "submitter");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(drone, "drone");
        statuses = Set.copyOf(statuses);
        if (offset < 0 || limit <= 0) {
            throw new IllegalArgumentException("offset must be >= 0 and limit > 0, were " + offset + ", " + limit);
        }
    }

    /** A query matching every plan, first page of the given size. */
    public static FlightPlanQuery all(int limit) {
        return new FlightPlanQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Set.of(), 0, limit);
    }

    /** Whether the plan matches the criteria (paging aside). */
    public boolean matches(FlightPlan plan) {
        return submitter.map(plan.submitterId()::equals).orElse(true)
                && organization.map(o -> plan.organizationId().filter(o::equals).isPresent()).orElse(true)
                && drone.map(plan.droneId()::equals).orElse(true)
                && (statuses.isEmpty() || statuses.contains(plan.status()));
    }
}
