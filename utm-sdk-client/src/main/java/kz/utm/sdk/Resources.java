package kz.utm.sdk;

import kz.utm.sdk.internal.HttpCall;
import kz.utm.sdk.internal.Transport;
import kz.utm.sdk.wire.Page;

/**
 * The calls every collection of the API shares: get one by id, a page of them, a POST action on
 * one ({@code /deactivate}), delete one. Thread-safe.
 *
 * @param <T> the resource's wire type
 */
final class Resources<T> {

    private final Transport transport;
    private final String root;
    private final Class<T> type;
    private final String idName;

    Resources(Transport transport, String root, Class<T> type, String idName) {
        this.transport = transport;
        this.root = root;
        this.type = type;
        this.idName = idName;
    }

    String path(int id) {
        return root + "/" + Checks.id(id, idName);
    }

    T get(int id) {
        return transport.call(HttpCall.get(path(id)), type);
    }

    T act(int id, String action) {
        return transport.call(HttpCall.post(path(id) + "/" + action), type);
    }

    T delete(int id) {
        return transport.call(HttpCall.delete(path(id)), type);
    }

    Page<T> list(HttpCall call, int offset, int limit) {
        Checks.page(offset, limit);
        return transport.call(call.query("offset", offset).query("limit", limit),
                transport.mapper().getTypeFactory().constructParametricType(Page.class, type));
    }
}
