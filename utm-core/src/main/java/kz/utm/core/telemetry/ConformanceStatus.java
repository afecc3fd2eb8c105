package kz.utm.core.telemetry;

/**
 * How a drone's flight conforms, as judged from its telemetry: the values of a telemetry
 * point's {@code status_message} when a conformance monitor is configured.
 *
 * <p>When several apply, the most severe wins, in this order: {@link #NFZ_ALERT},
 * {@link #NFZ_WARNING}, {@link #OFF_ROUTE}, {@link #ON_SCHEDULE}. {@link #SIGNAL_LOST} is never
 * the status of a received point: it is what a drone is while no point arrives.
 */
public enum ConformanceStatus {
    /** Within the plan's corridor (or flying without a plan) and clear of restricted zones. */
    ON_SCHEDULE,
    /** Outside the planned route's corridor, laterally or vertically. */
    OFF_ROUTE,
    /** Within the warning distance of a restricted zone. */
    NFZ_WARNING,
    /** Inside a restricted zone: horizontally inside and within its altitude band. */
    NFZ_ALERT,
    /** No telemetry for longer than the configured time. */
    SIGNAL_LOST;

    /** Whether this status is more severe than the other, for picking one of several. */
    public boolean outranks(ConformanceStatus other) {
        return severity() > other.severity();
    }

    private int severity() {
        return switch (this) {
            case ON_SCHEDULE -> 0;
            case OFF_ROUTE -> 1;
            case NFZ_WARNING -> 2;
            case NFZ_ALERT -> 3;
            case SIGNAL_LOST -> 4;
        };
    }
}
