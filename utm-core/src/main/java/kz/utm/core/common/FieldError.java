package kz.utm.core.common;

import java.util.Objects;

/**
 * One offending input field and why it was refused.
 *
 * @param field the field's path in the command, as a caller wrote it: {@code email},
 *     {@code waypoints[2].latitude}; the empty string for an error about the whole command
 * @param message why the value was refused, in plain words
 */
public record FieldError(String field, String message) {

    /** @throws NullPointerException if an argument is null */
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
