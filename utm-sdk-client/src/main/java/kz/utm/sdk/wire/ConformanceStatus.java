package kz.utm.sdk.wire;

/** The conformance monitor's judgement of a drone's position. Immutable; as named on the wire. */
public enum ConformanceStatus {
    /** On its plan, clear of zones. */
    ON_SCHEDULE,
    /** Away from its planned route. */
    OFF_ROUTE,
    /** Close to a restricted zone. */
    NFZ_WARNING,
    /** Inside a restricted zone. */
    NFZ_ALERT,
    /** Silent for too long. */
    SIGNAL_LOST
}
