package kz.utm.sdk.wire;

/** What a 409 {@code conflict} problem says conflicted. Immutable; as named on the wire. */
public enum ConflictKind {
    /** A unique value already taken; the problem names the {@code field}. */
    DUPLICATE,
    /** Someone else changed the resource first: read it again and retry. */
    CONCURRENT_UPDATE,
    /** The resource's state forbids the action. */
    STATE
}
