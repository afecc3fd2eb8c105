package kz.utm.sdk.error;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An RFC 9457 problem document as the server sent it, or as the SDK made it up for an answer
 * without one (type {@code about:blank}, the status's reason as title, the start of the body as
 * detail). Immutable and thread-safe: the extension members are deep, unmodifiable copies of
 * the JSON values ({@code String}, {@code Number}, {@code Boolean}, {@code List}, {@code Map};
 * JSON {@code null} members are left out).
 *
 * @param type the problem type URI, such as {@code urn:utm-kit:problem:not-found}
 * @param title the problem type's short summary
 * @param status the HTTP status; 0 when no answer was received
 * @param detail what happened in this request
 * @param instance the request's path, as the server names it
 * @param extensions every other member, such as {@code errors}, {@code kind}, {@code conflicts}
 */
public record ProblemDetail(String type, String title, int status, String detail, Optional<String> instance,
        Map<String, Object> extensions) {

    /** The type of a problem that says no more than its status (RFC 9457 section 4.2.1). */
    public static final String BLANK_TYPE = "about:blank";

    /** The prefix of the server's problem types. */
    public static final String TYPE_PREFIX = "urn:utm-kit:problem:";

    /** Refuses nulls; copies the extensions deeply. */
    public ProblemDetail {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(extensions, "extensions");
        extensions = freeze(extensions);
    }

    /** A made-up problem for an answer that carried none. */
    public static ProblemDetail blank(int status, String title, String detail) {
        return new ProblemDetail(BLANK_TYPE, title, status, detail, Optional.empty(), Map.of());
    }

    /**
     * The last segment of a server problem type ({@code not-found} of
     * {@code urn:utm-kit:problem:not-found}); empty for any other type.
     */
    public Optional<String> typeName() {
        return type.startsWith(TYPE_PREFIX) ? Optional.of(type.substring(TYPE_PREFIX.length())) : Optional.empty();
    }

    /** Whether this is the server's problem type of that name, such as {@code route-conflict}. */
    public boolean is(String typeName) {
        return type.equals(TYPE_PREFIX + typeName);
    }

    /** An extension member that is a string. */
    public Optional<String> text(String member) {
        return extensions.get(member) instanceof String text ? Optional.of(text) : Optional.empty();
    }

    /** An extension member that is a number. */
    public Optional<Number> number(String member) {
        return extensions.get(member) instanceof Number number ? Optional.of(number) : Optional.empty();
    }

    /** An extension member that is an array; empty when absent or not an array. */
    public List<?> list(String member) {
        return extensions.get(member) instanceof List<?> list ? list : List.of();
    }

    private static Map<String, Object> freeze(Map<String, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            Object frozen = freezeValue(value);
            if (key != null && frozen != null) {
                copy.put(key, frozen);
            }
        });
        return Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object freezeValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return freeze((Map<String, ?>) map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                copy.add(freezeValue(item));
            }
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
