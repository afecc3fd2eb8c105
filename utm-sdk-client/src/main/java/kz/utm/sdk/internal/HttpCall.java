package kz.utm.sdk.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One API call to make: method, path under the API root ({@code /drones/3}), query, JSON body,
 * extra headers, and whether it carries the bearer token. Immutable and thread-safe; the
 * withers return copies. {@code null}s are refused with a {@link NullPointerException} naming
 * the parameter.
 *
 * @param method the HTTP method
 * @param path the path under the API root, starting with {@code /}
 * @param query the query parameters in order; a name may repeat
 * @param body the body, written as JSON, if any
 * @param headers extra headers
 * @param authenticated whether the bearer token is sent
 */
public record HttpCall(String method, String path, List<Map.Entry<String, String>> query, Optional<Object> body,
        Map<String, String> headers, boolean authenticated) {

    /** The header that makes a POST safe to repeat. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** Refuses nulls; copies the collections. */
    public HttpCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /: " + path);
        }
        query = List.copyOf(query);
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    /** A GET with the token. */
    public static HttpCall get(String path) {
        return new HttpCall("GET", path, List.of(), Optional.empty(), Map.of(), true);
    }

    /** A POST without body, with the token. */
    public static HttpCall post(String path) {
        return new HttpCall("POST", path, List.of(), Optional.empty(), Map.of(), true);
    }

    /** A PUT without body, with the token. */
    public static HttpCall put(String path) {
        return new HttpCall("PUT", path, List.of(), Optional.empty(), Map.of(), true);
    }

    /** A DELETE with the token. */
    public static HttpCall delete(String path) {
        return new HttpCall("DELETE", path, List.of(), Optional.empty(), Map.of(), true);
    }

    /** This call with one more query parameter. */
    public HttpCall query(String name, Object value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        List<Map.Entry<String, String>> more = new ArrayList<>(query);
        more.add(Map.entry(name, String.valueOf(value)));
        return new HttpCall(method, path, more, body, headers, authenticated);
    }

    /** This call with a JSON body. */
    public HttpCall body(Object value) {
        return new HttpCall(method, path, query, Optional.of(Objects.requireNonNull(value, "value")), headers,
                authenticated);
    }

    /** This call with one more header. */
    public HttpCall header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new HttpCall(method, path, query, body, more, authenticated);
    }

    /** This call without the bearer token (sign-in, self-registration). */
    public HttpCall anonymous() {
        return new HttpCall(method, path, query, body, headers, false);
    }

    /**
     * Whether sending this call twice does no more than sending it once: GET, PUT, DELETE,
     * HEAD, or any call carrying an Idempotency-Key.
     */
    public boolean isRepeatable() {
        return switch (method) {
            case "GET", "HEAD", "PUT", "DELETE" -> true;
            default -> headers.keySet().stream().anyMatch(IDEMPOTENCY_KEY::equalsIgnoreCase);
        };
    }
}
