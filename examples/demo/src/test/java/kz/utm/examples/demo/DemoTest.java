package kz.utm.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.utm.examples.demo.Timeline.Entry;
import kz.utm.examples.demo.Timeline.Step;
import kz.utm.sdk.wire.ConformanceStatus;

/**
 * Runs the demo in-process, as its main does but without leaving the JVM, and holds its
 * timeline to the story: every step in order, the refusal naming the crossed zone, the alert
 * naming the zone strayed into, and all of it within a minute.
 */
class DemoTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private static DemoRun run;
    private static Duration took;
    private static String printed;

    @BeforeAll
    static void runTheDemo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long start = System.nanoTime();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            run = Demo.run(out);
        } finally {
            took = Duration.ofNanos(System.nanoTime() - start);
            printed = bytes.toString(StandardCharsets.UTF_8);
            System.out.print(printed);
        }
    }

    @Test
    void everyStepOfTheStoryHappensInOrder() {
        List<Step> steps = run.timeline().stream().map(Entry::step).flatMap(Optional::stream).toList();
        assertThat(steps).containsExactly(Step.values());
    }

    @Test
    void theServerRefusesTheCrossingRouteNamingTheAirportZone() {
        assertThat(run.refusedZoneIds()).containsExactly(run.airportZoneId());
        assertThat(entry(Step.ROUTE_REFUSED).text()).contains("zone #" + run.airportZoneId() + " "
                + DemoAirspace.AIRPORT_ZONE);
    }

    @Test
    void thePreCheckFindsTheSameZoneBeforeTheServerDoes() {
        assertThat(entry(Step.PRE_CHECK_CONFLICT).text()).contains("zone #" + run.airportZoneId() + " "
                + DemoAirspace.AIRPORT_ZONE);
    }

    @Test
    void thePlanPassesBothApprovalsAndCompletes() {
        assertThat(entry(Step.ORGANIZATION_APPROVED).text())
                .contains("plan #" + run.planId(), "PENDING_ORG_APPROVAL -> PENDING_AUTHORITY_APPROVAL");
        assertThat(entry(Step.AUTHORITY_APPROVED).text())
                .contains("plan #" + run.planId(), "PENDING_AUTHORITY_APPROVAL -> APPROVED");
        assertThat(entry(Step.ACTIVATED).text()).contains("APPROVED -> ACTIVE");
        assertThat(entry(Step.COMPLETED).text()).contains("plan #" + run.planId(), "ACTIVE -> COMPLETED");
    }

    @Test
    void theNfzAlertForTheDepotZoneArrivesOnTheStream() {
        assertThat(run.nfzAlert().to()).isEqualTo(ConformanceStatus.NFZ_ALERT);
        assertThat(run.nfzAlert().zoneIds()).containsExactly(run.depotZoneId());
        assertThat(run.nfzAlert().flightPlanId()).contains(run.planId());
        assertThat(entry(Step.NFZ_ALERT).text()).contains("alert #" + run.nfzAlert().id(),
                "NFZ_ALERT", "zone #" + run.depotZoneId() + " " + DemoAirspace.DEPOT_ZONE);
        assertThat(run.alerts()).noneMatch(alert -> alert.zoneIds().contains(run.airportZoneId()))
                .noneMatch(alert -> alert.to() == ConformanceStatus.SIGNAL_LOST);
    }

    @Test
    void everyFixIsStoredAndTheTimelineIsPrinted() {
        assertThat(entry(Step.LANDED).text()).containsPattern("(\\d+) fixes offered, \\1 stored in \\d+ batches, 0 lost");
        for (Entry entry : run.timeline()) {
            assertThat(printed).contains(entry.line());
        }
    }

    @Test
    void theDemoTakesUnderAMinute() {
        assertThat(took).isLessThan(LIMIT);
    }

    private static Entry entry(Step step) {
        return run.timeline().stream().filter(e -> e.step().equals(Optional.of(step))).findFirst().orElseThrow();
    }
}
