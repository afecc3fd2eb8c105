package kz.utm.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import kz.utm.core.access.AccessMatrix.Cell;
import kz.utm.core.access.AccessMatrix.Outcome;
import kz.utm.core.user.UserRole;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/access-policy.md} and {@link AccessMatrix} in step: the same cells, the same
 * outcomes (as implemented), the same discrepancy marks; and keeps the matrix complete.
 *
 * <p>A cell row of the document is a table row whose first column is the cell id (dotted) in
 * backticks; its fourth column is the outcome, {@code allowed}, {@code denied} or {@code not found},
 * optionally followed by {@code ⚠ D<n>} when ACCESS-POLICY.md requires another outcome.
 */
class AccessPolicyDocumentTest {

    // Surefire runs with the module directory as working directory; the docs are the repository's.
    private static final Path DOCUMENT = Path.of("..", "docs", "access-policy.md");

    // A cell id has dots; the summary tables' first column (an action name) has none.
    private static final Pattern CELL_ROW = Pattern.compile("^\\|\\s*`([A-Z_]+\\.[^`]+)`\\s*\\|.*");
    private static final Pattern OUTCOME = Pattern.compile("^(allowed|denied|not found)(?:\\s+⚠\\s+(D\\d+))?$");
    private static final Pattern DISCREPANCY_HEADING = Pattern.compile("^#{2,4}\\s+(D\\d+)\\b.*");
    private static final Pattern CELL_ID =
            Pattern.compile("^[A-Z_]+\\.(AUTHORITY|ORG_ADMIN|ORG_PILOT|SOLO_PILOT)\\.[a-z][A-Za-z0-9]*$");

    /** A cell row of the document: its outcome as written and its discrepancy mark, if any. */
    record DocumentedCell(String id, Outcome outcome, Optional<String> discrepancy) {
    }

    private static List<DocumentedCell> documented;
    private static Set<String> explainedDiscrepancies;

    @BeforeAll
    static void readDocument() throws IOException {
        assertThat(DOCUMENT).as("the access matrix document, from %s", Path.of("").toAbsolutePath()).isRegularFile();
        documented = new ArrayList<>();
        explainedDiscrepancies = new TreeSet<>();
        for (String line : Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8)) {
            Matcher heading = DISCREPANCY_HEADING.matcher(line);
            if (heading.matches()) {
                explainedDiscrepancies.add(heading.group(1));
            }
            if (CELL_ROW.matcher(line).matches()) {
                documented.add(parseRow(line));
            }
        }
    }

    @Test
    void documentAndTestTableListExactlyTheSameCells() {
        Set<String> inDocument = documented.stream().map(DocumentedCell::id)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> inTable = AccessMatrix.all().stream().map(Cell::id).collect(Collectors.toCollection(TreeSet::new));

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(difference(inDocument, inTable)).as("cells in docs/access-policy.md but not in AccessMatrix")
                .isEmpty();
        softly.assertThat(difference(inTable, inDocument)).as("cells in AccessMatrix but not in docs/access-policy.md")
                .isEmpty();
        softly.assertAll();
    }

    @Test
    void documentListsEachCellOnce() {
        assertThat(documented).extracting(DocumentedCell::id).doesNotHaveDuplicates();
    }

    @Test
    void tableListsEachCellOnce() {
        assertThat(AccessMatrix.all()).extracting(Cell::id).doesNotHaveDuplicates();
    }

    @Test
    void documentRecordsForEveryCellTheOutcomeAsImplementedAndItsDiscrepancyMark() {
        Map<String, DocumentedCell> byId = documented.stream()
                .collect(Collectors.toMap(DocumentedCell::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<String> mismatches = new ArrayList<>();
        for (Cell cell : AccessMatrix.all()) {
            DocumentedCell row = byId.get(cell.id());
            if (row == null) {
                continue; // reported by documentAndTestTableListExactlyTheSameCells
            }
            Optional<String> mark = cell.discrepancy().map(AccessMatrix.Discrepancy::label);
            if (row.outcome() != cell.implemented() || !row.discrepancy().equals(mark)) {
                mismatches.add(cell.id() + ": document says " + row.outcome().text() + marked(row.discrepancy())
                        + ", table says " + cell.implemented().text() + marked(mark));
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyDiscrepancyMarkIsExplainedInTheDocument() {
        Set<String> marked = documented.stream().flatMap(d -> d.discrepancy().stream())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(explainedDiscrepancies).containsAll(marked);
    }

    @Test
    void everyActionHasACellForEveryRole() {
        List<String> missing = new ArrayList<>();
        for (Action action : Action.values()) {
            for (UserRole role : UserRole.values()) {
                boolean covered = AccessMatrix.all().stream()
                        .anyMatch(c -> c.action() == action && c.id().startsWith(action.name() + ".")
                                && c.actor().role() == role);
                if (!covered) {
                    missing.add(action + "." + AccessMatrix.roleSegment(role));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyCellIdNamesItsActionAndTheActorsRole() {
        for (Cell cell : AccessMatrix.all()) {
            assertThat(cell.id()).matches(CELL_ID);
            String scope = cell.id().substring(0, cell.id().indexOf('.'));
            assertThat(scope).as(cell.id()).isIn("STANDING", cell.action().name());
            assertThat(cell.roleSegment()).as(cell.id()).isEqualTo(AccessMatrix.roleSegment(cell.actor().role()));
        }
    }

    @Test
    void preRuleCellsCoverEveryRoleInactiveAndDeleted() {
        Set<String> standing = AccessMatrix.standingCells().stream().map(Cell::id).collect(Collectors.toSet());
        for (UserRole role : EnumSet.allOf(UserRole.class)) {
            String prefix = "STANDING." + AccessMatrix.roleSegment(role) + ".";
            assertThat(standing).contains(prefix + "inactive", prefix + "deleted");
            if (role.isOrganizationMember()) {
                assertThat(standing).contains(prefix + "organizationInactive", prefix + "organizationDeleted");
            }
        }
    }

    private static DocumentedCell parseRow(String line) {
        String[] columns = line.split("\\|", -1);
        // columns[0] is empty (before the first bar): id, actor, on, outcome, notes follow.
        assertThat(columns.length).as("columns of %s", line).isGreaterThanOrEqualTo(6);
        String id = columns[1].trim().replace("`", "");
        Matcher outcome = OUTCOME.matcher(columns[4].trim());
        assertThat(outcome.matches()).as("outcome column of %s: \"%s\"", id, columns[4].trim()).isTrue();
        return new DocumentedCell(id, Outcome.ofText(outcome.group(1)), Optional.ofNullable(outcome.group(2)));
    }

    private static String marked(Optional<String> discrepancy) {
        return discrepancy.map(label -> " ⚠ " + label).orElse("");
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }
}
