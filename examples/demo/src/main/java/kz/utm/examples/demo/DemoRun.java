package kz.utm.examples.demo;

import java.util.List;

import kz.utm.sdk.wire.Alert;

/**
 * How a demo run went: its timeline and the facts a test checks it against.
 *
 * @param timeline every entry, in order
 * @param airportZoneId the zone the direct route crosses
 * @param depotZoneId the zone the drone strays into
 * @param planId the plan flown
 * @param refusedZoneIds the zones the server named when it refused the direct route
 * @param nfzAlert the NFZ alert that arrived on the alert stream
 * @param alerts every alert the stream carried
 */
record DemoRun(List<Timeline.Entry> timeline, int airportZoneId, int depotZoneId, int planId,
        List<Integer> refusedZoneIds, Alert nfzAlert, List<Alert> alerts) {

    DemoRun {
        timeline = List.copyOf(timeline);
        refusedZoneIds = List.copyOf(refusedZoneIds);
        alerts = List.copyOf(alerts);
    }
}
