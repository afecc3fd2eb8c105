package kz.utm.core.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;
import kz.utm.core.drone.Drone;
import kz.utm.core.drone.DroneOwner;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.organization.Organization;
import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;
import kz.utm.core.zone.RestrictedZone;

/**
 * What an action is done to, with the relations the access policy needs (owner, organization,
 * assigned pilots, active plan), as stored.
 */
public sealed interface Resource {

    /** The kind of resource, for messages: {@code "drone"}. */
    String kind();

    /** The resource's id, for not-found messages; {@code "new"} for one not created yet. */
    String id();

    /** Whether the resource is soft-deleted. */
    boolean deleted();

    /**
     * An existing user.
     *
     * @param user the user as stored
     */
    record OfUser(User user) implements Resource {
        /** @throws NullPointerException if null */
        public OfUser {
            Objects.requireNonNull(user, "user");
        }

        @Override public String kind() { return "user"; }

        @Override public String id() { return user.id().toString(); }

        @Override public boolean deleted() { return user.audit().isDeleted(); }
    }

    /**
     * A user about to be created.
     *
     * @param role the new user's role
     * @param organizationId the new user's organization
     */
    record NewUser(UserRole role, Optional<OrganizationId> organizationId) implements Resource {
        /** @throws NullPointerException if null */
        public NewUser {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(organizationId, "organizationId");
        }

        @Override public String kind() { return "user"; }

        @Override public String id() { return "new"; }

        @Override public boolean deleted() { return false; }
    }

    /**
     * An existing organization, or one about to be created (empty).
     *
     * @param organization the organization as stored; empty for a new one
     */
    record OfOrganization(Optional<Organization> organization) implements Resource {
        /** @throws NullPointerException if null */
        public OfOrganization {
            Objects.requireNonNull(organization, "organization");
        }

        /** An existing organization. */
        public static OfOrganization of(Organization organization) {
            return new OfOrganization(Optional.of(organization));
        }

        /** An organization about to be created. */
        public static OfOrganization creating() {
            return new OfOrganization(Optional.empty());
        }

        @Override public String kind() { return "organization"; }

        @Override public String id() { return organization.map(o -> o.id().toString()).orElse("new"); }

        @Override public boolean deleted() { return organization.map(o -> o.audit().isDeleted()).orElse(false); }
    }

    /**
     * An existing drone and the pilots assigned to it.
     *
     * @param drone the drone as stored
     * @param assignedPilots the ids of the pilots assigned to it
     */
    record OfDrone(Drone drone, Set<UserId> assignedPilots) implements Resource {
        /** @throws NullPointerException if null */
        public OfDrone {
            Objects.requireNonNull(drone, "drone");
            assignedPilots = Set.copyOf(assignedPilots);
        }

        @Override public String kind() { return "drone"; }

        @Override public String id() { return drone.id().toString(); }

        @Override public boolean deleted() { return drone.audit().isDeleted(); }
    }

    /**
     * A drone about to be registered.
     *
     * @param owner its owner
     */
    record NewDrone(DroneOwner owner) implements Resource {
        /** @throws NullPointerException if null */
        public NewDrone {
            Objects.requireNonNull(owner, "owner");
        }

        @Override public String kind() { return "drone"; }

        @Override public String id() { return "new"; }

        @Override public boolean deleted() { return false; }
    }

    /**
     * A pilot's assignment to a drone, existing or not.
     *
     * @param pilot the pilot as stored
     * @param drone the drone as stored
     */
    record OfAssignment(User pilot, Drone drone) implements Resource {
        /** @throws NullPointerException if null */
        public OfAssignment {
            Objects.requireNonNull(pilot, "pilot");
            Objects.requireNonNull(drone, "drone");
        }

        @Override public String kind() { return "assignment"; }

        @Override public String id() { return pilot.id() + "/" + drone.id(); }

        @Override public boolean deleted() { return pilot.audit().isDeleted() || drone.audit().isDeleted(); }
    }

    /**
     * An existing flight plan.
     *
     * @param plan the plan as stored
     */
    record OfFlightPlan(FlightPlan plan) implements Resource {
        /** @throws NullPointerException if null */
        public OfFlightPlan {
            Objects.requireNonNull(plan, "plan");
        }

        @Override public String kind() { return "flight plan"; }

        @Override public String id() { return plan.id().toString(); }

        @Override public boolean deleted() { return plan.audit().isDeleted(); }
    }

    /**
     * A flight plan about to be submitted with a drone.
     *
     * @param drone the drone as stored
     * @param assignedPilots the ids of the pilots assigned to it
     */
    record NewFlightPlan(Drone drone, Set<UserId> assignedPilots) implements Resource {
        /** @throws NullPointerException if null */
        public NewFlightPlan {
            Objects.requireNonNull(drone, "drone");
            assignedPilots = Set.copyOf(assignedPilots);
        }

        @Override public String kind() { return "drone"; }

        @Override public String id() { return drone.id().toString(); }

        @Override public boolean deleted() { return drone.audit().isDeleted(); }
    }

    /**
     * A drone's telemetry.
     *
     * @param drone the drone as stored
     * @param assignedPilots the ids of the pilots assigned to it
     * @param activePlan the drone's plan in status ACTIVE, if any
     */
    record OfTelemetry(Drone drone, Set<UserId> assignedPilots, Optional<FlightPlan> activePlan)
            implements Resource {
        /** @throws NullPointerException if null */
        public OfTelemetry {
            Objects.requireNonNull(drone, "drone");
            assignedPilots = Set.copyOf(assignedPilots);
            Objects.requireNonNull(activePlan, "activePlan");
        }

        @Override public String kind() { return "drone"; }

        @Override public String id() { return drone.id().toString(); }

        @Override public boolean deleted() { return drone.audit().isDeleted(); }
    }

    /**
     * An existing restricted zone, or one about to be created (empty).
     *
     * @param zone the zone as stored; empty for a new one
     */
    record OfZone(Optional<RestrictedZone> zone) implements Resource {
        /** @throws NullPointerException if null */
        public OfZone {
            Objects.requireNonNull(zone, "zone");
        }

        /** An existing zone. */
        public static OfZone of(RestrictedZone zone) {
            return new OfZone(Optional.of(zone));
        }

        /** A zone about to be created. */
        public static OfZone creating() {
            return new OfZone(Optional.empty());
        }

        @Override public String kind() { return "restricted zone"; }

        @Override public String id() { return zone.map(z -> z.id().toString()).orElse("new"); }

        @Override public boolean deleted() { return zone.map(z -> z.audit().isDeleted()).orElse(false); }
    }
}
