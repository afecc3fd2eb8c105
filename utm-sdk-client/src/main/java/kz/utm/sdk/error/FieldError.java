package kz.utm.sdk.error;

import java.util.Objects;

/**
 * One bad field of a refused request, named as in the request body ({@code waypoints[2].latitude},
 * {@code definition/center/lat}) or the query ({@code limit}). Immutable and thread-safe.
 *
 * @param field the field
 * @param message why it is bad
 */
public record FieldError(String field, String message) {

    /** Refuses nulls. */
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
