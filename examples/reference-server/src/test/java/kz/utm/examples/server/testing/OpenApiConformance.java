package kz.utm.examples.server.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;

import kz.utm.examples.server.http.Json;

/**
 * Checks every reply against the OpenAPI document ({@code openapi.yaml}): finds the documented
 * operation by method and path template, fails if the status is not documented for it, if the
 * content type is not one documented for that status, or if the body does not validate against
 * the documented schema (JSON Schema 2020-12 in the OpenAPI 3.1 dialect, {@code $ref}s resolved
 * into the document's components, formats asserted). A reply to a path the document does not
 * have must be a 404 problem, one to a method it does not have a 404 or 405 problem. Replies to
 * paths outside the API (the map page, its scripts) are not checked.
 *
 * <p>Every reply checked is recorded as (method, path template, status) for the
 * {@linkplain #coverageReport() coverage report}. One instance serves every test of the JVM
 * ({@link #shared()}); thread-safe.
 */
public final class OpenApiConformance implements Http.ResponseCheck {

    /** The API's path prefix, the document's server URL. */
    public static final String BASE = "/api/v1";

    private static final String DOCUMENT_IRI = "https://utm-kit.invalid/api/v1/openapi.json";
    private static final String SYNTHETIC_PREFIX = "x-conformance-";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    private static final OpenApiConformance SHARED = new OpenApiConformance(readDocument());

    private final JsonNode document;
    private final List<Operation> operations;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final Set<Seen> seen = ConcurrentHashMap.newKeySet();

