package kz.utm.examples.server.http;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import kz.utm.core.common.CommandValidator;
import kz.utm.core.common.FieldError;
import kz.utm.core.common.ValidationException;

/**
 * Reads a JSON request body into a utm-core command, collecting a {@link FieldError} for
 * every member of the wrong type, every unknown member and every required member that is
 * missing, instead of stopping at the first as a data binder would. The command is then
 * checked by the core's validator too, so one 422 names every bad field, whatever kind of
 * bad it is.
 *
 * <p>Field names are the command's, in the core's notation: {@code points[3].latitude}. Not
 * thread-safe: one per request.
 */
public final class JsonBody {

    private final JsonNode node;
    private final String prefix;
    private final List<FieldError> errors;
    private final Set<String> read = new HashSet<>();
    private final List<JsonBody> children = new ArrayList<>();

    private JsonBody(JsonNode node, String prefix, List<FieldError> errors) {
        this.node = node;
        this.prefix = prefix;
        this.errors = errors;
    }

    /**
     * Parses a request body that must be one JSON object.
     *
     * @throws ApiProblem 400 if it is not JSON or not an object
     */
    public static JsonBody parse(byte[] body) {
        JsonNode root;
        try {
            root = body.length == 0 ? null : Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiProblem.malformed("the body is not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw ApiProblem.malformed("the body could not be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiProblem.malformed("the body must be a JSON object");
        }
        return new JsonBody(root, "", new ArrayList<>());
    }

    /** A required string; null (and an error) when missing or not a string. */
    public String text(String field) {
        return optionalText(field, true).orElse(null);
    }

    /** An optional string: absent when missing or null. */
    public Optional<String> optionalText(String field) {
        return optionalText(field, false);
    }

    private Optional<String> optionalText(String field, boolean required) {
        JsonNode value = member(field, required);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            error(field, "must be a string");
            return Optional.empty();
        }
        return Optional.of(value.textValue());
    }

    /** A required number; NaN (and an error) when missing or not a number. */
    public double number(String field) {
        return optionalNumber(field, true).orElse(Double.NaN);
    }

    /** An optional number: absent when missing or null. */
    public Optional<Double> optionalNumber(String field) {
        return optionalNumber(field, false);
    }

    private Optional<Double> optionalNumber(String field, boolean required) {
        JsonNode value = member(field, required);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            error(field, "must be a number");
            return Optional.empty();
        }
        return Optional.of(value.doubleValue());
    }

    /** A required integer; -1 (and an error) when missing or not an integer in int range. */
    public int integer(String field) {
        return optionalInteger(field, true).orElse(-1);
    }

    /** An optional integer: absent when missing or null. */
    public Optional<Integer> optionalInteger(String field) {
        return optionalInteger(field, false);
    }

    private Optional<Integer> optionalInteger(String field, boolean required) {
        JsonNode value = member(field, required);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            error(field, "must be an integer");
            return Optional.empty();
        }
        return Optional.of(value.intValue());
    }

    /** A required id: a positive integer, converted; null (and an error) otherwise. */
    public <T> T id(String field, Function<Integer, T> of) {
        return optionalId(field, of, true).orElse(null);
    }

    /** An optional id: absent when missing or null. */
    public <T> Optional<T> optionalId(String field, Function<Integer, T> of) {
        return optionalId(field, of, false);
    }

    private <T> Optional<T> optionalId(String field, Function<Integer, T> of, boolean required) {
        Optional<Integer> value = optionalInteger(field, required);
        if (value.isPresent() && value.get() <= 0) {
            error(field, "must be a positive id");
            return Optional.empty();
        }
        return value.map(of);
    }

    /** A required instant in ISO-8601 ({@code 2026-06-01T10:00:00Z}); null (and an error) otherwise. */
    public Instant instant(String field) {
        Optional<String> value = optionalText(field, true);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(value.get());
        } catch (DateTimeParseException e) {
            error(field, "must be an ISO-8601 instant in UTC, such as 2026-06-01T10:00:00Z");
            return null;
        }
    }

    /** A required enum constant by exact name; null (and an error) otherwise. */
    public <E extends Enum<E>> E constant(String field, Class<E> type) {
        Optional<String> value = optionalText(field, true);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.get());
        } catch (IllegalArgumentException e) {
            error(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    /** A required array of objects, one reader each; null (and an error) when missing or not one. */
    public List<JsonBody> objects(String field) {
        JsonNode value = member(field, true);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            error(field, "must be an array");
            return null;
        }
        List<JsonBody> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String path = prefix + field + "[" + i + "]";
            if (item == null || !item.isObject()) {
                errors.add(new FieldError(path, "must be an object"));
                items.add(null);
            } else {
                JsonBody child = new JsonBody(item, path + ".", errors);
                children.add(child);
                items.add(child);
            }
        }
        return items;
    }

    /** A required member of any JSON type, as it is; null (and an error) when missing. */
    public JsonNode raw(String field) {
        return member(field, true);
    }

    /** The size of an array member, without reading it; 0 when it is not an array. */
    public int arraySize(String field) {
        JsonNode value = node.get(field);
        return value != null && value.isArray() ? value.size() : 0;
    }

    /**
     * Finishes reading: reports unknown members, then, if any field was bad, checks the command
     * with the core's validator and throws one error naming every bad field. When every field
     * was well-typed the command goes on to the service, which validates it itself.
     *
     * @param command the command built from this body (with nulls where fields were bad)
     * @throws ValidationException naming every bad field
     */
    public <T> T finish(T command, CommandValidator validator) {
        reportUnknown();
        if (errors.isEmpty()) {
            return command;
        }
        List<FieldError> all = new ArrayList<>(errors);
        if (command != null) {
            Set<String> named = new HashSet<>();
            errors.forEach(e -> named.add(e.field()));
            try {
                validator.check(command);
            } catch (ValidationException semantic) {
                semantic.errors().stream().filter(e -> !named.contains(e.field())).forEach(all::add);
            }
        }
        throw new ValidationException(all);
    }

    /** Finishes a body that has no command (its values go straight into a call). */
    public void finish() {
        reportUnknown();
        if (!errors.isEmpty()) {
            throw new ValidationException(List.copyOf(errors));
        }
    }

    /** Records an error found by the caller while reading this body. */
    public void error(String field, String message) {
        errors.add(new FieldError(prefix + field, message));
    }

    private void reportUnknown() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!read.contains(name)) {
                errors.add(new FieldError(prefix + name, "is not a known field"));
            }
        }
        children.forEach(JsonBody::reportUnknown);
        children.clear();
    }

    private JsonNode member(String field, boolean required) {
        read.add(field);
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                error(field, "is required");
            }
            return null;
        }
        return value;
    }
}
