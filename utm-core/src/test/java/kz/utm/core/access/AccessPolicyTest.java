package kz.utm.core.access;

import static kz.utm.core.access.AccessFixtures.deleted;
import static kz.utm.core.access.AccessFixtures.inactive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import kz.utm.core.access.AccessMatrix.Cell;
import kz.utm.core.common.AccessDeniedException;
import kz.utm.core.common.NotFoundException;
import kz.utm.core.user.User;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link AccessPolicy#authorize} cell by cell against the matrix of {@code docs/access-policy.md}
 * ({@link AccessMatrix}): each invocation is named by its cell id.
 *
 * <p>A cell marked with a discrepancy asserts what ACCESS-POLICY.md requires and fails until
 * {@link AccessPolicy} is brought in line; its failure message names the discrepancy.
 */
class AccessPolicyTest {

    private static final AccessPolicy POLICY = new AccessPolicy();

    @ParameterizedTest(name = "{0}")
    @MethodSource("standingCells")
    void anInactiveOrDeletedActorOrAMemberOfAnInactiveOrDeletedOrganizationIsDenied(Cell cell) {
        assertOutcome(cell);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("userCells")
    void usersAreCreatedReadAndManagedAsTheMatrixSays(Cell cell) {
        assertOutcome(cell);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("organizationCells")
    void organizationsAreReadAndManagedAsTheMatrixSays(Cell cell) {
        assertOutcome(cell);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("droneCells")
    void dronesAreRegisteredReadAndManagedAsTheMatrixSays(Cell cell) {
        assertOutcome(cell);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assignmentCells")
    void onlyTheOrganizationsAdminAssignsItsPilotsToItsDrones(Cell cell) {
        assertOutcome(cell);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flightPlanCells")
    void flightPlansAreSubmittedReadAndMovedAsTheMatrixSays(Cell cell) {
        assertOutcome(cell);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("telemetryCells")
    void telemetryIsReportedAndReadAsTheMatrixSays(Cell cell) {
        assertOutcome(cell);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("zoneCells")
    void onlyTheAuthorityManagesZonesAndOthersSeeOnlyActiveOnes(Cell cell) {
        assertOutcome(cell);
    }

    /**
     * Rule 2 across the whole matrix: whatever a cell's outcome for the actor in good standing,
     * the same request from the actor made inactive or soft-deleted, or with their organization
     * made inactive or soft-deleted, is access denied (never allowed, never not found).
     */
    @Test
    void everyRequestOfTheMatrixIsDeniedToAnActorNotInGoodStanding() {
        SoftAssertions softly = new SoftAssertions();
        for (Cell cell : AccessMatrix.all()) {
            User user = cell.actor().user();
            Map<String, Actor> variants = new LinkedHashMap<>();
            variants.put("inactive", new Actor(inactive(user), cell.actor().organization()));
            variants.put("deleted", new Actor(deleted(user), cell.actor().organization()));
            cell.actor().organization().ifPresent(organization -> {
                variants.put("organization inactive", new Actor(user, Optional.of(inactive(organization))));
                variants.put("organization deleted", new Actor(user, Optional.of(deleted(organization))));
            });
            variants.forEach((variant, actor) -> {
                Throwable thrown = catchThrowable(() -> POLICY.authorize(actor, cell.action(), cell.resource()));
                softly.assertThat(thrown).as("%s with the actor's %s", cell.id(), variant)
                        .isInstanceOf(AccessDeniedException.class);
            });
        }
        softly.assertAll();
    }

    // A denial names its reason: the caller shows it to the user.
    @Test
    void everyDenialOfTheMatrixCarriesAReason() {
        SoftAssertions softly = new SoftAssertions();
        for (Cell cell : AccessMatrix.all()) {
            Throwable thrown = catchThrowable(() -> POLICY.authorize(cell.actor(), cell.action(), cell.resource()));
            if (thrown instanceof AccessDeniedException denied) {
                softly.assertThat(denied.reason()).as(cell.id()).isNotBlank();
            }
        }
        softly.assertAll();
    }

    private static void assertOutcome(Cell cell) {
        Throwable thrown = catchThrowable(() -> POLICY.authorize(cell.actor(), cell.action(), cell.resource()));
        String description = cell.discrepancy()
                .map(d -> cell.id() + ": DISCREPANCY " + d.label() + " (docs/access-policy.md): ACCESS-POLICY.md"
                        + " requires " + cell.required().text() + ", AccessPolicy answers " + d.implemented().text())
                .orElse(cell.id() + ": expected " + cell.required().text());
        switch (cell.required()) {
            case ALLOWED -> assertThat(thrown).as(description).isNull();
            case DENIED -> {
                assertThat(thrown).as(description).isInstanceOf(AccessDeniedException.class);
                assertThat(((AccessDeniedException) thrown).reason()).as(description + " (reason)").isNotBlank();
            }
            case NOT_FOUND -> {
                assertThat(thrown).as(description).isInstanceOf(NotFoundException.class);
                // Concealed as the resource the caller named, so that it reads as an unknown id.
                NotFoundException notFound = (NotFoundException) thrown;
                assertThat(notFound.resource()).as(description + " (kind)").isEqualTo(cell.resource().kind());
                assertThat(notFound.id()).as(description + " (id)").isEqualTo(cell.resource().id());
            }
        }
    }

    static Stream<Arguments> standingCells() {
        return named(AccessMatrix.standingCells());
    }

    static Stream<Arguments> userCells() {
        return named(AccessMatrix.userCells());
    }

    static Stream<Arguments> organizationCells() {
        return named(AccessMatrix.organizationCells());
    }

    static Stream<Arguments> droneCells() {
        return named(AccessMatrix.droneCells());
    }

    static Stream<Arguments> assignmentCells() {
        return named(AccessMatrix.assignmentCells());
    }

    static Stream<Arguments> flightPlanCells() {
        return named(AccessMatrix.flightPlanCells());
    }

    static Stream<Arguments> telemetryCells() {
        return named(AccessMatrix.telemetryCells());
    }

    static Stream<Arguments> zoneCells() {
        return named(AccessMatrix.zoneCells());
    }

    private static Stream<Arguments> named(List<Cell> cells) {
        return cells.stream().map(cell -> Arguments.of(Named.of(cell.id(), cell)));
    }
}
