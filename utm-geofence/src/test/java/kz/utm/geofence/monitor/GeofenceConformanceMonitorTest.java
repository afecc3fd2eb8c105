package kz.utm.geofence.monitor;

import static kz.utm.core.telemetry.ConformanceStatus.NFZ_ALERT;
import static kz.utm.core.telemetry.ConformanceStatus.NFZ_WARNING;
import static kz.utm.core.telemetry.ConformanceStatus.OFF_ROUTE;
import static kz.utm.core.telemetry.ConformanceStatus.ON_SCHEDULE;
import static kz.utm.core.telemetry.ConformanceStatus.SIGNAL_LOST;
import static kz.utm.geofence.monitor.Airspace.A_CENTRE;
import static kz.utm.geofence.monitor.Airspace.BAND_TOP;
import static kz.utm.geofence.monitor.Airspace.ELSEWHERE;
import static kz.utm.geofence.monitor.Airspace.ON_PATH;
import static kz.utm.geofence.monitor.Airspace.ON_PATH_ALTITUDE;
import static kz.utm.geofence.monitor.Airspace.PLAN_ID;
import static kz.utm.geofence.monitor.Airspace.T0;
import static kz.utm.geofence.monitor.Airspace.WP1;
import static kz.utm.geofence.monitor.Airspace.WP2;
import static kz.utm.geofence.monitor.Airspace.ZONE_A;
import static kz.utm.geofence.monitor.Airspace.ZONE_B;
import static kz.utm.geofence.monitor.Airspace.insideA;
import static kz.utm.geofence.monitor.Airspace.insideAAndB;
import static kz.utm.geofence.monitor.Airspace.insideB;
import static kz.utm.geofence.monitor.Airspace.nearA;
import static kz.utm.geofence.monitor.Airspace.offset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.EventPublisher;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.TelemetryId;
import kz.utm.core.common.ZoneId;
import kz.utm.core.flightplan.FlightPlan;
import kz.utm.core.flightplan.Waypoint;
import kz.utm.core.telemetry.ConformanceChanged;
import kz.utm.core.telemetry.ConformanceStatus;
import kz.utm.core.telemetry.TelemetryPoint;
import kz.utm.geofence.Geofence;
import kz.utm.geofence.GeofenceSettings;

/**
 * The conformance monitor on its own: how each point is judged, when events are published, how
 * silence becomes SIGNAL_LOST and back, and what it refuses.
 */
class GeofenceConformanceMonitorTest {

    private static final DroneId DRONE = DroneId.of(11);
    private static final DroneId OTHER_DRONE = DroneId.of(12);
    private static final Duration LOST_AFTER = Duration.ofSeconds(10);

    private final MutableClock clock = new MutableClock(T0);
    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    private final Geofence geofence = Geofence.of(Airspace.zones(), GeofenceSettings.defaults());
    private final GeofenceConformanceMonitor monitor = new GeofenceConformanceMonitor(geofence,
            new ConformanceSettings(50, 30, LOST_AFTER), events::add, clock);
    private final FlightPlan plan = Airspace.plan(DRONE);
    private final AtomicLong ids = new AtomicLong();
    private int second;

    // ---- judging a point -------------------------------------------------------------------

    @Nested
    class Assess {

        @Test
        void aPointOnThePlannedPathIsOnSchedule() {
            assertThat(assess(ON_PATH, ON_PATH_ALTITUDE)).isEqualTo(ON_SCHEDULE);
            assertThat(assess(WP1.position(), WP1.altitudeM())).isEqualTo(ON_SCHEDULE);
        }

        @Test
        void withoutAPlanAPointClearOfZonesIsOnScheduleWherever() {
            assertThat(monitor.assess(DRONE, Optional.empty(), ELSEWHERE, 400)).isEqualTo(ON_SCHEDULE);
        }

