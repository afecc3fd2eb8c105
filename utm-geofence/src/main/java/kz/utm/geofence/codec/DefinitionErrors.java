package kz.utm.geofence.codec;

import java.util.ArrayList;
import java.util.List;

import kz.utm.core.common.FieldError;
import kz.utm.core.common.ValidationException;

/**
 * The problems found in one definition, each named by a JSON pointer (RFC 6901) into it and
 * prefixed with {@value #ROOT}.
 *
 * <p>Keeps the first {@link ZoneDefinitionCodec#MAX_REPORTED_ERRORS} problems and counts the rest,
 * so that a definition with a hundred thousand bad positions does not build an exception message
 * of megabytes. One instance per read or write; not thread-safe.
 */
final class DefinitionErrors {

    /** The field every error is named under: the definition as a whole. */
    static final String ROOT = "definitionJson";

    private final List<FieldError> errors = new ArrayList<>();
    private int unlisted;

    /** The field naming the place reached by the given member names and array indexes. */
    static String at(Object... tokens) {
        StringBuilder field = new StringBuilder(ROOT);
        for (Object token : tokens) {
            field.append('/');
            String text = String.valueOf(token);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                // RFC 6901 section 3: '~' is written "~0" and '/' is written "~1".
                if (c == '~') {
                    field.append("~0");
                } else if (c == '/') {
                    field.append("~1");
                } else {
                    field.append(c);
                }
            }
        }
        return field.toString();
    }

    void add(String field, String message) {
        if (errors.size() < ZoneDefinitionCodec.MAX_REPORTED_ERRORS) {
            errors.add(new FieldError(field, message));
        } else {
            unlisted++;
        }
    }

    void addAll(DefinitionErrors other) {
        for (FieldError error : other.errors) {
            add(error.field(), error.message());
        }
        unlisted += other.unlisted;
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** How many problems were found, listed or not. */
    int count() {
        return errors.size() + unlisted;
    }

    /** Whether no further problem would be listed: a good moment to stop looking. */
    boolean isFull() {
        return errors.size() >= ZoneDefinitionCodec.MAX_REPORTED_ERRORS;
    }

    /** @throws ValidationException with every listed problem, if there is any */
    void throwIfAny() {
        if (errors.isEmpty()) {
            return;
        }
        List<FieldError> all = new ArrayList<>(errors);
        if (unlisted > 0) {
            all.add(new FieldError(ROOT, "has " + unlisted + " more problems, not listed: only the first "
                    + ZoneDefinitionCodec.MAX_REPORTED_ERRORS + " are"));
        }
        throw new ValidationException(all);
    }
}
