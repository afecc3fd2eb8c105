package kz.utm.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import kz.utm.core.drone.DroneOwnerType;
import kz.utm.core.drone.DroneStatus;
import kz.utm.core.drone.RegisterDrone;
import kz.utm.core.drone.UpdateDrone;
import kz.utm.core.flightplan.FlightPlanStatus;
import kz.utm.core.flightplan.RejectFlightPlan;
import kz.utm.core.flightplan.SubmitFlightPlan;
import kz.utm.core.flightplan.WaypointInput;
import kz.utm.core.organization.RegisterOrganization;
import kz.utm.core.organization.UpdateOrganization;
import kz.utm.core.telemetry.ConformanceStatus;
import kz.utm.core.telemetry.ReportTelemetry;
import kz.utm.core.telemetry.TelemetryInput;
import kz.utm.core.user.ChangeRole;
import kz.utm.core.user.CreateUser;
import kz.utm.core.user.RegisterSoloPilot;
import kz.utm.core.user.UpdateProfile;
import kz.utm.core.user.UserRole;
import kz.utm.core.zone.DefineZone;
import kz.utm.core.zone.NfzGeometryType;
import kz.utm.examples.server.api.AssignmentView;
import kz.utm.examples.server.api.DroneView;
import kz.utm.examples.server.api.FlightPlanView;
import kz.utm.examples.server.api.OrganizationView;
import kz.utm.examples.server.api.Page;
import kz.utm.examples.server.api.TelemetryView;
import kz.utm.examples.server.api.UserView;
import kz.utm.examples.server.api.ZoneView;
import kz.utm.examples.server.testing.OpenApiConformance;

/**
 * The OpenAPI document ({@code src/main/resources/openapi.yaml}) on its own: a valid OpenAPI 3.1
 * document by swagger-parser with no message at all, every operation named, every reference
 * resolving, every component used, and its schemas in step with the code: the enums are the
 * core's constants, request bodies have the members of the core's commands, responses those of
 * the server's views, and only the views' non-optional members are required (absent optionals
 * are left out of responses).
 */
class OpenApiDocumentTest {

    private static final String TEXT = read();
    private static final JsonNode DOCUMENT = OpenApiConformance.readDocument();

