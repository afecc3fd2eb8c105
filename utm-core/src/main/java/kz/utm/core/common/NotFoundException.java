package kz.utm.core.common;

import java.util.Objects;

/**
 * The resource does not exist, is soft-deleted, or the actor may not read it.
 *
 * <p>The three cases are deliberately one error: a caller who may not read a resource learns
 * nothing about whether it exists (see the access policy).
 */
public final class NotFoundException extends UtmException {

    private static final long serialVersionUID = 1L;

    private final String resource;
    private final String id;

    /**
     * Creates the error.
     *
     * @param resource the kind of resource, such as {@code "drone"}
     * @param id the id that was looked up, as text
     */
    public NotFoundException(String resource, Object id) {
        super(Objects.requireNonNull(resource, "resource") + " " + id + " not found");
        this.resource = resource;
        this.id = String.valueOf(id);
    }

    /** The kind of resource, such as {@code "drone"}. */
    public String resource() {
        return resource;
    }

    /** The id that was looked up, as text. */
    public String id() {
        return id;
    }
}
