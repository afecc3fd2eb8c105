package kz.utm.examples.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.javalin.http.Context;

/**
 * The API's JSON: ISO-8601 instants, absent optionals left out, and the helpers that write a
 * response. One shared, thread-safe mapper.
 */
public final class Json {

    /** The mapper every response and request body goes through. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .build();

    private Json() {
    }

    /** Writes {@code body} as the JSON response with the given status. */
    public static void respond(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(write(body));
    }

    /** The JSON text of a value. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response could not be written as JSON", e);
        }
    }
}
