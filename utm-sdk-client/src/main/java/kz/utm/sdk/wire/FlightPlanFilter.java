package kz.utm.sdk.wire;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which flight plans to list: any of the statuses (all when none), and optionally one
 * submitter, organization or drone. Immutable and thread-safe. A {@code null} is refused with a
 * {@link NullPointerException} naming the parameter, an id below 1 with an
 * {@link IllegalArgumentException}. A filter outside the caller's scope finds nothing.
 *
 * @param statuses the statuses, none meaning any
 * @param submitterId only this submitter's plans
 * @param organizationId only this organization's plans
 * @param droneId only this drone's plans
 */
public record FlightPlanFilter(Set<FlightPlanStatus> statuses, Optional<Integer> submitterId,
        Optional<Integer> organizationId, Optional<Integer> droneId) {

    /** Refuses nulls and ids below 1; copies the statuses. */
    public FlightPlanFilter {
        Objects.requireNonNull(statuses, "statuses");
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        Ids.requirePositive(submitterId, "submitterId");
        Ids.requirePositive(organizationId, "organizationId");
        Ids.requirePositive(droneId, "droneId");
    }

    /** Every plan the caller may read. */
    public static FlightPlanFilter any() {
        return new FlightPlanFilter(Set.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** This filter, narrowed to the statuses. */
    public FlightPlanFilter withStatuses(FlightPlanStatus first, FlightPlanStatus... more) {
        return new FlightPlanFilter(EnumSet.of(first, more), submitterId, organizationId, droneId);
    }

    /** This filter, narrowed to one submitter. */
    public FlightPlanFilter withSubmitter(int id) {
        return new FlightPlanFilter(statuses, Optional.of(id), organizationId, droneId);
    }

    /** This filter, narrowed to one organization. */
    public FlightPlanFilter withOrganization(int id) {
        return new FlightPlanFilter(statuses, submitterId, Optional.of(id), droneId);
    }

    /** This filter, narrowed to one drone. */
    public FlightPlanFilter withDrone(int id) {
        return new FlightPlanFilter(statuses, submitterId, organizationId, Optional.of(id));
    }
}
