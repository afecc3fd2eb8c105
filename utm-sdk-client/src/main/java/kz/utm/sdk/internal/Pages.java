package kz.utm.sdk.internal;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import kz.utm.sdk.wire.Page;

/**
 * Every item of a paged list as one lazy stream: a page is fetched only when the stream needs
 * its first item, so a stream that is cut short ({@code limit}, {@code findFirst}) fetches no
 * more pages than it reads. The stream is sequential and not thread-safe, like any iterator;
 * each call of {@link #all} starts again from offset 0. An error fetching a page is thrown from
 * the stream operation that needed it.
 */
public final class Pages {

    private Pages() {
    }

    /**
     * The items of the pages {@code pageAt} fetches, from offset 0, following each page's
     * {@code nextOffset}.
     *
     * @throws IllegalStateException from the stream if the server's next offset does not move forward
     */
    public static <T> Stream<T> all(IntFunction<Page<T>> pageAt) {
        Objects.requireNonNull(pageAt, "pageAt");
        Iterator<T> items = new Iterator<>() {
            private Iterator<T> current = Collections.emptyIterator();
            private Optional<Integer> next = Optional.of(0);

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (next.isEmpty()) {
                        return false;
                    }
                    int offset = next.get();
                    Page<T> page = pageAt.apply(offset);
                    current = page.items().iterator();
                    next = page.nextOffset();
                    if (next.isPresent() && next.get() <= offset) {
                        // A server that points back would make this loop forever.
                        throw new IllegalStateException("the page at offset " + offset + " names next offset "
                                + next.get() + ", which does not move forward");
                    }
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
