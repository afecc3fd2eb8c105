package kz.utm.benchmarks.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import kz.utm.core.common.DroneId;
import kz.utm.core.common.GeoPoint;
import kz.utm.core.common.TelemetryId;
import kz.utm.core.telemetry.ReportTelemetry;
import kz.utm.core.telemetry.TelemetryInput;
import kz.utm.core.telemetry.TelemetryLog;
import kz.utm.core.telemetry.TelemetryPoint;

/**
 * UTM Kit's telemetry ingest, two ways: the whole service call ({@code TelemetryService.report}:
 * validation, access policy, ids, rows, the drone's last point moved forward), and the storage
 * calls alone that it makes in its unit of work. Thread-safe if the database is used by one
 * thread.
 */
public final class UtmKitIngest {

    private final IngestDatabase database;

    /** Ingests into {@code database}. */
    public UtmKitIngest(IngestDatabase database) {
        this.database = database;
    }

    /**
     * One report through {@code TelemetryService}, as an application calls it.
     *
     * @return the rows stored
     */
    public int report(IngestData.Batch batch) {
        return database.utm().telemetry()
                .report(database.pilot(), new ReportTelemetry(database.drone(batch.drone()), batch.points()))
                .size();
    }

    /**
     * The storage work of one report, without the service around it: the port calls that
     * {@code TelemetryService.report} makes, in one unit of work: reserve the batch's ids, append
     * its rows, move the drone's last point forward.
     *
     * @return the rows stored
     */
    public int storeOnly(IngestData.Batch batch, Instant now) {
        DroneId drone = database.drone(batch.drone());
        TelemetryLog log = database.storage().telemetry();
        return database.storage().transactions().inTransaction(() -> {
            List<TelemetryId> ids = log.nextIds(batch.points().size());
            List<TelemetryPoint> points = new ArrayList<>(ids.size());
            TelemetryPoint newest = null;
            for (int i = 0; i < ids.size(); i++) {
                TelemetryPoint point = point(ids.get(i), drone, batch.points().get(i), now);
                points.add(point);
                if (newest == null || !point.timestamp().isBefore(newest.timestamp())) {
                    newest = point;
                }
            }
            log.append(points);
            database.storage().drones().moveLastSeenForward(drone, newest.id(), newest.timestamp(), now);
            return points.size();
        });
    }

    private static TelemetryPoint point(TelemetryId id, DroneId drone, TelemetryInput input, Instant now) {
        return new TelemetryPoint(id, drone, Optional.empty(), input.timestamp(),
                new GeoPoint(input.latitude(), input.longitude()), input.altitudeM(),
                input.speedMps().map(OptionalDouble::of).orElseGet(OptionalDouble::empty),
                input.headingDegrees().map(OptionalDouble::of).orElseGet(OptionalDouble::empty),
                input.statusMessage(), now, now);
    }
}
