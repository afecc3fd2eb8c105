package kz.utm.sdk.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import kz.utm.sdk.wire.ZoneShape;

/**
 * The SDK's JSON mapping: instants as ISO-8601 text, empty {@code Optional}s left out of
 * requests, members a newer server adds ignored in answers (so an older SDK keeps working),
 * and zone shapes in the zone definition format. Thread-safe once built, as ObjectMapper is.
 */
public final class Json {

    private Json() {
    }

    /** A mapper configured for the server's API. */
    public static ObjectMapper mapper() {
        SimpleModule shapes = new SimpleModule("utm-zone-shapes")
                .addSerializer(ZoneShape.class, new ZoneShapeCodec.Writer())
                .addDeserializer(ZoneShape.class, new ZoneShapeCodec.Reader());
        return new ObjectMapper()
                .registerModule(new Jdk8Module())
                .registerModule(new JavaTimeModule())
                .registerModule(shapes)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .setSerializationInclusion(JsonInclude.Include.NON_ABSENT);
    }
}