        @Test
        void aPointInsideAZoneIsAnAlertWithOrWithoutAPlan() {
            assertThat(assess(insideA(), 60)).isEqualTo(NFZ_ALERT);
            assertThat(monitor.assess(DRONE, Optional.empty(), insideA(), 60)).isEqualTo(NFZ_ALERT);
            assertThat(monitor.assess(DRONE, Optional.empty(), A_CENTRE, BAND_TOP)).isEqualTo(NFZ_ALERT);
        }

        @Test
        void aPointWithinTheWarningDistanceOfAZoneIsAWarning() {
            assertThat(assess(nearA(), 60)).as("50 m outside the edge").isEqualTo(NFZ_WARNING);
            assertThat(assess(A_CENTRE, BAND_TOP + 20)).as("20 m above the band").isEqualTo(NFZ_WARNING);
        }

        @Test
        void aPointBeyondTheWarningDistancesIsNoZoneMatter() {
            assertThat(monitor.assess(DRONE, Optional.empty(), offset(A_CENTRE, 650, 0), 60))
                    .as("150 m outside the edge").isEqualTo(ON_SCHEDULE);
            assertThat(monitor.assess(DRONE, Optional.empty(), A_CENTRE, BAND_TOP + 40))
                    .as("40 m above the band").isEqualTo(ON_SCHEDULE);
        }

        @Test
        void aPointFurtherThanTheLateralCorridorIsOffRoute() {
            assertThat(assess(offset(ON_PATH, 49, 0), ON_PATH_ALTITUDE)).isEqualTo(ON_SCHEDULE);
            assertThat(assess(offset(ON_PATH, -49, 0), ON_PATH_ALTITUDE)).isEqualTo(ON_SCHEDULE);
            assertThat(assess(offset(ON_PATH, 51, 0), ON_PATH_ALTITUDE)).isEqualTo(OFF_ROUTE);
            assertThat(assess(offset(ON_PATH, -51, 0), ON_PATH_ALTITUDE)).isEqualTo(OFF_ROUTE);
        }

        @Test
        void theCorridorFollowsEveryLegAndRoundsTheTurns() {
            GeoPoint alongSecondLeg = GeoPoint.of(43.225, 76.90);
            assertThat(assess(offset(alongSecondLeg, 0, 45), 80)).isEqualTo(ON_SCHEDULE);
            assertThat(assess(offset(alongSecondLeg, 0, -55), 80)).isEqualTo(OFF_ROUTE);
            // Outside the corner, 45 m from the turning waypoint diagonally.
            assertThat(assess(offset(WP1.position(), -30, 33), 80)).isEqualTo(ON_SCHEDULE);
            assertThat(assess(offset(WP1.position(), -40, 40), 80)).isEqualTo(OFF_ROUTE);
        }

        @Test
        void pastTheEndOfThePathTheDistanceIsToTheLastWaypoint() {
            assertThat(assess(offset(WP2.position(), 45, 0), 80)).isEqualTo(ON_SCHEDULE);
            assertThat(assess(offset(WP2.position(), 55, 0), 80)).isEqualTo(OFF_ROUTE);
        }

        @Test
        void aPointFurtherThanTheVerticalCorridorIsOffRoute() {
            // 65 m is planned halfway along the climbing first leg.
            assertThat(assess(ON_PATH, ON_PATH_ALTITUDE + 29)).isEqualTo(ON_SCHEDULE);
            assertThat(assess(ON_PATH, ON_PATH_ALTITUDE - 29)).isEqualTo(ON_SCHEDULE);
            assertThat(assess(ON_PATH, ON_PATH_ALTITUDE + 31)).isEqualTo(OFF_ROUTE);
            assertThat(assess(ON_PATH, ON_PATH_ALTITUDE - 31)).isEqualTo(OFF_ROUTE);
            // At the first waypoint 50 m is planned: 94 m there is off, though on schedule halfway.
            assertThat(assess(Airspace.WP0.position(), ON_PATH_ALTITUDE + 29)).isEqualTo(OFF_ROUTE);
        }

