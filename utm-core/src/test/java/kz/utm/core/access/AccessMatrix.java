package kz.utm.core.access;

import static kz.utm.core.access.AccessFixtures.*;
import static kz.utm.core.access.AccessMatrix.Outcome.ALLOWED;
import static kz.utm.core.access.AccessMatrix.Outcome.DENIED;
import static kz.utm.core.access.AccessMatrix.Outcome.NOT_FOUND;
import static kz.utm.core.access.Action.*;
import static kz.utm.core.user.UserRole.AUTHORITY_ADMIN;
import static kz.utm.core.user.UserRole.ORGANIZATION_ADMIN;
import static kz.utm.core.user.UserRole.ORGANIZATION_PILOT;
import static kz.utm.core.user.UserRole.SOLO_PILOT;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import kz.utm.core.user.User;
import kz.utm.core.user.UserRole;

/**
 * The access matrix as a table of cells, one per row of the tables in
 * {@code docs/access-policy.md}, under the same ids ({@code ACTION.ROLE.relation}).
 *
 * <p>Each cell states the outcome ACCESS-POLICY.md requires. Where {@link AccessPolicy} answers
 * otherwise, the cell says so with {@link Cell#implementedAs}: the document records the outcome
 * as implemented, marked with the discrepancy's label (D1, D2, ...), and the cell's test fails
 * until the implementation is fixed; then drop the {@code implementedAs} and the document's mark.
 * {@link AccessPolicyDocumentTest} keeps this table and the document in step.
 */
final class AccessMatrix {

    /** What {@link AccessPolicy#authorize} does with a request. */
    enum Outcome {
        /** Returns normally. */
        ALLOWED("allowed"),
        /** Throws {@link kz.utm.core.common.AccessDeniedException}, with the reason. */
        DENIED("denied"),
        /** Throws {@link kz.utm.core.common.NotFoundException}: the resource is concealed (rule 4). */
        NOT_FOUND("not found");

        private final String text;

        Outcome(String text) {
            this.text = text;
        }

        /** As written in the document's outcome column. */
        String text() {
            return text;
        }

