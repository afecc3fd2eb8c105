package kz.utm.sdk.error;

import java.util.List;
import java.util.Objects;

/**
 * 400 or 422: bad input. A 422 names every bad field ({@link #fieldErrors()}), not only the
 * first; a 400 (a body that is not a JSON object) and a 422 {@code idempotency-key-reused} (the
 * same key with another body) name none. Unchecked; immutable after construction.
 */
public class ValidationException extends UtmApiException {

    private final List<FieldError> fieldErrors;

    /**
     * @param status the HTTP status
     * @param problem the problem document
     * @param fieldErrors every bad field, possibly none
     */
    public ValidationException(int status, ProblemDetail problem, List<FieldError> fieldErrors) {
        super(status, problem, null);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** Every bad field and why, in the server's order. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** The names of the bad fields. */
    public List<String> fields() {
        return fieldErrors.stream().map(FieldError::field).toList();
    }

    /** The messages about one field. */
    public List<String> messagesFor(String field) {
        Objects.requireNonNull(field, "field");
        return fieldErrors.stream().filter(error -> error.field().equals(field)).map(FieldError::message).toList();
    }

    /** Whether the server refused a reused Idempotency-Key sent with a different body. */
    public boolean isIdempotencyKeyReused() {
        return problem().is("idempotency-key-reused");
    }
}