    @Test
    void isAValidOpenApi31DocumentWithNoParserMessage() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(TEXT, null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getPaths()).hasSize(DOCUMENT.path("paths").size());
    }

    @Test
    void resolvesFullyWithNoParserMessage() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(TEXT, null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getComponents().getSchemas()).containsKeys("User", "Organization", "Drone",
                "Assignment", "FlightPlan", "Waypoint", "TelemetryPoint", "Zone", "CircleDefinition",
                "PolygonDefinition", "UserPage", "Problem", "ValidationProblem");
    }

    @Test
    void everyOperationHasAUniqueOperationId() {
        List<String> ids = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        forEachOperation((method, path, operation) -> {
            String id = operation.path("operationId").asText("");
            if (id.isBlank()) {
                missing.add(method + " " + path);
            } else {
                ids.add(id);
            }
        });

        assertThat(missing).as("operations without an operationId").isEmpty();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][A-Za-z0-9]*"));
        assertThat(ids).hasSize(OpenApiConformance.shared().operations().size());
    }

    @Test
    void everyReferenceResolvesInsideTheDocument() {
        Set<String> references = new TreeSet<>();
        collectReferences(DOCUMENT, references);

        assertThat(references).isNotEmpty();
        assertThat(references).allSatisfy(ref -> {
            assertThat(ref).as("a reference inside the document").startsWith("#/");
            assertThat(DOCUMENT.at(ref.substring(1)).isMissingNode()).as("%s resolves", ref).isFalse();
        });
    }

    @Test
    void everyComponentIsUsed() {
        Set<String> references = new TreeSet<>();
        collectReferences(DOCUMENT, references);
        List<String> unused = new ArrayList<>();
        DOCUMENT.path("components").fields().forEachRemaining(kind -> {
            if (!kind.getKey().equals("securitySchemes")) {
                kind.getValue().fieldNames().forEachRemaining(name -> {
                    if (!references.contains("#/components/" + kind.getKey() + "/" + name)) {
                        unused.add(kind.getKey() + "/" + name);
                    }
                });
            }
        });

        assertThat(unused).isEmpty();
    }

    @Test
    void everyOperationNeedsATokenButSignInSelfRegistrationAndTheDocument() {
        assertThat(DOCUMENT.path("security").toString()).isEqualTo("[{\"bearer\":[]}]");
        Set<String> open = new TreeSet<>();
        Map<String, Boolean> documents401 = new LinkedHashMap<>();
        forEachOperation((method, path, operation) -> {
            JsonNode security = operation.get("security");
            boolean isOpen = security != null && security.isArray() && security.isEmpty();
            if (isOpen) {
                open.add(operation.path("operationId").asText());
            } else {
                documents401.put(operation.path("operationId").asText(), operation.path("responses").has("401"));
            }
        });

        assertThat(open).containsExactlyInAnyOrder("signIn", "registerSoloPilot", "getOpenApiDocument");
        assertThat(documents401).allSatisfy((id, has401) -> assertThat(has401).as("%s documents 401", id).isTrue());
    }

    @Test
    void everyOperationWithABodyDocumentsMalformedOversizedAndInvalidBodies() {
        forEachOperation((method, path, operation) -> {
            if (operation.has("requestBody")) {
                String id = operation.path("operationId").asText();
                assertThat(operation.path("requestBody").path("required").asBoolean()).as(id).isTrue();
                assertThat(operation.path("responses").has("400")).as("%s documents 400", id).isTrue();
                assertThat(operation.path("responses").has("413")).as("%s documents 413", id).isTrue();
                assertThat(operation.path("responses").has("422")).as("%s documents 422", id).isTrue();
            }
        });
    }

    @Test
    void everySchemaExampleMatchesItsSchema() {
        List<String> checked = new ArrayList<>();
        DOCUMENT.path("components").path("schemas").fields().forEachRemaining(entry -> entry.getValue()
                .path("examples").forEach(example -> {
                    OpenApiConformance.shared().checkAgainstSchema(entry.getKey(), example.toString());
                    checked.add(entry.getKey());
                }));

        assertThat(checked).contains("CircleDefinition", "PolygonDefinition");
    }

    @Test
    void enumsAreTheCoreConstants() {
        Map<String, Class<? extends Enum<?>>> enums = new LinkedHashMap<>();
        enums.put("UserRole", UserRole.class);
        enums.put("DroneStatus", DroneStatus.class);
        enums.put("DroneOwnerType", DroneOwnerType.class);
        enums.put("FlightPlanStatus", FlightPlanStatus.class);
        enums.put("ConformanceStatus", ConformanceStatus.class);
        enums.put("GeometryType", NfzGeometryType.class);
        enums.put("ConflictProblem/properties/kind", kz.utm.core.common.ConflictException.Kind.class);

        enums.forEach((schema, type) -> {
            List<String> documented = new ArrayList<>();
            schema(schema).path("enum").forEach(value -> documented.add(value.asText()));
            assertThat(documented).as(schema).containsExactly(
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new));
        });
    }

    @Test
    void requestBodiesHaveTheMembersOfTheCoreCommands() {
        Map<String, Class<? extends Record>> commands = new LinkedHashMap<>();
        commands.put("RegisterSoloPilot", RegisterSoloPilot.class);
        commands.put("CreateUser", CreateUser.class);
        commands.put("UpdateProfile", UpdateProfile.class);
        commands.put("ChangeRole", ChangeRole.class);
        commands.put("RegisterOrganization", RegisterOrganization.class);
        commands.put("UpdateOrganization", UpdateOrganization.class);
        commands.put("RegisterDrone", RegisterDrone.class);
        commands.put("UpdateDrone", UpdateDrone.class);
        commands.put("SubmitFlightPlan", SubmitFlightPlan.class);
        commands.put("WaypointInput", WaypointInput.class);
        commands.put("RejectFlightPlan", RejectFlightPlan.class);
        commands.put("ReportTelemetry", ReportTelemetry.class);
        commands.put("TelemetryInput", TelemetryInput.class);
        commands.put("DefineZone", DefineZone.class);
        // Where the wire differs from the command: the drone of a telemetry batch is in the path,
        // and a zone's geometry travels as its type and its definition.
        Map<String, Map<String, List<String>>> renamed = Map.of(
                "ReportTelemetry", Map.of("droneId", List.of()),
                "DefineZone", Map.of("geometry", List.of("geometryType", "definition")));

        commands.forEach((name, command) -> {
            JsonNode schema = schema(name);
            Map<String, Boolean> members = new LinkedHashMap<>();
            for (RecordComponent component : command.getRecordComponents()) {
                boolean required = component.getType() != Optional.class;
                List<String> wire = renamed.getOrDefault(name, Map.of()).getOrDefault(component.getName(),
                        List.of(component.getName()));
                wire.forEach(member -> members.put(member, required));
            }
            assertThat(schema.path("additionalProperties").asBoolean(true)).as("%s refuses unknown members", name)
                    .isFalse();
            assertThat(propertyNames(schema)).as("%s members", name).isEqualTo(members.keySet());
            assertThat(requiredNames(schema)).as("%s required members", name).isEqualTo(members.entrySet().stream()
                    .filter(Map.Entry::getValue).map(Map.Entry::getKey).collect(Collectors.toSet()));
        });
    }

    @Test
    void responsesHaveTheMembersOfTheViewsAndRequireOnlyTheNonOptionalOnes() {
        Map<String, Class<? extends Record>> views = new LinkedHashMap<>();
        views.put("User", UserView.class);
        views.put("Organization", OrganizationView.class);
        views.put("Drone", DroneView.class);
        views.put("Assignment", AssignmentView.class);
        views.put("FlightPlan", FlightPlanView.class);
        views.put("Waypoint", FlightPlanView.WaypointView.class);
        views.put("TelemetryPoint", TelemetryView.class);
        views.put("Zone", ZoneView.class);
        views.put("Page", Page.class);
        views.put("SignedIn", nested("http.AuthRoutes$SignedIn"));
        views.put("TelemetryPoints", nested("http.TelemetryRoutes$Stored"));
        views.put("Alert", nested("http.AlertRoutes$AlertView"));
        views.put("MapSettings", nested("http.MapRoutes$MapSettings"));
        views.put("DronePosition", nested("http.MapRoutes$DronePosition"));

        views.forEach((name, view) -> {
            JsonNode schema = schema(name);
            Set<String> members = new HashSet<>();
            Set<String> required = new HashSet<>();
            for (RecordComponent component : view.getRecordComponents()) {
                members.add(component.getName());
                if (component.getType() != Optional.class) {
                    required.add(component.getName());
                }
            }
            assertThat(propertyNames(schema)).as("%s members", name).isEqualTo(members);
            assertThat(requiredNames(schema)).as("%s required members", name).isEqualTo(required);
        });
    }

    @Test
    void pagesAndProblemsAreClosedOrExtendTheirBase() {
        for (String page : List.of("UserPage", "OrganizationPage", "DronePage", "FlightPlanPage", "ZonePage")) {
            assertThat(schema(page).path("allOf").get(0).path("$ref").asText()).isEqualTo("#/components/schemas/Page");
            assertThat(schema(page).path("unevaluatedProperties").asBoolean(true)).as(page).isFalse();
        }
        Map<String, Integer> problems = new HashMap<>();
        DOCUMENT.path("components").path("schemas").fields().forEachRemaining(entry -> {
            if (entry.getKey().endsWith("Problem") && !entry.getKey().equals("Problem")) {
                problems.put(entry.getKey(), entry.getValue().path("properties").path("status").path("const").asInt());
                assertThat(entry.getValue().path("allOf").get(0).path("$ref").asText()).as(entry.getKey())
                        .isEqualTo("#/components/schemas/Problem");
                assertThat(entry.getValue().path("properties").path("type").path("const").asText()).as(entry.getKey())
                        .startsWith("urn:utm-kit:problem:");
            }
        });
        assertThat(problems).containsEntry("ValidationProblem", 422).containsEntry("UnauthenticatedProblem", 401)
                .containsEntry("TooManyRequestsProblem", 429).containsEntry("PayloadTooLargeProblem", 413);
    }

    private static Class<? extends Record> nested(String name) {
        try {
            return Class.forName("kz.utm.examples.server." + name).asSubclass(Record.class);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }

    private static JsonNode schema(String pointer) {
        JsonNode schema = DOCUMENT.at("/components/schemas/" + pointer);
        assertThat(schema.isMissingNode()).as("schema %s", pointer).isFalse();
        return schema;
    }

    private static Set<String> propertyNames(JsonNode schema) {
        Set<String> names = new HashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> requiredNames(JsonNode schema) {
        Set<String> names = new HashSet<>();
        schema.path("required").forEach(name -> names.add(name.asText()));
        return names;
    }

    private static void collectReferences(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    into.add(field.getValue().asText());
                } else {
                    collectReferences(field.getValue(), into);
                }
            }
        } else if (node.isArray()) {
            node.forEach(item -> collectReferences(item, into));
        }
    }

    private interface OperationVisitor {
        void visit(String method, String path, JsonNode operation);
    }

    private static void forEachOperation(OperationVisitor visitor) {
        Set<String> methods = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
        DOCUMENT.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(member -> {
            if (methods.contains(member.getKey())) {
                visitor.visit(member.getKey(), path.getKey(), member.getValue());
            }
        }));
    }

    private static String read() {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/openapi.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
