package kz.utm.examples.server.http;

import java.util.Objects;
import java.util.function.IntFunction;

import io.javalin.http.Context;

import kz.utm.core.common.NotFoundException;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ValidationException;

/** Reading the parts of a request other than its body: the signed-in user, path ids, query values. */
public final class Requests {

    /** The default page size of a list. */
    public static final int DEFAULT_LIMIT = 50;

    /** The largest page size of a list. */
    public static final int MAX_LIMIT = 500;

    static final String ACTOR = "utm.actor";
    static final String TOKEN = "utm.token";

    private Requests() {
    }

    /** The signed-in user; the authentication filter put it there. */
    public static UserId actor(Context ctx) {
        return Objects.requireNonNull(ctx.attribute(ACTOR), "no signed-in user on an authenticated route");
    }

    /**
     * A positive integer id from the path, converted.
     *
     * @throws NotFoundException if the segment is not a positive integer: no such resource
     */
    public static <T> T pathId(Context ctx, String name, String resource, IntFunction<T> of) {
        String raw = ctx.pathParam(name);
        try {
            int value = Integer.parseInt(raw);
            if (value > 0) {
                return of.apply(value);
            }
        } catch (NumberFormatException e) {
            // Falls through: a malformed id names nothing.
        }
        throw new NotFoundException(resource, raw);
    }

    /**
     * An integer query parameter within bounds, or its default when absent.
     *
     * @throws ValidationException naming the parameter when it is not an integer in range
     */
    public static int queryInt(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below with the range.
        }
        throw ValidationException.of(name, "must be an integer in [" + min + ", " + max + "]");
    }

    /** The {@code offset} query parameter: 0 by default. */
    public static int offset(Context ctx) {
        return queryInt(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    }

    /** The {@code limit} query parameter: {@value #DEFAULT_LIMIT} by default, at most {@value #MAX_LIMIT}. */
    public static int limit(Context ctx) {
        return queryInt(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }
}