        @Test
        void aZoneOutranksBeingOffRoute() {
            // The zones are kilometres from the plan's path: these points are off route too.
            assertThat(assess(insideA(), 60)).isEqualTo(NFZ_ALERT);
            assertThat(assess(nearA(), 60)).isEqualTo(NFZ_WARNING);
            assertThat(assess(insideA(), BAND_TOP + 100)).as("high above the zone").isEqualTo(OFF_ROUTE);
        }

        @Test
        void aPlanWhoseLegRunsIntoAZoneStillGivesAnAlertThere() {
            FlightPlan intoZone = Airspace.plan(DRONE, List.of(new Waypoint(0, ON_PATH, 60),
                    new Waypoint(1, A_CENTRE, 60)));

            assertThat(monitor.assess(DRONE, Optional.of(intoZone), A_CENTRE, 60)).isEqualTo(NFZ_ALERT);
            assertThat(monitor.assess(DRONE, Optional.of(intoZone), A_CENTRE, BAND_TOP + 40)).isEqualTo(OFF_ROUTE);
            assertThat(monitor.assess(DRONE, Optional.of(intoZone), A_CENTRE, BAND_TOP + 25))
                    .as("within the vertical warning distance of the band").isEqualTo(NFZ_WARNING);
        }

        @Test
        void assessingChangesNoStateAndPublishesNothing() {
            assess(insideA(), 60);

            assertThat(monitor.status(DRONE)).isEmpty();
            assertThat(events).isEmpty();
        }

        @Test
        void assessingAllocatesNothingOnceTheThreadsBuffersHaveGrown() {
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            org.junit.jupiter.api.Assumptions.assumeTrue(threads instanceof com.sun.management.ThreadMXBean,
                    "this JVM does not count allocated bytes");
            com.sun.management.ThreadMXBean counting = (com.sun.management.ThreadMXBean) threads;
            Optional<FlightPlan> active = Optional.of(plan);
            GeoPoint[] places = {ON_PATH, offset(ON_PATH, 80, 0), nearA(), insideA(), insideAAndB(), ELSEWHERE};
            int statuses = 0;
            for (int i = 0; i < 20_000; i++) {
                statuses += monitor.assess(DRONE, active, places[i % places.length], 60).ordinal();
            }
            long thread = Thread.currentThread().getId();

            long before = counting.getThreadAllocatedBytes(thread);
            for (int i = 0; i < 10_000; i++) {
                statuses += monitor.assess(DRONE, active, places[i % places.length], 60).ordinal();
            }
            long allocated = counting.getThreadAllocatedBytes(thread) - before;

            assertThat(statuses).isPositive();
            assertThat(allocated).as("bytes allocated by 10,000 assessments").isLessThan(1_000);
        }

        @Test
        void aZoneAddedToTheGeofenceCountsFromTheNextPoint() {
            GeoPoint p = ELSEWHERE;
            assertThat(monitor.assess(DRONE, Optional.empty(), p, 60)).isEqualTo(ON_SCHEDULE);

            geofence.replaceZones(List.of(Airspace.circle(ZoneId.of(3), p)));

            assertThat(monitor.assess(DRONE, Optional.empty(), p, 60)).isEqualTo(NFZ_ALERT);
        }

        @Test
        void assessRefusesNullsAndAnAltitudeThatIsNotFinite() {
            assertThatThrownBy(() -> monitor.assess(null, Optional.empty(), ON_PATH, 60))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("drone");
            assertThatThrownBy(() -> monitor.assess(DRONE, null, ON_PATH, 60))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("activePlan");
            assertThatThrownBy(() -> monitor.assess(DRONE, Optional.empty(), null, 60))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("position");
            assertThatThrownBy(() -> monitor.assess(DRONE, Optional.empty(), ON_PATH, Double.NaN))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("altitudeM");
            assertThatThrownBy(() -> monitor.assess(DRONE, Optional.empty(), ON_PATH, Double.POSITIVE_INFINITY))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("altitudeM");
        }
    }

