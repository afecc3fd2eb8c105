package kz.utm.benchmarks.ingest;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import kz.utm.core.telemetry.TelemetryInput;

/**
 * A {@code telemetry_logs} row mapped plainly on the schema as it is: ids from the table's own
 * sequence, {@code telemetry_logs_id_seq}, which increments by one, so the allocation size must be
 * one (Hibernate refuses a mapping that disagrees with the sequence): one {@code nextval} per row.
 * Mutable; not thread-safe.
 */
@Entity
@Table(name = "telemetry_logs")
public class PlainTelemetryRow extends TelemetryRowColumns {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plain_ids")
    @SequenceGenerator(name = "plain_ids", sequenceName = "telemetry_logs_id_seq", allocationSize = 1)
    @Column(name = "id")
    private Long id;

    /** For the persistence provider. */
    protected PlainTelemetryRow() {
    }

    /** The row of a reported point of a drone with no active plan, stored at {@code now}. */
    public static PlainTelemetryRow of(int drone, TelemetryInput point, Instant now) {
        PlainTelemetryRow row = new PlainTelemetryRow();
        row.fill(drone, point, now);
        return row;
    }
}
