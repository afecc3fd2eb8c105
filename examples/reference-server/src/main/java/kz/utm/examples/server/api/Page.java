package kz.utm.examples.server.api;

import java.util.List;
import java.util.Optional;

/**
 * One page of a list: the items, where it started, its size limit, and the offset of the next
 * page when there is one.
 */
public record Page<T>(List<T> items, int offset, int limit, Optional<Integer> nextOffset) {

    /** The page {@code [offset, offset + limit)} of a full list. */
    public static <T> Page<T> of(List<T> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        int to = (int) Math.min((long) from + limit, all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), offset, limit,
                to < all.size() ? Optional.of(to) : Optional.empty());
    }
}
