package kz.utm.examples.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.FlightPlanStatus;

class FlightPlanWalkthroughTest {

    @Test
    void walksThePlanThroughBothApprovalsToCompletion() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FlightPlan plan = new FlightPlanWalkthrough(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();

        assertThat(plan.status()).isEqualTo(FlightPlanStatus.COMPLETED);
        assertThat(plan.approvedByOrganizationAdminId()).isPresent();
        assertThat(plan.approvedByAuthorityAdminId()).isPresent();
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed)
                .contains("PENDING_ORG_APPROVAL", "PENDING_AUTHORITY_APPROVAL", "APPROVED", "ACTIVE", "COMPLETED")
                .contains("FlightPlanSubmitted", "FlightPlanApprovedByOrganization", "FlightPlanApproved",
                        "FlightPlanActivated", "FlightPlanCompleted");
    }
}