    // ---- following a drone ------------------------------------------------------------------

    @Nested
    class Changes {

        @Test
        void eachChangeOfStatusPublishesOneEvent() {
            report(ON_PATH, ON_PATH_ALTITUDE);
            Instant warned = report(nearA(), 60);
            report(nearA(), 61);
            Instant alerted = report(insideA(), 60);
            report(insideA(), 62);
            Instant cleared = report(ON_PATH, ON_PATH_ALTITUDE);

            assertThat(changes()).containsExactly(
                    new ConformanceChanged(DRONE, Optional.of(PLAN_ID), ON_SCHEDULE, NFZ_WARNING, List.of(ZONE_A),
                            warned),
                    new ConformanceChanged(DRONE, Optional.of(PLAN_ID), NFZ_WARNING, NFZ_ALERT, List.of(ZONE_A),
                            alerted),
                    new ConformanceChanged(DRONE, Optional.of(PLAN_ID), NFZ_ALERT, ON_SCHEDULE, List.of(), cleared));
            assertThat(monitor.status(DRONE)).contains(ON_SCHEDULE);
        }

        @Test
        void leavingTheCorridorLaterallyAndComingBackPublishesTwoEvents() {
            report(ON_PATH, ON_PATH_ALTITUDE);
            Instant left = report(offset(ON_PATH, 80, 0), ON_PATH_ALTITUDE);
            report(offset(ON_PATH, 90, 0), ON_PATH_ALTITUDE);
            assertThat(monitor.status(DRONE)).contains(OFF_ROUTE);
            Instant back = report(offset(ON_PATH, 20, 0), ON_PATH_ALTITUDE);

            assertThat(changes()).containsExactly(
                    new ConformanceChanged(DRONE, Optional.of(PLAN_ID), ON_SCHEDULE, OFF_ROUTE, List.of(), left),
                    new ConformanceChanged(DRONE, Optional.of(PLAN_ID), OFF_ROUTE, ON_SCHEDULE, List.of(), back));
        }

        @Test
        void leavingTheCorridorVerticallyIsOffRoute() {
            report(ON_PATH, ON_PATH_ALTITUDE);
            Instant climbed = report(ON_PATH, ON_PATH_ALTITUDE + 45);
            Instant back = report(ON_PATH, ON_PATH_ALTITUDE + 5);

            assertThat(changes()).extracting(ConformanceChanged::from, ConformanceChanged::to,
                            ConformanceChanged::occurredAt)
                    .containsExactly(tuple(ON_SCHEDULE, OFF_ROUTE, climbed),
                            tuple(OFF_ROUTE, ON_SCHEDULE, back));
        }

        @Test
        void nothingIsPublishedWhileNothingChanges() {
            for (int i = 0; i < 50; i++) {
                report(offset(ON_PATH, i % 7, 0), ON_PATH_ALTITUDE + i % 5);
            }

            assertThat(events).isEmpty();
            assertThat(monitor.status(DRONE)).contains(ON_SCHEDULE);
        }

        @Test
        void aDroneNotSeenBeforeCountsAsOnScheduleSoItsFirstAlertIsPublished() {
            assertThat(monitor.status(DRONE)).isEmpty();

            Instant first = report(insideA(), 60);

            assertThat(changes()).containsExactly(new ConformanceChanged(DRONE, Optional.of(PLAN_ID), ON_SCHEDULE,
                    NFZ_ALERT, List.of(ZONE_A), first));
            assertThat(monitor.status(DRONE)).contains(NFZ_ALERT);
        }

        @Test
        void aThousandPointsInsideAZoneRaiseOneAlert() {
            report(ON_PATH, ON_PATH_ALTITUDE);
            List<TelemetryPoint> batch = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                batch.add(point(DRONE, next(), offset(insideA(), i % 30, i % 40), 40 + i % 20, Optional.of(plan)));
            }
            monitor.recorded(batch.subList(0, 400), Optional.of(plan));
            for (TelemetryPoint p : batch.subList(400, 1_000)) {
                monitor.recorded(List.of(p), Optional.of(plan));
            }