    /** A check against the given document (the parsed {@code openapi.yaml}). */
    public OpenApiConformance(JsonNode document) {
        this.document = Objects.requireNonNull(document, "document").deepCopy();
        ObjectNode forValidator = this.document.deepCopy();
        ObjectNode componentSchemas = (ObjectNode) forValidator.path("components").path("schemas");
        this.operations = readOperations(this.document, componentSchemas);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        String text = Json.write(forValidator);
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemaRegistryConfig(config).schemas(Map.of(DOCUMENT_IRI, text)));
    }

    /** The check every test server's client uses, over the document on the class path. */
    public static OpenApiConformance shared() {
        return SHARED;
    }

    /** The document on the class path ({@code src/main/resources/openapi.yaml}), parsed. */
    public static JsonNode readDocument() {
        try (InputStream in = OpenApiConformance.class.getResourceAsStream("/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is not on the class path");
            }
            return new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documented operations: method, path template (below {@link #BASE}), id and statuses. */
    public List<Operation> operations() {
        return operations;
    }

    @Override
    public void check(Http.Reply reply) {
        String path = pathOf(reply.path());
        if (!path.equals(BASE) && !path.startsWith(BASE + "/")) {
            return;
        }
        String apiPath = path.substring(BASE.length());
        String method = reply.method().toLowerCase(Locale.ROOT);
        List<Operation> onPath = operations.stream().filter(op -> op.matches(apiPath)).toList();
        if (onPath.isEmpty()) {
            record(reply.method(), "(undocumented path)", reply.status());
            expectProblem(reply, Set.of(404), "NotFoundProblem", "a path the document does not have");
            return;
        }
        int literals = onPath.stream().mapToInt(Operation::literalSegments).max().orElseThrow();
        Optional<Operation> found = onPath.stream()
                .filter(op -> op.literalSegments() == literals && op.method().equals(method))
                .findFirst();
        if (found.isEmpty()) {
            record(reply.method(), "(undocumented method)", reply.status());
            expectProblem(reply, Set.of(404, 405), "Problem", "a method the document does not have on this path");
            return;
        }
        Operation operation = found.get();
        record(reply.method(), operation.path(), reply.status());
        Map<String, String> contents = operation.responses().get(String.valueOf(reply.status()));
        if (contents == null) {
            contents = operation.responses().get(reply.status() / 100 + "XX");
        }
        if (contents == null) {
            contents = operation.responses().get("default");
        }
        if (contents == null) {
            throw new AssertionError("status " + reply.status() + " is not documented for " + operation + " (documented: "
                    + operation.responses().keySet() + "): " + reply);
        }
        for (String header : operation.requiredHeaders().getOrDefault(statusKey(operation, reply.status()), Set.of())) {
            if (reply.header(header) == null) {
                throw new AssertionError(operation + " " + reply.status() + " documents the header " + header
                        + ", but the reply has none: " + reply);
            }
        }
        if (contents.isEmpty()) {
            if (reply.body() != null && !reply.body().isEmpty()) {
                throw new AssertionError(operation + " documents no body for " + reply.status() + ", but one came: "
                        + reply);
            }
            return;
        }
        String mediaType = mediaType(reply);
        if (!contents.containsKey(mediaType)) {
            throw new AssertionError(operation + " " + reply.status() + " documents " + contents.keySet()
                    + ", but the reply's Content-Type is " + reply.header("Content-Type") + ": " + reply);
        }
        String schema = contents.get(mediaType);
        if (schema != null && isJson(mediaType)) {
            validate(schema, reply, operation + " " + reply.status());
        }
    }

    private static String statusKey(Operation operation, int status) {
        String exact = String.valueOf(status);
        if (operation.responses().containsKey(exact)) {
            return exact;
        }
        String range = status / 100 + "XX";
        return operation.responses().containsKey(range) ? range : "default";
    }

    private void expectProblem(Http.Reply reply, Set<Integer> statuses, String schema, String what) {
        if (!statuses.contains(reply.status())) {
            throw new AssertionError(what + " must be answered " + statuses + ": " + reply);
        }
        if (!"application/problem+json".equals(mediaType(reply))) {
            throw new AssertionError(what + " must be answered with a problem document: " + reply);
        }
        validate(schema, reply, what);
    }

    /**
     * Checks a JSON text that travels outside a plain reply (the {@code data} of an event on
     * the alert stream, say) against a schema of the document's components.
     *
     * @throws AssertionError naming every way the text breaks the schema
     */
    public void checkAgainstSchema(String schemaName, String json) {
        validate(schemaName, new Http.Reply("-", "-", 0, Map.of(), json), "a " + schemaName);
    }

    private void validate(String schemaName, Http.Reply reply, String what) {
        Schema schema = schemas.computeIfAbsent(schemaName, name -> registry.getSchema(
                SchemaLocation.of(DOCUMENT_IRI + "#/components/schemas/" + name)));
        List<Error> errors;
        try {
            errors = schema.validate(reply.body() == null ? "" : reply.body(), InputFormat.JSON);
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": the body is not JSON: " + reply, e);
        }
        if (!errors.isEmpty()) {
            throw new AssertionError(what + ": the body does not match its schema "
                    + displayName(schemaName) + ":\n  " + errors.stream().map(Error::toString)
                            .collect(Collectors.joining("\n  ")) + "\n" + reply);
        }
    }

    private static String displayName(String schemaName) {
        return schemaName.startsWith(SYNTHETIC_PREFIX) ? "(inline)" : schemaName;
    }

    private void record(String method, String template, int status) {
        seen.add(new Seen(method.toUpperCase(Locale.ROOT), template, status));
    }

    /** What has been seen so far: (method, path template, status). */
    public Set<Seen> seen() {
        return Set.copyOf(seen);
    }

    /**
     * The coverage report: each documented operation and status, seen by the tests or not, and
     * what was seen that the document does not list.
     */
    public String coverageReport() {
        StringBuilder out = new StringBuilder();
        int documented = 0;
        int covered = 0;
        int operationsSeen = 0;
        List<String> lines = new ArrayList<>();
        for (Operation operation : operations) {
            boolean any = false;
            List<String> statuses = new ArrayList<>();
            for (String status : new TreeSet<>(operation.responses().keySet())) {
                documented++;
                boolean hit = seen.stream().anyMatch(s -> s.method().equals(operation.method().toUpperCase(Locale.ROOT))
                        && s.path().equals(operation.path()) && String.valueOf(s.status()).equals(status));
                if (hit) {
                    covered++;
                    any = true;
                }
                statuses.add(hit ? status : "(" + status + ")");
            }
            if (any) {
                operationsSeen++;
            }
            lines.add(String.format(Locale.ROOT, "%-7s %-36s %-26s %s", operation.method().toUpperCase(Locale.ROOT),
                    operation.path(), operation.operationId(), String.join(" ", statuses)));
        }
        out.append("OpenAPI coverage: ").append(operationsSeen).append(" of ").append(operations.size())
                .append(" operations seen; ").append(covered).append(" of ").append(documented)
                .append(" documented (operation, status) pairs seen; (status) = not seen.\n\n");
        lines.forEach(line -> out.append(line).append('\n'));
        List<Seen> other = seen.stream().filter(s -> s.path().startsWith("("))
                .sorted(Comparator.comparing(Seen::toString)).toList();
        if (!other.isEmpty()) {
            out.append("\nOutside the document (checked as problems):\n");
            other.forEach(s -> out.append("  ").append(s).append('\n'));
        }
        return out.toString();
    }

    /** Writes the {@linkplain #coverageReport() coverage report} to a file. */
    public void writeCoverageReport(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, coverageReport(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pathOf(String target) {
        String pathAndQuery = target.contains("://") ? java.net.URI.create(target).getRawPath() : target;
        int query = pathAndQuery.indexOf('?');
        String path = query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String mediaType(Http.Reply reply) {
        String header = reply.header("Content-Type");
        if (header == null) {
            return "";
        }
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    // Each response schema becomes a named schema of the validator's copy of the document: a
    // $ref's target when it is one, a synthetic component holding it otherwise, so every
    // schema is addressed by a plain pointer under #/components/schemas.
    private static List<Operation> readOperations(JsonNode document, ObjectNode componentSchemas) {
        List<Operation> found = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> members = path.getValue().fields();
            while (members.hasNext()) {
                Map.Entry<String, JsonNode> member = members.next();
                if (!METHODS.contains(member.getKey())) {
                    continue;
                }
                JsonNode operation = member.getValue();
                String operationId = operation.path("operationId").asText(member.getKey() + " " + path.getKey());
                Map<String, Map<String, String>> responses = new LinkedHashMap<>();
                Map<String, Set<String>> requiredHeaders = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> statuses = operation.path("responses").fields();
                while (statuses.hasNext()) {
                    Map.Entry<String, JsonNode> status = statuses.next();
                    JsonNode response = resolve(document, status.getValue());
                    Map<String, String> contents = new LinkedHashMap<>();
                    Iterator<Map.Entry<String, JsonNode>> media = response.path("content").fields();
                    while (media.hasNext()) {
                        Map.Entry<String, JsonNode> content = media.next();
                        JsonNode schema = content.getValue().get("schema");
                        String name = null;
                        if (schema != null) {
                            String ref = schema.path("$ref").asText("");
                            if (ref.startsWith("#/components/schemas/") && schema.size() == 1) {
                                name = ref.substring("#/components/schemas/".length());
                            } else {
                                name = SYNTHETIC_PREFIX + operationId + "-" + status.getKey() + "-"
                                        + contents.size();
                                componentSchemas.set(name, schema.deepCopy());
                            }
                        }
                        contents.put(content.getKey().toLowerCase(Locale.ROOT), name);
                    }
                    responses.put(status.getKey(), contents);
                    Set<String> headers = new TreeSet<>();
                    response.path("headers").fields().forEachRemaining(header -> {
                        if (resolve(document, header.getValue()).path("required").asBoolean(false)) {
                            headers.add(header.getKey());
                        }
                    });
                    requiredHeaders.put(status.getKey(), Set.copyOf(headers));
                }
                found.add(new Operation(member.getKey(), path.getKey(), operationId, responses, requiredHeaders));
            }
        }
        return List.copyOf(found);
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#")) {
                throw new IllegalStateException("only local references are supported: " + ref);
            }
            JsonNode target = document.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalStateException("unresolved reference " + ref);
            }
            current = target;
        }
        return current;
    }

    /**
     * A documented operation.
     *
     * @param method the HTTP method, lower case as in the document
     * @param path the path template below {@link #BASE}, such as {@code /users/{id}}
     * @param operationId its id
     * @param responses by status (or {@code 4XX}, {@code default}): media type to the schema's
     *     name in the validator's copy of the document (null when no schema), empty when no body
     * @param requiredHeaders by status: the response headers the document requires
     */
    public record Operation(String method, String path, String operationId, Map<String, Map<String, String>> responses,
            Map<String, Set<String>> requiredHeaders) {

        boolean matches(String actual) {
            String[] template = path.split("/", -1);
            String[] segments = actual.split("/", -1);
            if (template.length != segments.length) {
                return false;
            }
            for (int i = 0; i < template.length; i++) {
                boolean parameter = template[i].startsWith("{") && template[i].endsWith("}");
                if (parameter ? segments[i].isEmpty() : !template[i].equals(segments[i])) {
                    return false;
                }
            }
            return true;
        }

        int literalSegments() {
            int literals = 0;
            for (String segment : path.split("/")) {
                if (!segment.startsWith("{")) {
                    literals++;
                }
            }
            return literals;
        }

        @Override
        public String toString() {
            return operationId + " (" + method.toUpperCase(Locale.ROOT) + " " + path + ")";
        }
    }

    /**
     * One kind of reply seen.
     *
     * @param method the HTTP method
     * @param path the documented path template, or a note in parentheses for paths or methods
     *     outside the document
     * @param status the status
     */
    public record Seen(String method, String path, int status) {

        @Override
        public String toString() {
            return method + " " + path + " " + status;
        }
    }
}
