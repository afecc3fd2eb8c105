package kz.utm.core.drone;

import java.util.Objects;

import kz.utm.core.common.OrganizationId;
import kz.utm.core.common.UserId;

/**
 * Who owns a drone: an organization or one solo pilot, never both, never neither.
 *
 * <p>It is the {@code owner_type}, {@code organization_id} and {@code solo_owner_user_id}
 * columns as one value, so that the combinations the schema cannot forbid cannot be built.
 */
public sealed interface DroneOwner {

    /** The {@code owner_type} column. */
    DroneOwnerType type();

    /**
     * Owned by an organization.
     *
     * @param organizationId the owner
     */
    record OfOrganization(OrganizationId organizationId) implements DroneOwner {
        /** @throws NullPointerException if the id is null */
        public OfOrganization {
            Objects.requireNonNull(organizationId, "organizationId");
        }

        @Override
        public DroneOwnerType type() {
            return DroneOwnerType.ORGANIZATION;
        }
    }

    /**
     * Owned by a solo pilot.
     *
     * @param userId the owner
     */
    record OfSoloPilot(UserId userId) implements DroneOwner {
        /** @throws NullPointerException if the id is null */
        public OfSoloPilot {
            Objects.requireNonNull(userId, "userId");
        }

        @Override
        public DroneOwnerType type() {
            return DroneOwnerType.SOLO_PILOT;
        }
    }
}