            assertThat(changes()).singleElement().satisfies(e -> {
                assertThat(e.to()).isEqualTo(NFZ_ALERT);
                assertThat(e.zones()).containsExactly(ZONE_A);
                assertThat(e.occurredAt()).isEqualTo(batch.get(0).timestamp());
            });
        }

        @Test
        void enteringASecondZoneWhileInsideTheFirstPublishesTheNewSetOfZones() {
            report(insideA(), 60);
            Instant both = report(insideAAndB(), 60);
            report(insideAAndB(), 70);
            Instant onlyB = report(insideB(), 60);

            assertThat(changes()).extracting(ConformanceChanged::from, ConformanceChanged::to,
                            ConformanceChanged::zones, ConformanceChanged::occurredAt)
                    .containsExactly(
                            tuple(ON_SCHEDULE, NFZ_ALERT, List.of(ZONE_A), at(1)),
                            tuple(NFZ_ALERT, NFZ_ALERT, List.of(ZONE_A, ZONE_B), both),
                            tuple(NFZ_ALERT, NFZ_ALERT, List.of(ZONE_B), onlyB));
        }

        @Test
        void movingBetweenWarningAreasWithoutEnteringOnePublishesNothingNew() {
            report(nearA(), 60);
            report(offset(Airspace.B_CENTRE, 550, 0), 60);

            assertThat(changes()).singleElement()
                    .satisfies(e -> assertThat(e.zones()).containsExactly(ZONE_A));
            assertThat(monitor.status(DRONE)).contains(NFZ_WARNING);
        }

        @Test
        void aLatePointDoesNotMoveTheStateBackInTime() {
            Instant recent = report(ON_PATH, ON_PATH_ALTITUDE);

            recordAt(recent.minusSeconds(3), insideA(), 60);

            assertThat(events).isEmpty();
            assertThat(monitor.status(DRONE)).contains(ON_SCHEDULE);

            // A point of the same instant as the newest is not late.
            recordAt(recent, insideA(), 60);
            assertThat(changes()).extracting(ConformanceChanged::to).containsExactly(NFZ_ALERT);
        }

        @Test
        void aLatePointInsideABatchIsSkippedWhileTheNewerOnesApply() {
            Instant recent = report(ON_PATH, ON_PATH_ALTITUDE);
            TelemetryPoint late = point(DRONE, recent.minusSeconds(5), insideA(), 60, Optional.of(plan));
            TelemetryPoint newer = point(DRONE, recent.plusSeconds(1), nearA(), 60, Optional.of(plan));

            monitor.recorded(List.of(late, newer), Optional.of(plan));

            assertThat(changes()).extracting(ConformanceChanged::from, ConformanceChanged::to)
                    .containsExactly(tuple(ON_SCHEDULE, NFZ_WARNING));
        }

        @Test
        void aBatchOutOfOrderIsTakenInTimestampOrder() {
            TelemetryPoint second = point(DRONE, at(2), insideA(), 60, Optional.of(plan));
            TelemetryPoint first = point(DRONE, at(1), nearA(), 60, Optional.of(plan));
            TelemetryPoint third = point(DRONE, at(3), ON_PATH, ON_PATH_ALTITUDE, Optional.of(plan));

            monitor.recorded(List.of(third, first, second), Optional.of(plan));

            assertThat(changes()).extracting(ConformanceChanged::to)
                    .containsExactly(NFZ_WARNING, NFZ_ALERT, ON_SCHEDULE);
            assertThat(monitor.status(DRONE)).contains(ON_SCHEDULE);
        }

        @Test
        void eventsNameThePlanThePointIsTiedToOrNone() {
            recordAt(at(1), insideA(), 60, Optional.empty());

            assertThat(changes()).singleElement().satisfies(e -> assertThat(e.flightPlanId()).isEmpty());
        }

