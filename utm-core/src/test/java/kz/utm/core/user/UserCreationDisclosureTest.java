package kz.utm.core.user;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import kz.utm.core.common.AccessDeniedException;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.OrganizationId;
import kz.utm.core.testing.World;

/**
 * An organization admin creating a user for an organization they do not administer is refused
 * the same way whether or not that organization exists, so that ids cannot be probed.
 */
class UserCreationDisclosureTest {

    private final World world = World.create();
    private final World.Org steppe = world.newOrganization();
    private final World.Org altai = world.newOrganization();

    @Test
    void anExistingAndAnUnknownForeignOrganizationAreRefusedAlike() {
        assertThatThrownBy(() -> world.utm().users().createUser(steppe.adminId(), pilotOf(altai.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> world.utm().users().createUser(steppe.adminId(), pilotOf(OrganizationId.of(9_999))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAuthorityLearnsThatAnOrganizationDoesNotExist() {
        assertThatThrownBy(() -> world.utm().users().createUser(world.authority().id(),
                pilotOf(OrganizationId.of(9_999)))).isInstanceOf(NotFoundException.class);
    }

    private static CreateUser pilotOf(OrganizationId organization) {
        return new CreateUser("Pilot", "pilot-" + organization.value() + "@example.kz", Optional.empty(),
                Optional.empty(), "password-123", UserRole.ORGANIZATION_PILOT, Optional.of(organization));
    }
}
