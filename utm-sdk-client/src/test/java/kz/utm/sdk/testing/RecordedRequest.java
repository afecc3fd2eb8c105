package kz.utm.sdk.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request the {@link ScriptedServer} received. Immutable by convention (the body array is
 * shared; do not change it).
 *
 * @param index the request's number, from 0, in the order the server finished reading them
 * @param connection the number of the connection it came on, from 0
 * @param method the method
 * @param target the request target: path and query
 * @param headers the headers, names in lower case, values in order
 * @param body the body bytes
 */
public record RecordedRequest(int index, int connection, String method, String target,
        Map<String, List<String>> headers, byte[] body) {

    /** The first value of a header, by name in any case. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The path, without the query. */
    public String path() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /** The raw query, or empty. */
    public String query() {
        int query = target.indexOf('?');
        return query < 0 ? "" : target.substring(query + 1);
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "#" + index + " (connection " + connection + ") " + method + " " + target;
    }
}
