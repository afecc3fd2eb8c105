package kz.utm.geofence.codec;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** Small helpers over Jackson's streaming parser, shared by the definition readers. Stateless. */
final class JsonTokens {

    private static final int MAX_QUOTED_TEXT = 40;

    private JsonTokens() {
    }

    /** What kind of JSON value a token starts, for messages: "a string", "an array", "null". */
    static String kind(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "a " + token;
        };
    }

    /**
     * Reads the current value as a finite number. On anything else, records why under
     * {@code field}, skips the value and returns NaN.
     */
    static double finiteNumber(JsonParser parser, String field, DefinitionErrors errors) throws IOException {
        JsonToken token = parser.currentToken();
        if (!token.isNumeric()) {
            errors.add(field, "must be a number, was " + kind(token));
            parser.skipChildren();
            return Double.NaN;
        }
        double value = parser.getDoubleValue();
        if (!Double.isFinite(value)) {
            // Only an overflow gets here: NaN and Infinity are not JSON tokens and fail parsing.
            errors.add(field, "must be a finite number: " + quote(parser.getText()) + " is too large for a double");
            return Double.NaN;
        }
        return value;
    }

    /** A value's text for a message, shortened if long. */
    static String quote(String text) {
        return text.length() <= MAX_QUOTED_TEXT ? text : text.substring(0, MAX_QUOTED_TEXT) + "...";
    }
}
