package kz.utm.sdk.wire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a list, as the server answers it: the items, where the page started, its size
 * limit, and the offset of the next page when there is more. Immutable and thread-safe (the
 * items are copied).
 *
 * @param <T> the item type
 * @param items the items of this page
 * @param offset how many items were skipped
 * @param limit the page size asked for
 * @param nextOffset the next page's offset, present when there is more
 */
public record Page<T>(List<T> items, int offset, int limit, Optional<Integer> nextOffset) {

    /** Copies the items; refuses a {@code null} next offset. */
    public Page {
        items = items == null ? List.of() : List.copyOf(items);
        Objects.requireNonNull(nextOffset, "nextOffset");
    }

    /** Whether a next page exists. */
    public boolean hasNext() {
        return nextOffset.isPresent();
    }
}
