package kz.utm.core.common;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Bad input: names every offending field and why, all of them rather than the first.
 *
 * <p>Raised before any state changes. The errors are sorted by field, then message, so that the
 * same bad input always yields the same error.
 */
public final class ValidationException extends UtmException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    /**
     * Creates the error.
     *
     * @param errors the offending fields; not empty
     * @throws IllegalArgumentException if {@code errors} is empty
     */
    public ValidationException(List<FieldError> errors) {
        super(describe(errors));
        this.errors = sorted(errors);
    }

    /** Shorthand for one offending field. */
    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    /** The offending fields, sorted by field then message; never empty. */
    public List<FieldError> errors() {
        return errors;
    }

    /** The names of the offending fields, in the order of {@link #errors()}, without repeats. */
    public List<String> fields() {
        return errors.stream().map(FieldError::field).distinct().toList();
    }

    private static List<FieldError> sorted(List<FieldError> errors) {
        Objects.requireNonNull(errors, "errors");
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation error needs at least one field error");
        }
        return errors.stream()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    private static String describe(List<FieldError> errors) {
        return "invalid input: " + sorted(errors).stream().map(FieldError::toString)
                .collect(Collectors.joining("; "));
    }
}
