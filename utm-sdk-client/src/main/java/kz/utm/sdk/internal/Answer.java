package kz.utm.sdk.internal;

import java.net.http.HttpHeaders;
import java.util.Objects;

/**
 * A successful (2xx) answer: its status, headers and body bytes. Immutable by convention: the
 * body array is the client's own and must not be changed.
 *
 * @param status the HTTP status
 * @param headers the headers
 * @param body the body, possibly empty
 */
public record Answer(int status, HttpHeaders headers, byte[] body) {

    /** Refuses nulls. */
    public Answer {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }
}
