package kz.utm.examples.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.utm.core.common.CommandValidator;
import kz.utm.core.common.DroneId;
import kz.utm.core.common.FieldError;
import kz.utm.core.common.ValidationException;
import kz.utm.core.telemetry.ReportTelemetry;
import kz.utm.core.telemetry.TelemetryInput;
import kz.utm.core.user.RegisterSoloPilot;

/**
 * Request bodies: every wrong type, unknown member and missing member is named, together with
 * what the core's validator finds in the rest, in one error.
 */
class JsonBodyTest {

    private static final CommandValidator VALIDATOR = CommandValidator.withDefaultProvider();

    @Test
    void wrongTypesUnknownAndMissingMembersAndSemanticErrorsAreNamedTogether() {
        JsonBody body = parse("{\"fullName\": 42, \"email\": \"not-an-email\", \"nickname\": \"x\","
                + " \"iin\": \"123\"}");

        ValidationException error = catchThrowableOfType(ValidationException.class, () -> body.finish(
                new RegisterSoloPilot(body.text("fullName"), body.text("email"), body.optionalText("phoneNumber"),
                        body.optionalText("iin"), body.text("password")), VALIDATOR));

        assertThat(error.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("fullName", "password", "nickname", "email", "iin");
        assertThat(error.errors()).contains(new FieldError("fullName", "must be a string"),
                new FieldError("password", "is required"), new FieldError("nickname", "is not a known field"));
    }

    @Test
    void nestedItemsAreNamedWithTheirIndex() {
        JsonBody body = parse("{\"points\": [{\"timestamp\": \"2026-06-01T10:00:00Z\", \"latitude\": 43,"
                + " \"longitude\": 76, \"altitudeM\": 10},"
                + " {\"timestamp\": \"yesterday\", \"latitude\": \"north\", \"longitude\": 76, \"altitudeM\": 10,"
                + " \"colour\": \"red\"}, 7]}");

        ValidationException error = catchThrowableOfType(ValidationException.class, () -> {
            List<TelemetryInput> points = new ArrayList<>();
            for (JsonBody item : body.objects("points")) {
                points.add(item == null ? null : new TelemetryInput(item.instant("timestamp"), item.number("latitude"),
                        item.number("longitude"), item.number("altitudeM"), item.optionalNumber("speedMps"),
                        item.optionalNumber("headingDegrees"), item.optionalText("statusMessage")));
            }
            body.finish(new ReportTelemetry(DroneId.of(1), points), VALIDATOR);
        });

        assertThat(error.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "points[1].timestamp", "points[1].latitude", "points[1].colour", "points[2]");
    }

    @Test
    void aWellTypedBodyIsLeftToTheServiceToValidate() {
        JsonBody body = parse("{\"fullName\": \"Asel\", \"email\": \"asel@example.kz\", \"password\": \"short\"}");

        RegisterSoloPilot command = body.finish(new RegisterSoloPilot(body.text("fullName"), body.text("email"),
                body.optionalText("phoneNumber"), body.optionalText("iin"), body.text("password")), VALIDATOR);

        assertThat(command.password()).isEqualTo("short");
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsMalformed() {
        for (String text : List.of("", "[1, 2]", "{\"a\": ", "\"text\"", "{} {}")) {
            ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> parse(text));
            assertThat(problem).as(text).isNotNull();
            assertThat(problem.status()).isEqualTo(400);
        }
    }

    @Test
    void idsMustBePositiveIntegers() {
        JsonBody body = parse("{\"a\": 0, \"b\": 1.5, \"c\": 3000000000, \"d\": 12}");

        assertThat(body.optionalId("a", DroneId::of)).isEmpty();
        assertThat(body.optionalId("b", DroneId::of)).isEmpty();
        assertThat(body.optionalId("c", DroneId::of)).isEmpty();
        assertThat(body.id("d", DroneId::of)).isEqualTo(DroneId.of(12));
        ValidationException error = catchThrowableOfType(ValidationException.class, body::finish);
        assertThat(error.fields()).containsExactly("a", "b", "c");
    }

    private static JsonBody parse(String text) {
        return JsonBody.parse(text.getBytes(StandardCharsets.UTF_8));
    }
}