        @Test
        void dronesAreFollowedSeparately() {
            report(insideA(), 60);
            monitor.recorded(List.of(point(OTHER_DRONE, at(1), ELSEWHERE, 60, Optional.empty())), Optional.empty());

            assertThat(monitor.status(DRONE)).contains(NFZ_ALERT);
            assertThat(monitor.status(OTHER_DRONE)).contains(ON_SCHEDULE);
            assertThat(changes()).extracting(ConformanceChanged::droneId).containsExactly(DRONE);
        }

        @Test
        void aPublisherFailureLeavesTheStateBeforeTheEventSoARetryPublishesItAgain() {
            List<DomainEvent> delivered = new ArrayList<>();
            boolean[] failing = {true};
            EventPublisher flaky = event -> {
                if (failing[0]) {
                    throw new IllegalStateException("broker down");
                }
                delivered.add(event);
            };
            GeofenceConformanceMonitor fragile = new GeofenceConformanceMonitor(geofence,
                    ConformanceSettings.defaults(), flaky, clock);
            TelemetryPoint calm = point(DRONE, at(1), ON_PATH, ON_PATH_ALTITUDE, Optional.of(plan));
            TelemetryPoint breach = point(DRONE, at(2), insideA(), 60, Optional.of(plan));

            assertThatThrownBy(() -> fragile.recorded(List.of(calm, breach), Optional.of(plan)))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(fragile.status(DRONE)).contains(ON_SCHEDULE);

            failing[0] = false;
            fragile.recorded(List.of(calm, breach), Optional.of(plan));
            assertThat(delivered).singleElement()
                    .satisfies(e -> assertThat(((ConformanceChanged) e).to()).isEqualTo(NFZ_ALERT));
        }
    }

    // ---- signal lost ---------------------------------------------------------------------

    @Nested
    class SignalLost {

        @Test
        void aDroneSilentForLongerThanTheSettingIsDeclaredLostOnce() {
            recordAt(clock.instant(), insideA(), 60);
            events.clear();

            clock.advance(LOST_AFTER);
            assertThat(monitor.sweep()).as("exactly the setting is not yet longer").isZero();
            clock.advance(Duration.ofMillis(1));
            Instant declared = clock.instant();
            assertThat(monitor.sweep()).isOne();
            clock.advance(Duration.ofMinutes(5));
            assertThat(monitor.sweep()).isZero();

            assertThat(changes()).containsExactly(new ConformanceChanged(DRONE, Optional.of(PLAN_ID), NFZ_ALERT,
                    SIGNAL_LOST, List.of(), declared));
            assertThat(monitor.status(DRONE)).contains(SIGNAL_LOST);
        }

        @Test
        void theNextPointRecoversALostDroneToItsOwnStatus() {
            recordAt(clock.instant(), ON_PATH, ON_PATH_ALTITUDE);
            clock.advance(Duration.ofSeconds(30));
            monitor.sweep();
            Instant back = clock.instant();

            recordAt(back, nearA(), 60);

            assertThat(changes()).extracting(ConformanceChanged::from, ConformanceChanged::to)
                    .containsExactly(tuple(ON_SCHEDULE, SIGNAL_LOST),
                            tuple(SIGNAL_LOST, NFZ_WARNING));
            assertThat(changes().get(1).occurredAt()).isEqualTo(back);
            assertThat(changes().get(1).zones()).containsExactly(ZONE_A);
            assertThat(monitor.status(DRONE)).contains(NFZ_WARNING);
        }

        @Test
        void aRecoveredDroneIsDeclaredLostAgainWhenItFallsSilentAgain() {
            recordAt(clock.instant(), ON_PATH, ON_PATH_ALTITUDE);
            clock.advance(Duration.ofSeconds(11));
            monitor.sweep();
            recordAt(clock.instant(), ON_PATH, ON_PATH_ALTITUDE);
            clock.advance(Duration.ofSeconds(5));
            assertThat(monitor.sweep()).isZero();
            clock.advance(Duration.ofSeconds(6));
            assertThat(monitor.sweep()).isOne();

            assertThat(changes()).extracting(ConformanceChanged::to)
                    .containsExactly(SIGNAL_LOST, ON_SCHEDULE, SIGNAL_LOST);
        }

        @Test
        void onlyTheSilentDronesAreDeclaredLost() {
            recordAt(clock.instant(), ON_PATH, ON_PATH_ALTITUDE);
            clock.advance(Duration.ofSeconds(8));
            monitor.recorded(List.of(point(OTHER_DRONE, clock.instant(), ELSEWHERE, 60, Optional.empty())),
                    Optional.empty());
            clock.advance(Duration.ofSeconds(8));

            assertThat(monitor.sweep(clock.instant())).isOne();

            assertThat(monitor.status(DRONE)).contains(SIGNAL_LOST);
            assertThat(monitor.status(OTHER_DRONE)).contains(ON_SCHEDULE);
        }

        @Test
        void ageCountsFromThePointsTimestampNotFromWhenItArrived() {
            // Measured 8 s ago, received now: 3 s more of silence makes it 11 s old.
            recordAt(clock.instant().minusSeconds(8), ON_PATH, ON_PATH_ALTITUDE);
            clock.advance(Duration.ofSeconds(3));

            assertThat(monitor.sweep()).isOne();
        }

        @Test
        void aTimestampAheadOfTheClockCannotKeepASilentDroneAlive() {
            recordAt(clock.instant().plus(Duration.ofHours(1)), ON_PATH, ON_PATH_ALTITUDE);
            clock.advance(Duration.ofSeconds(11));

            assertThat(monitor.sweep()).isOne();
        }

        @Test
        void aLatePointDoesNotRecoverALostDrone() {
            Instant recent = recordAt(clock.instant(), ON_PATH, ON_PATH_ALTITUDE);
            clock.advance(Duration.ofSeconds(20));
            monitor.sweep();

            recordAt(recent.minusSeconds(1), ON_PATH, ON_PATH_ALTITUDE);

            assertThat(monitor.status(DRONE)).contains(SIGNAL_LOST);
            assertThat(changes()).extracting(ConformanceChanged::to).containsExactly(SIGNAL_LOST);
        }

        @Test
        void aForgottenDroneIsNotSweptAndStartsAfreshOnItsNextPoint() {
            recordAt(clock.instant(), insideA(), 60);
            events.clear();

            assertThat(monitor.forget(DRONE)).isTrue();
            assertThat(monitor.forget(DRONE)).isFalse();
            assertThat(monitor.status(DRONE)).isEmpty();
            clock.advance(Duration.ofMinutes(1));
            assertThat(monitor.sweep()).isZero();
            assertThat(events).isEmpty();

            recordAt(clock.instant(), insideA(), 60);
            assertThat(changes()).extracting(ConformanceChanged::from, ConformanceChanged::to)
                    .containsExactly(tuple(ON_SCHEDULE, NFZ_ALERT));
        }

        @Test
        void sweepingWithNoDronesDoesNothing() {
            assertThat(monitor.sweep()).isZero();
            assertThat(monitor.forget(DRONE)).isFalse();
            assertThat(events).isEmpty();
        }
    }

    // ---- bad input --------------------------------------------------------------------------

    @Nested
    class BadInput {

        @Test
        void recordedRefusesNullsChangingNothing() {
            TelemetryPoint good = point(DRONE, at(1), insideA(), 60, Optional.of(plan));
            List<TelemetryPoint> withNull = new ArrayList<>();
            withNull.add(good);
            withNull.add(null);

            assertThatThrownBy(() -> monitor.recorded(null, Optional.empty()))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("points");
            assertThatThrownBy(() -> monitor.recorded(List.of(good), null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("activePlan");
            assertThatThrownBy(() -> monitor.recorded(withNull, Optional.of(plan)))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("points[1]");
            assertStateUntouched();
        }

        @Test
        void recordedRefusesABatchMixingDronesChangingNothing() {
            List<TelemetryPoint> mixed = List.of(point(DRONE, at(1), insideA(), 60, Optional.empty()),
                    point(OTHER_DRONE, at(2), insideA(), 60, Optional.empty()));

            assertThatThrownBy(() -> monitor.recorded(mixed, Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("points[1]");
            assertStateUntouched();
            assertThat(monitor.status(OTHER_DRONE)).isEmpty();
        }

        @Test
        void recordedRefusesAPointWithoutAnAssessedStatusChangingNothing() {
            TelemetryPoint good = point(DRONE, at(1), insideA(), 60, Optional.empty());
            for (Optional<String> message : List.of(Optional.<String>empty(), Optional.of("all good"),
                    Optional.of("SIGNAL_LOST"), Optional.of("nfz_alert"))) {
                TelemetryPoint bad = new TelemetryPoint(TelemetryId.of(999), DRONE, Optional.empty(), at(2),
                        ELSEWHERE, 60, OptionalDouble.empty(), OptionalDouble.empty(), message, T0, T0);

                assertThatThrownBy(() -> monitor.recorded(List.of(good, bad), Optional.empty()))
                        .as(message.toString())
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("points[1]");
            }
            assertStateUntouched();
        }

        @Test
        void anEmptyBatchChangesNothing() {
            monitor.recorded(List.of(), Optional.empty());

            assertStateUntouched();
        }

        @Test
        void theOtherEntryPointsRefuseNulls() {
            assertThatThrownBy(() -> monitor.sweep(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> monitor.status(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> monitor.forget(null)).isInstanceOf(NullPointerException.class);
            ConformanceSettings settings = ConformanceSettings.defaults();
            assertThatThrownBy(() -> new GeofenceConformanceMonitor(null, settings, events::add, clock))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("geofence");
            assertThatThrownBy(() -> new GeofenceConformanceMonitor(geofence, null, events::add, clock))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("settings");
            assertThatThrownBy(() -> new GeofenceConformanceMonitor(geofence, settings, null, clock))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("publisher");
            assertThatThrownBy(() -> new GeofenceConformanceMonitor(geofence, settings, events::add, null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("clock");
        }

        private void assertStateUntouched() {
            assertThat(monitor.status(DRONE)).isEmpty();
            assertThat(events).isEmpty();
        }
    }

    // ---- fixture ------------------------------------------------------------------------------

    private ConformanceStatus assess(GeoPoint position, double altitude) {
        return monitor.assess(DRONE, Optional.of(plan), position, altitude);
    }

    /** Reports one point of DRONE flying the plan, a second after the previous one. */
    private Instant report(GeoPoint position, double altitude) {
        return recordAt(next(), position, altitude);
    }

    private Instant recordAt(Instant timestamp, GeoPoint position, double altitude) {
        return recordAt(timestamp, position, altitude, Optional.of(plan));
    }

    private Instant recordAt(Instant timestamp, GeoPoint position, double altitude, Optional<FlightPlan> active) {
        monitor.recorded(List.of(point(DRONE, timestamp, position, altitude, active)), active);
        return timestamp;
    }

    /** A stored point as the telemetry service makes it: the monitor's status as its message. */
    private TelemetryPoint point(DroneId drone, Instant timestamp, GeoPoint position, double altitude,
            Optional<FlightPlan> active) {
        ConformanceStatus status = monitor.assess(drone, active, position, altitude);
        return new TelemetryPoint(TelemetryId.of(ids.incrementAndGet()), drone, active.map(FlightPlan::id),
                timestamp, position, altitude, OptionalDouble.empty(), OptionalDouble.empty(),
                Optional.of(status.name()), clock.instant(), clock.instant());
    }

    private Instant next() {
        return at(++second);
    }

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    private List<ConformanceChanged> changes() {
        return events.stream().filter(ConformanceChanged.class::isInstance).map(ConformanceChanged.class::cast)
                .toList();
    }
}