        static Outcome ofText(String text) {
            return Stream.of(values()).filter(o -> o.text.equals(text)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no outcome \"" + text + "\""));
        }
    }

    /**
     * Where the implementation disagrees with ACCESS-POLICY.md.
     *
     * @param label the label in the document's "Discrepancies" section, such as {@code D1}
     * @param implemented what {@link AccessPolicy} does instead
     */
    record Discrepancy(String label, Outcome implemented) {
    }

    /**
     * One cell of the matrix.
     *
     * @param id the stable id, {@code ACTION.ROLE.relation} (pre-rules: {@code STANDING.ROLE.case})
     * @param actor who acts
     * @param action what they attempt
     * @param resource on what
     * @param required the outcome ACCESS-POLICY.md requires
     * @param discrepancy the implementation's different outcome, if it differs
     */
    record Cell(String id, Actor actor, Action action, Resource resource, Outcome required,
            Optional<Discrepancy> discrepancy) {

        Cell {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(required, "required");
            Objects.requireNonNull(discrepancy, "discrepancy");
        }

        /** This cell, known to be implemented with another outcome than ACCESS-POLICY.md requires. */
        Cell implementedAs(Outcome implemented, String label) {
            return new Cell(id, actor, action, resource, required, Optional.of(new Discrepancy(label, implemented)));
        }

        /** The outcome as implemented, which the document records. */
        Outcome implemented() {
            return discrepancy.map(Discrepancy::implemented).orElse(required);
        }

        /** The role segment of the id, as the document abbreviates it. */
        String roleSegment() {
            return id.split("\\.")[1];
        }

        @Override
        public String toString() {
            return id;
        }
    }

    private AccessMatrix() {
    }

    /** Every cell, pre-rules first, in the document's order. */
    static List<Cell> all() {
        return Stream.of(standingCells(), userCells(), organizationCells(), droneCells(), assignmentCells(),
                flightPlanCells(), telemetryCells(), zoneCells()).flatMap(List::stream).toList();
    }

    /** The abbreviation of a role in cell ids. */
    static String roleSegment(UserRole role) {
        return switch (role) {
            case AUTHORITY_ADMIN -> "AUTHORITY";
            case ORGANIZATION_ADMIN -> "ORG_ADMIN";
            case ORGANIZATION_PILOT -> "ORG_PILOT";
            case SOLO_PILOT -> "SOLO_PILOT";
        };
    }

    // A cell of an action's table: the action is the id's first segment.
    private static Cell cell(String id, User actor, Resource resource, Outcome required) {
        return cell(id, AccessFixtures.actor(actor), resource, required);
    }

    private static Cell cell(String id, Actor actor, Resource resource, Outcome required) {
        return new Cell(id, actor, Action.valueOf(id.substring(0, id.indexOf('.'))), resource, required,
                Optional.empty());
    }

    // A pre-rule cell: the actor may not act at all, whatever the action.
    private static Cell standing(String id, User actor, Action action, Resource resource) {
        return standing(id, AccessFixtures.actor(actor), action, resource);
    }

    private static Cell standing(String id, Actor actor, Action action, Resource resource) {
        return new Cell(id, actor, action, resource, DENIED, Optional.empty());
    }

    static List<Cell> standingCells() {
        return List.of(
                standing("STANDING.AUTHORITY.inactive", inactive(AUTHORITY), ZONE_MANAGE, newZone()),
                standing("STANDING.AUTHORITY.deleted", deleted(AUTHORITY), USER_READ, resource(deleted(AUTHORITY))),
                standing("STANDING.ORG_ADMIN.inactive", inactive(ADMIN_A), DRONE_READ, resource(DRONE_A1)),
                standing("STANDING.ORG_ADMIN.deleted", deleted(ADMIN_A), ORGANIZATION_READ, resource(ORG_A)),
                standing("STANDING.ORG_ADMIN.organizationInactive",
                        actor(ADMIN_A, inactive(ORG_A)), ORGANIZATION_UPDATE, resource(inactive(ORG_A))),
                standing("STANDING.ORG_ADMIN.organizationDeleted",
                        actor(ADMIN_A, deleted(ORG_A)), ORGANIZATION_READ, resource(deleted(ORG_A))),
                standing("STANDING.ORG_ADMIN.organizationUnknown",
                        actorWithoutOrganization(ADMIN_A), USER_READ, resource(ADMIN_A)),
                standing("STANDING.ORG_ADMIN.organizationMismatch",
                        actor(ADMIN_A, ORG_B), ORGANIZATION_READ, resource(ORG_B)),
                standing("STANDING.ORG_PILOT.inactive", inactive(PILOT_A1), FLIGHT_PLAN_READ, resource(PLAN_A1)),
                standing("STANDING.ORG_PILOT.deleted",
                        deleted(PILOT_A1), USER_UPDATE_PROFILE, resource(deleted(PILOT_A1))),
                standing("STANDING.ORG_PILOT.organizationInactive",
                        actor(PILOT_A1, inactive(ORG_A)), TELEMETRY_SUBMIT, telemetry(DRONE_A1)),
                standing("STANDING.ORG_PILOT.organizationDeleted",
                        actor(PILOT_A1, deleted(ORG_A)), ZONE_READ, resource(ACTIVE_ZONE)),
                standing("STANDING.SOLO_PILOT.inactive", inactive(SOLO), DRONE_REGISTER, newDrone(ownedBy(SOLO))),
                standing("STANDING.SOLO_PILOT.deleted", deleted(SOLO), FLIGHT_PLAN_SUBMIT, newPlanWith(SOLO_DRONE)),
                standing("STANDING.SOLO_PILOT.inactiveOnUnreadable",
                        inactive(SOLO), DRONE_READ, resource(OTHER_SOLO_DRONE)));
    }

    static List<Cell> userCells() {
        return List.of(
                cell("USER_CREATE.AUTHORITY.authorityAdmin", AUTHORITY, newUser(AUTHORITY_ADMIN), ALLOWED),
                cell("USER_CREATE.AUTHORITY.organizationAdmin", AUTHORITY, newUser(ORGANIZATION_ADMIN, ORG_A), ALLOWED),
                cell("USER_CREATE.AUTHORITY.organizationPilot", AUTHORITY, newUser(ORGANIZATION_PILOT, ORG_A), ALLOWED),
                cell("USER_CREATE.AUTHORITY.soloPilot", AUTHORITY, newUser(SOLO_PILOT), DENIED),
                cell("USER_CREATE.ORG_ADMIN.pilotOfOwnOrganization",
                        ADMIN_A, newUser(ORGANIZATION_PILOT, ORG_A), ALLOWED),
                cell("USER_CREATE.ORG_ADMIN.pilotOfOtherOrganization",
                        ADMIN_A, newUser(ORGANIZATION_PILOT, ORG_B), DENIED),
                cell("USER_CREATE.ORG_ADMIN.organizationAdmin", ADMIN_A, newUser(ORGANIZATION_ADMIN, ORG_A), DENIED),
                cell("USER_CREATE.ORG_ADMIN.authorityAdmin", ADMIN_A, newUser(AUTHORITY_ADMIN), DENIED),
                cell("USER_CREATE.ORG_ADMIN.soloPilot", ADMIN_A, newUser(SOLO_PILOT), DENIED),
                cell("USER_CREATE.ORG_PILOT.pilotOfOwnOrganization",
                        PILOT_A1, newUser(ORGANIZATION_PILOT, ORG_A), DENIED),
                cell("USER_CREATE.ORG_PILOT.organizationAdmin", PILOT_A1, newUser(ORGANIZATION_ADMIN, ORG_A), DENIED),
                cell("USER_CREATE.SOLO_PILOT.soloPilot", SOLO, newUser(SOLO_PILOT), DENIED),
                cell("USER_CREATE.SOLO_PILOT.organizationPilot", SOLO, newUser(ORGANIZATION_PILOT, ORG_A), DENIED),
                cell("USER_READ.AUTHORITY.self", AUTHORITY, resource(AUTHORITY), ALLOWED),
                cell("USER_READ.AUTHORITY.otherAuthority", AUTHORITY, resource(OTHER_AUTHORITY), ALLOWED),
                cell("USER_READ.AUTHORITY.organizationMember", AUTHORITY, resource(PILOT_B1), ALLOWED),
                cell("USER_READ.AUTHORITY.soloPilot", AUTHORITY, resource(SOLO), ALLOWED),
                cell("USER_READ.AUTHORITY.deleted", AUTHORITY, resource(deleted(PILOT_A1)), ALLOWED),
                cell("USER_READ.ORG_ADMIN.self", ADMIN_A, resource(ADMIN_A), ALLOWED),
                cell("USER_READ.ORG_ADMIN.pilotOfOwnOrganization", ADMIN_A, resource(PILOT_A1), ALLOWED),
                cell("USER_READ.ORG_ADMIN.inactivePilotOfOwnOrganization",
                        ADMIN_A, resource(inactive(PILOT_A1)), ALLOWED),
                cell("USER_READ.ORG_ADMIN.deletedPilotOfOwnOrganization",
                        ADMIN_A, resource(deleted(PILOT_A1)), NOT_FOUND),
                cell("USER_READ.ORG_ADMIN.pilotOfOtherOrganization", ADMIN_A, resource(PILOT_B1), NOT_FOUND),
                cell("USER_READ.ORG_ADMIN.adminOfOtherOrganization", ADMIN_A, resource(ADMIN_B), NOT_FOUND),
                cell("USER_READ.ORG_ADMIN.soloPilot", ADMIN_A, resource(SOLO), NOT_FOUND),
                cell("USER_READ.ORG_ADMIN.authority", ADMIN_A, resource(AUTHORITY), NOT_FOUND),
                cell("USER_READ.ORG_PILOT.self", PILOT_A1, resource(PILOT_A1), ALLOWED),
                cell("USER_READ.ORG_PILOT.otherPilotOfOwnOrganization", PILOT_A1, resource(PILOT_A2), NOT_FOUND),
                cell("USER_READ.ORG_PILOT.adminOfOwnOrganization", PILOT_A1, resource(ADMIN_A), NOT_FOUND),
                cell("USER_READ.ORG_PILOT.pilotOfOtherOrganization", PILOT_A1, resource(PILOT_B1), NOT_FOUND),
                cell("USER_READ.SOLO_PILOT.self", SOLO, resource(SOLO), ALLOWED),
                cell("USER_READ.SOLO_PILOT.otherSoloPilot", SOLO, resource(OTHER_SOLO), NOT_FOUND),
                cell("USER_READ.SOLO_PILOT.organizationMember", SOLO, resource(PILOT_A1), NOT_FOUND),
                cell("USER_UPDATE_PROFILE.AUTHORITY.self", AUTHORITY, resource(AUTHORITY), ALLOWED),
                cell("USER_UPDATE_PROFILE.AUTHORITY.otherUser", AUTHORITY, resource(PILOT_A1), DENIED),
                cell("USER_UPDATE_PROFILE.AUTHORITY.deleted", AUTHORITY, resource(deleted(PILOT_A1)), DENIED),
                cell("USER_UPDATE_PROFILE.ORG_ADMIN.self", ADMIN_A, resource(ADMIN_A), ALLOWED),
                cell("USER_UPDATE_PROFILE.ORG_ADMIN.pilotOfOwnOrganization", ADMIN_A, resource(PILOT_A1), DENIED),
                cell("USER_UPDATE_PROFILE.ORG_ADMIN.pilotOfOtherOrganization", ADMIN_A, resource(PILOT_B1), NOT_FOUND),
                cell("USER_UPDATE_PROFILE.ORG_PILOT.self", PILOT_A1, resource(PILOT_A1), ALLOWED),
                cell("USER_UPDATE_PROFILE.ORG_PILOT.otherPilotOfOwnOrganization",
                        PILOT_A1, resource(PILOT_A2), NOT_FOUND),
                cell("USER_UPDATE_PROFILE.SOLO_PILOT.self", SOLO, resource(SOLO), ALLOWED),
                cell("USER_UPDATE_PROFILE.SOLO_PILOT.otherSoloPilot", SOLO, resource(OTHER_SOLO), NOT_FOUND),
                cell("USER_CHANGE_ROLE.AUTHORITY.organizationMember", AUTHORITY, resource(PILOT_A1), ALLOWED),
                cell("USER_CHANGE_ROLE.AUTHORITY.soloPilot", AUTHORITY, resource(SOLO), ALLOWED),
                cell("USER_CHANGE_ROLE.AUTHORITY.self", AUTHORITY, resource(AUTHORITY), ALLOWED),
                cell("USER_CHANGE_ROLE.AUTHORITY.deleted", AUTHORITY, resource(deleted(PILOT_A1)), DENIED),
                cell("USER_CHANGE_ROLE.ORG_ADMIN.self", ADMIN_A, resource(ADMIN_A), DENIED),
                cell("USER_CHANGE_ROLE.ORG_ADMIN.pilotOfOwnOrganization", ADMIN_A, resource(PILOT_A1), DENIED),
                cell("USER_CHANGE_ROLE.ORG_ADMIN.pilotOfOtherOrganization", ADMIN_A, resource(PILOT_B1), NOT_FOUND),
                cell("USER_CHANGE_ROLE.ORG_PILOT.self", PILOT_A1, resource(PILOT_A1), DENIED),
                cell("USER_CHANGE_ROLE.ORG_PILOT.otherPilotOfOwnOrganization", PILOT_A1, resource(PILOT_A2), NOT_FOUND),
                cell("USER_CHANGE_ROLE.SOLO_PILOT.self", SOLO, resource(SOLO), DENIED),
                cell("USER_DEACTIVATE.AUTHORITY.organizationAdmin", AUTHORITY, resource(ADMIN_B), ALLOWED),
                cell("USER_DEACTIVATE.AUTHORITY.organizationPilot", AUTHORITY, resource(PILOT_A1), ALLOWED),
                cell("USER_DEACTIVATE.AUTHORITY.soloPilot", AUTHORITY, resource(SOLO), ALLOWED),
                cell("USER_DEACTIVATE.AUTHORITY.otherAuthority", AUTHORITY, resource(OTHER_AUTHORITY), ALLOWED),
                cell("USER_DEACTIVATE.AUTHORITY.self", AUTHORITY, resource(AUTHORITY), ALLOWED),
                cell("USER_DEACTIVATE.AUTHORITY.deleted", AUTHORITY, resource(deleted(PILOT_A1)), DENIED),
                cell("USER_DEACTIVATE.ORG_ADMIN.pilotOfOwnOrganization", ADMIN_A, resource(PILOT_A1), ALLOWED),
                cell("USER_DEACTIVATE.ORG_ADMIN.self", ADMIN_A, resource(ADMIN_A), DENIED),
                cell("USER_DEACTIVATE.ORG_ADMIN.pilotOfOtherOrganization", ADMIN_A, resource(PILOT_B1), NOT_FOUND),
                cell("USER_DEACTIVATE.ORG_ADMIN.soloPilot", ADMIN_A, resource(SOLO), NOT_FOUND),
                cell("USER_DEACTIVATE.ORG_PILOT.self", PILOT_A1, resource(PILOT_A1), DENIED),
                cell("USER_DEACTIVATE.ORG_PILOT.otherPilotOfOwnOrganization", PILOT_A1, resource(PILOT_A2), NOT_FOUND),
                cell("USER_DEACTIVATE.SOLO_PILOT.self", SOLO, resource(SOLO), DENIED),
                cell("USER_DEACTIVATE.SOLO_PILOT.otherSoloPilot", SOLO, resource(OTHER_SOLO), NOT_FOUND),
                cell("USER_REACTIVATE.AUTHORITY.inactiveUser", AUTHORITY, resource(inactive(ADMIN_B)), ALLOWED),
                cell("USER_REACTIVATE.ORG_ADMIN.inactivePilotOfOwnOrganization",
                        ADMIN_A, resource(inactive(PILOT_A1)), ALLOWED),
                cell("USER_REACTIVATE.ORG_ADMIN.inactivePilotOfOtherOrganization",
                        ADMIN_A, resource(inactive(PILOT_B1)), NOT_FOUND),
                cell("USER_REACTIVATE.ORG_PILOT.inactiveOtherPilotOfOwnOrganization",
                        PILOT_A1, resource(inactive(PILOT_A2)), NOT_FOUND),
                cell("USER_REACTIVATE.SOLO_PILOT.inactiveOtherSoloPilot",
                        SOLO, resource(inactive(OTHER_SOLO)), NOT_FOUND),
                cell("USER_DELETE.AUTHORITY.organizationPilot", AUTHORITY, resource(PILOT_A1), ALLOWED),
                cell("USER_DELETE.AUTHORITY.otherAuthority", AUTHORITY, resource(OTHER_AUTHORITY), ALLOWED),
                cell("USER_DELETE.AUTHORITY.deleted", AUTHORITY, resource(deleted(PILOT_A1)), DENIED),
                cell("USER_DELETE.ORG_ADMIN.pilotOfOwnOrganization", ADMIN_A, resource(PILOT_A1), ALLOWED),
                cell("USER_DELETE.ORG_ADMIN.deletedPilotOfOwnOrganization",
                        ADMIN_A, resource(deleted(PILOT_A1)), NOT_FOUND),
                cell("USER_DELETE.ORG_ADMIN.self", ADMIN_A, resource(ADMIN_A), DENIED),
                cell("USER_DELETE.ORG_ADMIN.pilotOfOtherOrganization", ADMIN_A, resource(PILOT_B1), NOT_FOUND),
                cell("USER_DELETE.ORG_PILOT.self", PILOT_A1, resource(PILOT_A1), DENIED),
                cell("USER_DELETE.ORG_PILOT.otherPilotOfOwnOrganization", PILOT_A1, resource(PILOT_A2), NOT_FOUND),
                cell("USER_DELETE.SOLO_PILOT.self", SOLO, resource(SOLO), DENIED),
                cell("USER_DELETE.SOLO_PILOT.otherSoloPilot", SOLO, resource(OTHER_SOLO), NOT_FOUND),
                cell("USER_RESTORE.AUTHORITY.deleted", AUTHORITY, resource(deleted(PILOT_A1)), ALLOWED),
                cell("USER_RESTORE.ORG_ADMIN.deletedPilotOfOwnOrganization",
                        ADMIN_A, resource(deleted(PILOT_A1)), NOT_FOUND),
                cell("USER_RESTORE.ORG_ADMIN.pilotOfOwnOrganization", ADMIN_A, resource(PILOT_A1), DENIED),
                cell("USER_RESTORE.ORG_PILOT.self", PILOT_A1, resource(PILOT_A1), DENIED),
                cell("USER_RESTORE.SOLO_PILOT.self", SOLO, resource(SOLO), DENIED),
                cell("USER_RESTORE.SOLO_PILOT.deletedOtherSoloPilot", SOLO, resource(deleted(OTHER_SOLO)), NOT_FOUND));
    }

    static List<Cell> organizationCells() {
        return List.of(
                cell("ORGANIZATION_CREATE.AUTHORITY.new", AUTHORITY, newOrganization(), ALLOWED),
                cell("ORGANIZATION_CREATE.ORG_ADMIN.new", ADMIN_A, newOrganization(), DENIED),
                cell("ORGANIZATION_CREATE.ORG_PILOT.new", PILOT_A1, newOrganization(), DENIED),
                cell("ORGANIZATION_CREATE.SOLO_PILOT.new", SOLO, newOrganization(), DENIED),
                cell("ORGANIZATION_READ.AUTHORITY.any", AUTHORITY, resource(ORG_A), ALLOWED),
                cell("ORGANIZATION_READ.AUTHORITY.inactive", AUTHORITY, resource(inactive(ORG_B)), ALLOWED),
                cell("ORGANIZATION_READ.AUTHORITY.deleted", AUTHORITY, resource(deleted(ORG_B)), ALLOWED),
                cell("ORGANIZATION_READ.ORG_ADMIN.own", ADMIN_A, resource(ORG_A), ALLOWED),
                cell("ORGANIZATION_READ.ORG_ADMIN.other", ADMIN_A, resource(ORG_B), NOT_FOUND),
                cell("ORGANIZATION_READ.ORG_ADMIN.otherDeleted", ADMIN_A, resource(deleted(ORG_B)), NOT_FOUND),
                cell("ORGANIZATION_READ.ORG_PILOT.own", PILOT_A1, resource(ORG_A), ALLOWED),
                cell("ORGANIZATION_READ.ORG_PILOT.other", PILOT_A1, resource(ORG_B), NOT_FOUND),
                cell("ORGANIZATION_READ.SOLO_PILOT.any", SOLO, resource(ORG_A), NOT_FOUND),
                cell("ORGANIZATION_UPDATE.AUTHORITY.any", AUTHORITY, resource(ORG_A), ALLOWED),
                cell("ORGANIZATION_UPDATE.AUTHORITY.inactive", AUTHORITY, resource(inactive(ORG_B)), ALLOWED),
                cell("ORGANIZATION_UPDATE.AUTHORITY.deleted", AUTHORITY, resource(deleted(ORG_B)), DENIED),
                cell("ORGANIZATION_UPDATE.ORG_ADMIN.own", ADMIN_A, resource(ORG_A), ALLOWED),
                cell("ORGANIZATION_UPDATE.ORG_ADMIN.other", ADMIN_A, resource(ORG_B), NOT_FOUND),
                cell("ORGANIZATION_UPDATE.ORG_PILOT.own", PILOT_A1, resource(ORG_A), DENIED),
                cell("ORGANIZATION_UPDATE.ORG_PILOT.other", PILOT_A1, resource(ORG_B), NOT_FOUND),
                cell("ORGANIZATION_UPDATE.SOLO_PILOT.any", SOLO, resource(ORG_A), NOT_FOUND),
                cell("ORGANIZATION_SET_ADMIN.AUTHORITY.any", AUTHORITY, resource(ORG_A), ALLOWED),
                cell("ORGANIZATION_SET_ADMIN.AUTHORITY.deleted", AUTHORITY, resource(deleted(ORG_B)), DENIED),
                cell("ORGANIZATION_SET_ADMIN.ORG_ADMIN.own", ADMIN_A, resource(ORG_A), DENIED),
                cell("ORGANIZATION_SET_ADMIN.ORG_ADMIN.other", ADMIN_A, resource(ORG_B), NOT_FOUND),
                cell("ORGANIZATION_SET_ADMIN.ORG_PILOT.own", PILOT_A1, resource(ORG_A), DENIED),
                cell("ORGANIZATION_SET_ADMIN.SOLO_PILOT.any", SOLO, resource(ORG_A), NOT_FOUND),
                cell("ORGANIZATION_DEACTIVATE.AUTHORITY.any", AUTHORITY, resource(ORG_A), ALLOWED),
                cell("ORGANIZATION_DEACTIVATE.AUTHORITY.deleted", AUTHORITY, resource(deleted(ORG_B)), DENIED),
                cell("ORGANIZATION_DEACTIVATE.ORG_ADMIN.own", ADMIN_A, resource(ORG_A), DENIED),
                cell("ORGANIZATION_DEACTIVATE.ORG_ADMIN.other", ADMIN_A, resource(ORG_B), NOT_FOUND),
                cell("ORGANIZATION_DEACTIVATE.ORG_PILOT.own", PILOT_A1, resource(ORG_A), DENIED),
                cell("ORGANIZATION_DEACTIVATE.SOLO_PILOT.any", SOLO, resource(ORG_A), NOT_FOUND),
                cell("ORGANIZATION_REACTIVATE.AUTHORITY.inactive", AUTHORITY, resource(inactive(ORG_B)), ALLOWED),
                cell("ORGANIZATION_REACTIVATE.ORG_ADMIN.ownInactive",
                        actor(ADMIN_A, inactive(ORG_A)), resource(inactive(ORG_A)), DENIED),
                cell("ORGANIZATION_REACTIVATE.ORG_ADMIN.otherInactive", ADMIN_A, resource(inactive(ORG_B)), NOT_FOUND),
                cell("ORGANIZATION_REACTIVATE.ORG_PILOT.own", PILOT_A1, resource(ORG_A), DENIED),
                cell("ORGANIZATION_REACTIVATE.SOLO_PILOT.inactive", SOLO, resource(inactive(ORG_B)), NOT_FOUND),
                cell("ORGANIZATION_DELETE.AUTHORITY.any", AUTHORITY, resource(ORG_A), ALLOWED),
                cell("ORGANIZATION_DELETE.AUTHORITY.deleted", AUTHORITY, resource(deleted(ORG_B)), DENIED),
                cell("ORGANIZATION_DELETE.ORG_ADMIN.own", ADMIN_A, resource(ORG_A), DENIED),
                cell("ORGANIZATION_DELETE.ORG_ADMIN.other", ADMIN_A, resource(ORG_B), NOT_FOUND),
                cell("ORGANIZATION_DELETE.ORG_PILOT.own", PILOT_A1, resource(ORG_A), DENIED),
                cell("ORGANIZATION_DELETE.SOLO_PILOT.any", SOLO, resource(ORG_A), NOT_FOUND),
                cell("ORGANIZATION_RESTORE.AUTHORITY.deleted", AUTHORITY, resource(deleted(ORG_B)), ALLOWED),
                cell("ORGANIZATION_RESTORE.ORG_ADMIN.own", ADMIN_A, resource(ORG_A), DENIED),
                cell("ORGANIZATION_RESTORE.ORG_ADMIN.otherDeleted", ADMIN_A, resource(deleted(ORG_B)), NOT_FOUND),
                cell("ORGANIZATION_RESTORE.ORG_PILOT.own", PILOT_A1, resource(ORG_A), DENIED),
                cell("ORGANIZATION_RESTORE.SOLO_PILOT.deleted", SOLO, resource(deleted(ORG_B)), NOT_FOUND));
    }

    static List<Cell> droneCells() {
        return List.of(
                cell("DRONE_REGISTER.AUTHORITY.forOrganization", AUTHORITY, newDrone(ownedBy(ORG_A)), DENIED),
                cell("DRONE_REGISTER.AUTHORITY.asSoloOwner", AUTHORITY, newDrone(ownedBy(AUTHORITY)), DENIED),
                cell("DRONE_REGISTER.ORG_ADMIN.forOwnOrganization", ADMIN_A, newDrone(ownedBy(ORG_A)), ALLOWED),
                cell("DRONE_REGISTER.ORG_ADMIN.forOtherOrganization", ADMIN_A, newDrone(ownedBy(ORG_B)), DENIED),
                cell("DRONE_REGISTER.ORG_ADMIN.asSoloOwner", ADMIN_A, newDrone(ownedBy(ADMIN_A)), DENIED),
                cell("DRONE_REGISTER.ORG_PILOT.forOwnOrganization", PILOT_A1, newDrone(ownedBy(ORG_A)), DENIED),
                cell("DRONE_REGISTER.ORG_PILOT.asSoloOwner", PILOT_A1, newDrone(ownedBy(PILOT_A1)), DENIED),
                cell("DRONE_REGISTER.SOLO_PILOT.asSoloOwner", SOLO, newDrone(ownedBy(SOLO)), ALLOWED),
                cell("DRONE_REGISTER.SOLO_PILOT.forOtherSoloPilot", SOLO, newDrone(ownedBy(OTHER_SOLO)), DENIED),
                cell("DRONE_REGISTER.SOLO_PILOT.forOrganization", SOLO, newDrone(ownedBy(ORG_A)), DENIED),
                cell("DRONE_READ.AUTHORITY.organizationDrone", AUTHORITY, resource(DRONE_B1), ALLOWED),
                cell("DRONE_READ.AUTHORITY.soloDrone", AUTHORITY, resource(SOLO_DRONE), ALLOWED),
                cell("DRONE_READ.AUTHORITY.deleted", AUTHORITY, resource(deleted(DRONE_A1)), ALLOWED),
                cell("DRONE_READ.ORG_ADMIN.assignedOfOwnOrganization", ADMIN_A, resource(DRONE_A1), ALLOWED),
                cell("DRONE_READ.ORG_ADMIN.unassignedOfOwnOrganization", ADMIN_A, resource(DRONE_A2), ALLOWED),
                cell("DRONE_READ.ORG_ADMIN.deletedOfOwnOrganization", ADMIN_A, resource(deleted(DRONE_A1)), NOT_FOUND),
                cell("DRONE_READ.ORG_ADMIN.otherOrganization", ADMIN_A, resource(DRONE_B1), NOT_FOUND),
                cell("DRONE_READ.ORG_ADMIN.soloDrone", ADMIN_A, resource(SOLO_DRONE), NOT_FOUND),
                cell("DRONE_READ.ORG_PILOT.assigned", PILOT_A1, resource(DRONE_A1), ALLOWED),
                cell("DRONE_READ.ORG_PILOT.assignedToAnotherPilot", PILOT_A2, resource(DRONE_A1), NOT_FOUND),
                cell("DRONE_READ.ORG_PILOT.unassignedOfOwnOrganization", PILOT_A1, resource(DRONE_A2), NOT_FOUND),
                cell("DRONE_READ.ORG_PILOT.deletedAssigned", PILOT_A1, resource(deleted(DRONE_A1)), NOT_FOUND),
                cell("DRONE_READ.ORG_PILOT.otherOrganization", PILOT_A1, resource(DRONE_B1), NOT_FOUND),
                cell("DRONE_READ.ORG_PILOT.otherOrganizationListingThePilot",
                        PILOT_A1, resource(DRONE_B1, Set.of(PILOT_A1.id())), NOT_FOUND),
                cell("DRONE_READ.ORG_PILOT.soloDrone", PILOT_A1, resource(SOLO_DRONE), NOT_FOUND),
                cell("DRONE_READ.SOLO_PILOT.own", SOLO, resource(SOLO_DRONE), ALLOWED),
                cell("DRONE_READ.SOLO_PILOT.deletedOwn", SOLO, resource(deleted(SOLO_DRONE)), NOT_FOUND),
                cell("DRONE_READ.SOLO_PILOT.otherSoloPilot", SOLO, resource(OTHER_SOLO_DRONE), NOT_FOUND),
                cell("DRONE_READ.SOLO_PILOT.organizationDrone", SOLO, resource(DRONE_A1), NOT_FOUND),
                cell("DRONE_UPDATE.AUTHORITY.organizationDrone", AUTHORITY, resource(DRONE_A1), DENIED),
                cell("DRONE_UPDATE.AUTHORITY.soloDrone", AUTHORITY, resource(SOLO_DRONE), DENIED),
                cell("DRONE_UPDATE.ORG_ADMIN.ownOrganization", ADMIN_A, resource(DRONE_A1), ALLOWED),
                cell("DRONE_UPDATE.ORG_ADMIN.deletedOfOwnOrganization",
                        ADMIN_A, resource(deleted(DRONE_A1)), NOT_FOUND),
                cell("DRONE_UPDATE.ORG_ADMIN.otherOrganization", ADMIN_A, resource(DRONE_B1), NOT_FOUND),
                cell("DRONE_UPDATE.ORG_PILOT.assigned", PILOT_A1, resource(DRONE_A1), DENIED),
                cell("DRONE_UPDATE.ORG_PILOT.unassignedOfOwnOrganization", PILOT_A1, resource(DRONE_A2), NOT_FOUND),
                cell("DRONE_UPDATE.SOLO_PILOT.own", SOLO, resource(SOLO_DRONE), ALLOWED),
                cell("DRONE_UPDATE.SOLO_PILOT.deletedOwn", SOLO, resource(deleted(SOLO_DRONE)), NOT_FOUND),
                cell("DRONE_UPDATE.SOLO_PILOT.otherSoloPilot", SOLO, resource(OTHER_SOLO_DRONE), NOT_FOUND),
                cell("DRONE_DELETE.AUTHORITY.organizationDrone", AUTHORITY, resource(DRONE_A1), ALLOWED),
                cell("DRONE_DELETE.AUTHORITY.soloDrone", AUTHORITY, resource(SOLO_DRONE), ALLOWED),
                cell("DRONE_DELETE.AUTHORITY.deleted", AUTHORITY, resource(deleted(DRONE_A1)), DENIED),
                cell("DRONE_DELETE.ORG_ADMIN.ownOrganization", ADMIN_A, resource(DRONE_A1), ALLOWED),
                cell("DRONE_DELETE.ORG_ADMIN.otherOrganization", ADMIN_A, resource(DRONE_B1), NOT_FOUND),
                cell("DRONE_DELETE.ORG_PILOT.assigned", PILOT_A1, resource(DRONE_A1), DENIED),
                cell("DRONE_DELETE.ORG_PILOT.unassignedOfOwnOrganization", PILOT_A1, resource(DRONE_A2), NOT_FOUND),
                cell("DRONE_DELETE.SOLO_PILOT.own", SOLO, resource(SOLO_DRONE), ALLOWED),
                cell("DRONE_DELETE.SOLO_PILOT.otherSoloPilot", SOLO, resource(OTHER_SOLO_DRONE), NOT_FOUND),
                cell("DRONE_RESTORE.AUTHORITY.deleted", AUTHORITY, resource(deleted(DRONE_A1)), ALLOWED),
                cell("DRONE_RESTORE.ORG_ADMIN.deletedOfOwnOrganization",
                        ADMIN_A, resource(deleted(DRONE_A1)), NOT_FOUND),
                cell("DRONE_RESTORE.ORG_ADMIN.ownOrganization", ADMIN_A, resource(DRONE_A1), DENIED),
                cell("DRONE_RESTORE.ORG_PILOT.assigned", PILOT_A1, resource(DRONE_A1), DENIED),
                cell("DRONE_RESTORE.SOLO_PILOT.deletedOwn", SOLO, resource(deleted(SOLO_DRONE)), NOT_FOUND),
                cell("DRONE_RESTORE.SOLO_PILOT.own", SOLO, resource(SOLO_DRONE), DENIED));
    }

    static List<Cell> assignmentCells() {
        return List.of(
                cell("ASSIGNMENT_CHANGE.AUTHORITY.organizationPilotAndDrone",
                        AUTHORITY, assignment(PILOT_A1, DRONE_A1), DENIED),
                cell("ASSIGNMENT_CHANGE.AUTHORITY.deletedDrone",
                        AUTHORITY, assignment(PILOT_A1, deleted(DRONE_A1)), DENIED),
                cell("ASSIGNMENT_CHANGE.ORG_ADMIN.ownPilotOwnDrone", ADMIN_A, assignment(PILOT_A2, DRONE_A2), ALLOWED),
                cell("ASSIGNMENT_CHANGE.ORG_ADMIN.assignedPilotOwnDrone",
                        ADMIN_A, assignment(PILOT_A1, DRONE_A1), ALLOWED),
                cell("ASSIGNMENT_CHANGE.ORG_ADMIN.inactiveOwnPilotOwnDrone",
                        ADMIN_A, assignment(inactive(PILOT_A2), DRONE_A2), ALLOWED),
                cell("ASSIGNMENT_CHANGE.ORG_ADMIN.deletedOwnPilot",
                        ADMIN_A, assignment(deleted(PILOT_A2), DRONE_A2), NOT_FOUND),
                cell("ASSIGNMENT_CHANGE.ORG_ADMIN.selfOwnDrone", ADMIN_A, assignment(ADMIN_A, DRONE_A2), DENIED),
                cell("ASSIGNMENT_CHANGE.ORG_ADMIN.otherOrganizationPilotOwnDrone",
                        ADMIN_A, assignment(PILOT_B1, DRONE_A2), NOT_FOUND),
                cell("ASSIGNMENT_CHANGE.ORG_ADMIN.soloPilotOwnDrone", ADMIN_A, assignment(SOLO, DRONE_A2), NOT_FOUND),
                cell("ASSIGNMENT_CHANGE.ORG_ADMIN.ownPilotOtherOrganizationDrone",
                        ADMIN_A, assignment(PILOT_A1, DRONE_B1), NOT_FOUND),
                cell("ASSIGNMENT_CHANGE.ORG_ADMIN.otherOrganizationPilotAndDrone",
                        ADMIN_A, assignment(PILOT_B1, DRONE_B1), NOT_FOUND),
                cell("ASSIGNMENT_CHANGE.ORG_ADMIN.ownPilotSoloDrone",
                        ADMIN_A, assignment(PILOT_A1, SOLO_DRONE), NOT_FOUND),
                cell("ASSIGNMENT_CHANGE.ORG_PILOT.self", PILOT_A1, assignment(PILOT_A1, DRONE_A2), DENIED),
                cell("ASSIGNMENT_CHANGE.ORG_PILOT.otherPilotOfOwnOrganization",
                        PILOT_A1, assignment(PILOT_A2, DRONE_A2), NOT_FOUND),
                cell("ASSIGNMENT_CHANGE.SOLO_PILOT.selfOwnDrone", SOLO, assignment(SOLO, SOLO_DRONE), DENIED),
                cell("ASSIGNMENT_CHANGE.SOLO_PILOT.organizationPilotAndDrone",
                        SOLO, assignment(PILOT_A1, DRONE_A1), NOT_FOUND),
                cell("ASSIGNMENT_READ.AUTHORITY.any", AUTHORITY, assignment(PILOT_A1, DRONE_A1), ALLOWED),
                cell("ASSIGNMENT_READ.AUTHORITY.deletedPilot",
                        AUTHORITY, assignment(deleted(PILOT_A1), DRONE_A1), ALLOWED),
                cell("ASSIGNMENT_READ.ORG_ADMIN.ownOrganization", ADMIN_A, assignment(PILOT_A1, DRONE_A1), ALLOWED),
                cell("ASSIGNMENT_READ.ORG_ADMIN.deletedDrone",
                        ADMIN_A, assignment(PILOT_A1, deleted(DRONE_A1)), NOT_FOUND),
                cell("ASSIGNMENT_READ.ORG_ADMIN.otherOrganization", ADMIN_A, assignment(PILOT_B1, DRONE_B1), NOT_FOUND),
                cell("ASSIGNMENT_READ.ORG_PILOT.own", PILOT_A1, assignment(PILOT_A1, DRONE_A1), ALLOWED),
                cell("ASSIGNMENT_READ.ORG_PILOT.otherPilotOfOwnOrganization",
                        PILOT_A2, assignment(PILOT_A1, DRONE_A1), NOT_FOUND),
                cell("ASSIGNMENT_READ.ORG_PILOT.otherOrganization",
                        PILOT_A1, assignment(PILOT_B1, DRONE_B1), NOT_FOUND),
                cell("ASSIGNMENT_READ.SOLO_PILOT.organizationAssignment",
                        SOLO, assignment(PILOT_A1, DRONE_A1), NOT_FOUND));
    }

    static List<Cell> flightPlanCells() {
        return List.of(
                cell("FLIGHT_PLAN_SUBMIT.AUTHORITY.organizationDrone", AUTHORITY, newPlanWith(DRONE_A1), DENIED),
                cell("FLIGHT_PLAN_SUBMIT.AUTHORITY.soloDrone", AUTHORITY, newPlanWith(SOLO_DRONE), DENIED),
                cell("FLIGHT_PLAN_SUBMIT.ORG_ADMIN.ownOrganizationDrone", ADMIN_A, newPlanWith(DRONE_A2), ALLOWED),
                cell("FLIGHT_PLAN_SUBMIT.ORG_ADMIN.deletedOwnOrganizationDrone",
                        ADMIN_A, newPlanWith(deleted(DRONE_A2)), NOT_FOUND),
                cell("FLIGHT_PLAN_SUBMIT.ORG_ADMIN.otherOrganizationDrone", ADMIN_A, newPlanWith(DRONE_B1), NOT_FOUND),
                cell("FLIGHT_PLAN_SUBMIT.ORG_ADMIN.soloDrone", ADMIN_A, newPlanWith(SOLO_DRONE), NOT_FOUND),
                cell("FLIGHT_PLAN_SUBMIT.ORG_PILOT.assignedDrone", PILOT_A1, newPlanWith(DRONE_A1), ALLOWED),
                cell("FLIGHT_PLAN_SUBMIT.ORG_PILOT.unassignedDroneOfOwnOrganization",
                        PILOT_A1, newPlanWith(DRONE_A2), NOT_FOUND),
                cell("FLIGHT_PLAN_SUBMIT.ORG_PILOT.otherOrganizationDrone", PILOT_A1, newPlanWith(DRONE_B1), NOT_FOUND),
                cell("FLIGHT_PLAN_SUBMIT.SOLO_PILOT.ownDrone", SOLO, newPlanWith(SOLO_DRONE), ALLOWED),
                cell("FLIGHT_PLAN_SUBMIT.SOLO_PILOT.deletedOwnDrone",
                        SOLO, newPlanWith(deleted(SOLO_DRONE)), NOT_FOUND),
                cell("FLIGHT_PLAN_SUBMIT.SOLO_PILOT.otherSoloPilotDrone",
                        SOLO, newPlanWith(OTHER_SOLO_DRONE), NOT_FOUND),
                cell("FLIGHT_PLAN_SUBMIT.SOLO_PILOT.organizationDrone", SOLO, newPlanWith(DRONE_A1), NOT_FOUND),
                cell("FLIGHT_PLAN_READ.AUTHORITY.organizationPlan", AUTHORITY, resource(PLAN_B1), ALLOWED),
                cell("FLIGHT_PLAN_READ.AUTHORITY.soloPlan", AUTHORITY, resource(SOLO_PLAN), ALLOWED),
                cell("FLIGHT_PLAN_READ.AUTHORITY.deleted", AUTHORITY, resource(deleted(PLAN_A1)), ALLOWED),
                cell("FLIGHT_PLAN_READ.ORG_ADMIN.pilotPlanOfOwnOrganization", ADMIN_A, resource(PLAN_A1), ALLOWED),
                cell("FLIGHT_PLAN_READ.ORG_ADMIN.ownPlan", ADMIN_A, resource(PLAN_ADMIN_A), ALLOWED),
                cell("FLIGHT_PLAN_READ.ORG_ADMIN.deletedPlanOfOwnOrganization",
                        ADMIN_A, resource(deleted(PLAN_A1)), NOT_FOUND),
                cell("FLIGHT_PLAN_READ.ORG_ADMIN.planOfOtherOrganization", ADMIN_A, resource(PLAN_B1), NOT_FOUND),
                cell("FLIGHT_PLAN_READ.ORG_ADMIN.soloPlan", ADMIN_A, resource(SOLO_PLAN), NOT_FOUND),
                cell("FLIGHT_PLAN_READ.ORG_PILOT.own", PILOT_A1, resource(PLAN_A1), ALLOWED),
                cell("FLIGHT_PLAN_READ.ORG_PILOT.deletedOwn", PILOT_A1, resource(deleted(PLAN_A1)), NOT_FOUND),
                cell("FLIGHT_PLAN_READ.ORG_PILOT.otherPilotPlanOfOwnOrganization",
                        PILOT_A2, resource(PLAN_A1), NOT_FOUND),
                cell("FLIGHT_PLAN_READ.ORG_PILOT.adminPlanWithAssignedDrone",
                        PILOT_A1, resource(PLAN_ADMIN_A), NOT_FOUND),
                cell("FLIGHT_PLAN_READ.ORG_PILOT.planOfOtherOrganization", PILOT_A1, resource(PLAN_B1), NOT_FOUND),
                cell("FLIGHT_PLAN_READ.SOLO_PILOT.own", SOLO, resource(SOLO_PLAN), ALLOWED),
                cell("FLIGHT_PLAN_READ.SOLO_PILOT.otherSoloPilotPlan", SOLO, resource(OTHER_SOLO_PLAN), NOT_FOUND),
                cell("FLIGHT_PLAN_READ.SOLO_PILOT.organizationPlan", SOLO, resource(PLAN_A1), NOT_FOUND),
                cell("FLIGHT_PLAN_DECIDE_AS_ORGANIZATION.AUTHORITY.organizationPlan",
                        AUTHORITY, resource(PLAN_A1), DENIED),
                cell("FLIGHT_PLAN_DECIDE_AS_ORGANIZATION.ORG_ADMIN.pilotPlanOfOwnOrganization",
                        ADMIN_A, resource(PLAN_A1), ALLOWED),
                cell("FLIGHT_PLAN_DECIDE_AS_ORGANIZATION.ORG_ADMIN.ownPlan", ADMIN_A, resource(PLAN_ADMIN_A), ALLOWED),
                cell("FLIGHT_PLAN_DECIDE_AS_ORGANIZATION.ORG_ADMIN.deletedPlanOfOwnOrganization",
                        ADMIN_A, resource(deleted(PLAN_A1)), NOT_FOUND),
                cell("FLIGHT_PLAN_DECIDE_AS_ORGANIZATION.ORG_ADMIN.planOfOtherOrganization",
                        ADMIN_A, resource(PLAN_B1), NOT_FOUND),
                cell("FLIGHT_PLAN_DECIDE_AS_ORGANIZATION.ORG_ADMIN.soloPlan", ADMIN_A, resource(SOLO_PLAN), NOT_FOUND),
                cell("FLIGHT_PLAN_DECIDE_AS_ORGANIZATION.ORG_PILOT.own", PILOT_A1, resource(PLAN_A1), DENIED),
                cell("FLIGHT_PLAN_DECIDE_AS_ORGANIZATION.SOLO_PILOT.own", SOLO, resource(SOLO_PLAN), DENIED),
                cell("FLIGHT_PLAN_DECIDE_AS_AUTHORITY.AUTHORITY.organizationPlan",
                        AUTHORITY, resource(PLAN_A1), ALLOWED),
                cell("FLIGHT_PLAN_DECIDE_AS_AUTHORITY.AUTHORITY.soloPlan", AUTHORITY, resource(SOLO_PLAN), ALLOWED),
                cell("FLIGHT_PLAN_DECIDE_AS_AUTHORITY.AUTHORITY.deleted",
                        AUTHORITY, resource(deleted(PLAN_A1)), DENIED),
                cell("FLIGHT_PLAN_DECIDE_AS_AUTHORITY.ORG_ADMIN.pilotPlanOfOwnOrganization",
                        ADMIN_A, resource(PLAN_A1), DENIED),
                cell("FLIGHT_PLAN_DECIDE_AS_AUTHORITY.ORG_ADMIN.planOfOtherOrganization",
                        ADMIN_A, resource(PLAN_B1), NOT_FOUND),
                cell("FLIGHT_PLAN_DECIDE_AS_AUTHORITY.ORG_PILOT.own", PILOT_A1, resource(PLAN_A1), DENIED),
                cell("FLIGHT_PLAN_DECIDE_AS_AUTHORITY.SOLO_PILOT.own", SOLO, resource(SOLO_PLAN), DENIED),
                cell("FLIGHT_PLAN_DECIDE_AS_AUTHORITY.SOLO_PILOT.otherSoloPilotPlan",
                        SOLO, resource(OTHER_SOLO_PLAN), NOT_FOUND),
                cell("FLIGHT_PLAN_ACTIVATE.AUTHORITY.organizationPlan", AUTHORITY, resource(PLAN_A1), DENIED),
                cell("FLIGHT_PLAN_ACTIVATE.ORG_ADMIN.ownPlan", ADMIN_A, resource(PLAN_ADMIN_A), ALLOWED),
                cell("FLIGHT_PLAN_ACTIVATE.ORG_ADMIN.pilotPlanOfOwnOrganization", ADMIN_A, resource(PLAN_A1), DENIED),
                cell("FLIGHT_PLAN_ACTIVATE.ORG_ADMIN.planOfOtherOrganization", ADMIN_A, resource(PLAN_B1), NOT_FOUND),
                cell("FLIGHT_PLAN_ACTIVATE.ORG_PILOT.own", PILOT_A1, resource(PLAN_A1), ALLOWED),
                cell("FLIGHT_PLAN_ACTIVATE.ORG_PILOT.deletedOwn", PILOT_A1, resource(deleted(PLAN_A1)), NOT_FOUND),
                cell("FLIGHT_PLAN_ACTIVATE.ORG_PILOT.otherPilotPlanOfOwnOrganization",
                        PILOT_A2, resource(PLAN_A1), NOT_FOUND),
                cell("FLIGHT_PLAN_ACTIVATE.SOLO_PILOT.own", SOLO, resource(SOLO_PLAN), ALLOWED),
                cell("FLIGHT_PLAN_ACTIVATE.SOLO_PILOT.otherSoloPilotPlan", SOLO, resource(OTHER_SOLO_PLAN), NOT_FOUND),
                cell("FLIGHT_PLAN_COMPLETE.AUTHORITY.organizationPlan", AUTHORITY, resource(PLAN_A1), DENIED),
                cell("FLIGHT_PLAN_COMPLETE.ORG_ADMIN.ownPlan", ADMIN_A, resource(PLAN_ADMIN_A), ALLOWED),
                cell("FLIGHT_PLAN_COMPLETE.ORG_ADMIN.pilotPlanOfOwnOrganization", ADMIN_A, resource(PLAN_A1), DENIED),
                cell("FLIGHT_PLAN_COMPLETE.ORG_ADMIN.planOfOtherOrganization", ADMIN_A, resource(PLAN_B1), NOT_FOUND),
                cell("FLIGHT_PLAN_COMPLETE.ORG_PILOT.own", PILOT_A1, resource(PLAN_A1), ALLOWED),
                cell("FLIGHT_PLAN_COMPLETE.ORG_PILOT.deletedOwn", PILOT_A1, resource(deleted(PLAN_A1)), NOT_FOUND),
                cell("FLIGHT_PLAN_COMPLETE.ORG_PILOT.otherPilotPlanOfOwnOrganization",
                        PILOT_A2, resource(PLAN_A1), NOT_FOUND),
                cell("FLIGHT_PLAN_COMPLETE.SOLO_PILOT.own", SOLO, resource(SOLO_PLAN), ALLOWED),
                cell("FLIGHT_PLAN_COMPLETE.SOLO_PILOT.otherSoloPilotPlan", SOLO, resource(OTHER_SOLO_PLAN), NOT_FOUND),
                cell("FLIGHT_PLAN_CANCEL_AS_PILOT.AUTHORITY.organizationPlan", AUTHORITY, resource(PLAN_A1), DENIED),
                cell("FLIGHT_PLAN_CANCEL_AS_PILOT.ORG_ADMIN.ownPlan", ADMIN_A, resource(PLAN_ADMIN_A), ALLOWED),
                cell("FLIGHT_PLAN_CANCEL_AS_PILOT.ORG_ADMIN.pilotPlanOfOwnOrganization",
                        ADMIN_A, resource(PLAN_A1), DENIED),
                cell("FLIGHT_PLAN_CANCEL_AS_PILOT.ORG_ADMIN.planOfOtherOrganization",
                        ADMIN_A, resource(PLAN_B1), NOT_FOUND),
                cell("FLIGHT_PLAN_CANCEL_AS_PILOT.ORG_PILOT.own", PILOT_A1, resource(PLAN_A1), ALLOWED),
                cell("FLIGHT_PLAN_CANCEL_AS_PILOT.ORG_PILOT.deletedOwn",
                        PILOT_A1, resource(deleted(PLAN_A1)), NOT_FOUND),
                cell("FLIGHT_PLAN_CANCEL_AS_PILOT.ORG_PILOT.otherPilotPlanOfOwnOrganization",
                        PILOT_A2, resource(PLAN_A1), NOT_FOUND),
                cell("FLIGHT_PLAN_CANCEL_AS_PILOT.SOLO_PILOT.own", SOLO, resource(SOLO_PLAN), ALLOWED),
                cell("FLIGHT_PLAN_CANCEL_AS_PILOT.SOLO_PILOT.otherSoloPilotPlan",
                        SOLO, resource(OTHER_SOLO_PLAN), NOT_FOUND),
                cell("FLIGHT_PLAN_CANCEL_AS_ADMIN.AUTHORITY.organizationPlan", AUTHORITY, resource(PLAN_A1), ALLOWED),
                cell("FLIGHT_PLAN_CANCEL_AS_ADMIN.AUTHORITY.soloPlan", AUTHORITY, resource(SOLO_PLAN), ALLOWED),
                cell("FLIGHT_PLAN_CANCEL_AS_ADMIN.AUTHORITY.deleted", AUTHORITY, resource(deleted(PLAN_A1)), DENIED),
                cell("FLIGHT_PLAN_CANCEL_AS_ADMIN.ORG_ADMIN.pilotPlanOfOwnOrganization",
                        ADMIN_A, resource(PLAN_A1), ALLOWED),
                cell("FLIGHT_PLAN_CANCEL_AS_ADMIN.ORG_ADMIN.ownPlan", ADMIN_A, resource(PLAN_ADMIN_A), ALLOWED),
                cell("FLIGHT_PLAN_CANCEL_AS_ADMIN.ORG_ADMIN.planOfOtherOrganization",
                        ADMIN_A, resource(PLAN_B1), NOT_FOUND),
                cell("FLIGHT_PLAN_CANCEL_AS_ADMIN.ORG_ADMIN.soloPlan", ADMIN_A, resource(SOLO_PLAN), NOT_FOUND),
                cell("FLIGHT_PLAN_CANCEL_AS_ADMIN.ORG_PILOT.own", PILOT_A1, resource(PLAN_A1), DENIED),
                cell("FLIGHT_PLAN_CANCEL_AS_ADMIN.SOLO_PILOT.own", SOLO, resource(SOLO_PLAN), DENIED));
    }

    static List<Cell> telemetryCells() {
        return List.of(
                cell("TELEMETRY_SUBMIT.AUTHORITY.noPlan", AUTHORITY, telemetry(DRONE_A1), DENIED),
                cell("TELEMETRY_SUBMIT.AUTHORITY.activePlan", AUTHORITY, telemetry(DRONE_A1, ACTIVE_PLAN_A1), DENIED),
                cell("TELEMETRY_SUBMIT.AUTHORITY.deleted", AUTHORITY, telemetry(deleted(DRONE_A1)), DENIED),
                cell("TELEMETRY_SUBMIT.ORG_ADMIN.ownOrganizationNoPlan", ADMIN_A, telemetry(DRONE_A1), ALLOWED),
                cell("TELEMETRY_SUBMIT.ORG_ADMIN.otherOrganizationNoPlan", ADMIN_A, telemetry(DRONE_B1), NOT_FOUND),
                cell("TELEMETRY_SUBMIT.ORG_ADMIN.activePlanOfPilot",
                        ADMIN_A, telemetry(DRONE_A1, ACTIVE_PLAN_A1), DENIED),
                cell("TELEMETRY_SUBMIT.ORG_ADMIN.activePlanSubmitter",
                        ADMIN_A, telemetry(DRONE_A1, ACTIVE_PLAN_ADMIN_A), ALLOWED),
                cell("TELEMETRY_SUBMIT.ORG_PILOT.assignedNoPlan", PILOT_A1, telemetry(DRONE_A1), ALLOWED),
                cell("TELEMETRY_SUBMIT.ORG_PILOT.unassignedNoPlan", PILOT_A1, telemetry(DRONE_A2), NOT_FOUND),
                cell("TELEMETRY_SUBMIT.ORG_PILOT.otherOrganizationNoPlan", PILOT_A1, telemetry(DRONE_B1), NOT_FOUND),
                cell("TELEMETRY_SUBMIT.ORG_PILOT.activePlanSubmitter",
                        PILOT_A1, telemetry(DRONE_A1, ACTIVE_PLAN_A1), ALLOWED),
                cell("TELEMETRY_SUBMIT.ORG_PILOT.assignedButActivePlanOfAnother",
                        PILOT_A1, telemetry(DRONE_A1, ACTIVE_PLAN_ADMIN_A), DENIED),
                cell("TELEMETRY_SUBMIT.ORG_PILOT.activePlanSubmitterNoLongerAssigned",
                        PILOT_A1, telemetry(DRONE_A1, Set.of(), ACTIVE_PLAN_A1), ALLOWED),
                cell("TELEMETRY_SUBMIT.SOLO_PILOT.ownNoPlan", SOLO, telemetry(SOLO_DRONE), ALLOWED),
                cell("TELEMETRY_SUBMIT.SOLO_PILOT.activePlanSubmitter",
                        SOLO, telemetry(SOLO_DRONE, ACTIVE_SOLO_PLAN), ALLOWED),
                cell("TELEMETRY_SUBMIT.SOLO_PILOT.deletedOwn", SOLO, telemetry(deleted(SOLO_DRONE)), NOT_FOUND),
                cell("TELEMETRY_SUBMIT.SOLO_PILOT.otherSoloPilotNoPlan", SOLO, telemetry(OTHER_SOLO_DRONE), NOT_FOUND),
                cell("TELEMETRY_SUBMIT.SOLO_PILOT.organizationDroneNoPlan", SOLO, telemetry(DRONE_A1), NOT_FOUND),
                cell("TELEMETRY_READ.AUTHORITY.organizationDrone", AUTHORITY, telemetry(DRONE_A1), ALLOWED),
                cell("TELEMETRY_READ.AUTHORITY.deleted", AUTHORITY, telemetry(deleted(DRONE_A1)), ALLOWED),
                cell("TELEMETRY_READ.ORG_ADMIN.ownOrganization", ADMIN_A, telemetry(DRONE_A2), ALLOWED),
                cell("TELEMETRY_READ.ORG_ADMIN.otherOrganization", ADMIN_A, telemetry(DRONE_B1), NOT_FOUND),
                cell("TELEMETRY_READ.ORG_PILOT.assigned", PILOT_A1, telemetry(DRONE_A1), ALLOWED),
                cell("TELEMETRY_READ.ORG_PILOT.unassignedOfOwnOrganization", PILOT_A1, telemetry(DRONE_A2), NOT_FOUND),
                cell("TELEMETRY_READ.ORG_PILOT.activePlanSubmitterNoLongerAssigned",
                        PILOT_A1, telemetry(DRONE_A1, Set.of(), ACTIVE_PLAN_A1), NOT_FOUND),
                cell("TELEMETRY_READ.SOLO_PILOT.own", SOLO, telemetry(SOLO_DRONE), ALLOWED),
                cell("TELEMETRY_READ.SOLO_PILOT.otherSoloPilot", SOLO, telemetry(OTHER_SOLO_DRONE), NOT_FOUND));
    }

    static List<Cell> zoneCells() {
        return List.of(
                cell("ZONE_MANAGE.AUTHORITY.new", AUTHORITY, newZone(), ALLOWED),
                cell("ZONE_MANAGE.AUTHORITY.active", AUTHORITY, resource(ACTIVE_ZONE), ALLOWED),
                cell("ZONE_MANAGE.AUTHORITY.inactive", AUTHORITY, resource(INACTIVE_ZONE), ALLOWED),
                cell("ZONE_MANAGE.AUTHORITY.deleted", AUTHORITY, resource(DELETED_ZONE), ALLOWED),
                cell("ZONE_MANAGE.ORG_ADMIN.new", ADMIN_A, newZone(), DENIED),
                cell("ZONE_MANAGE.ORG_ADMIN.active", ADMIN_A, resource(ACTIVE_ZONE), DENIED),
                cell("ZONE_MANAGE.ORG_ADMIN.inactive", ADMIN_A, resource(INACTIVE_ZONE), NOT_FOUND),
                cell("ZONE_MANAGE.ORG_ADMIN.deleted", ADMIN_A, resource(DELETED_ZONE), NOT_FOUND),
                cell("ZONE_MANAGE.ORG_PILOT.active", PILOT_A1, resource(ACTIVE_ZONE), DENIED),
                cell("ZONE_MANAGE.ORG_PILOT.inactive", PILOT_A1, resource(INACTIVE_ZONE), NOT_FOUND),
                cell("ZONE_MANAGE.SOLO_PILOT.new", SOLO, newZone(), DENIED),
                cell("ZONE_MANAGE.SOLO_PILOT.active", SOLO, resource(ACTIVE_ZONE), DENIED),
                cell("ZONE_MANAGE.SOLO_PILOT.inactive", SOLO, resource(INACTIVE_ZONE), NOT_FOUND),
                cell("ZONE_MANAGE.SOLO_PILOT.deleted", SOLO, resource(DELETED_ZONE), NOT_FOUND),
                cell("ZONE_READ.AUTHORITY.active", AUTHORITY, resource(ACTIVE_ZONE), ALLOWED),
                cell("ZONE_READ.AUTHORITY.inactive", AUTHORITY, resource(INACTIVE_ZONE), ALLOWED),
                cell("ZONE_READ.AUTHORITY.deleted", AUTHORITY, resource(DELETED_ZONE), ALLOWED),
                cell("ZONE_READ.ORG_ADMIN.active", ADMIN_A, resource(ACTIVE_ZONE), ALLOWED),
                cell("ZONE_READ.ORG_ADMIN.inactive", ADMIN_A, resource(INACTIVE_ZONE), NOT_FOUND),
                cell("ZONE_READ.ORG_ADMIN.deleted", ADMIN_A, resource(DELETED_ZONE), NOT_FOUND),
                cell("ZONE_READ.ORG_PILOT.active", PILOT_A1, resource(ACTIVE_ZONE), ALLOWED),
                cell("ZONE_READ.ORG_PILOT.inactive", PILOT_A1, resource(INACTIVE_ZONE), NOT_FOUND),
                cell("ZONE_READ.SOLO_PILOT.active", SOLO, resource(ACTIVE_ZONE), ALLOWED),
                cell("ZONE_READ.SOLO_PILOT.inactive", SOLO, resource(INACTIVE_ZONE), NOT_FOUND),
                cell("ZONE_READ.SOLO_PILOT.deleted", SOLO, resource(DELETED_ZONE), NOT_FOUND));
    }
}
