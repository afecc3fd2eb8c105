package kz.utm.sdk.internal;

import java.util.Objects;

/**
 * One event of a {@code text/event-stream}, as the WHATWG HTML standard's event stream
 * interpretation dispatches it. Immutable and thread-safe.
 *
 * @param type the event's type: its {@code event:} field, or {@code message} when it had none
 * @param data its {@code data:} lines joined by line feeds
 * @param lastEventId the last event id buffer when the event was dispatched: the latest
 *     {@code id:} field of the stream so far (this event's or an earlier one's), empty if none
 */
public record ServerSentEvent(String type, String data, String lastEventId) {

    /** The type of an event without an {@code event:} field. */
    public static final String DEFAULT_TYPE = "message";

    /** Refuses nulls. */
    public ServerSentEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(lastEventId, "lastEventId");
    }
}
