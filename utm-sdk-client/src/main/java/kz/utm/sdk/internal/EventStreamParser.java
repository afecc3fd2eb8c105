package kz.utm.sdk.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads a {@code text/event-stream} as the WHATWG HTML standard's "event stream
 * interpretation" says (section 9.2.6), from bytes as they arrive in chunks of any size:
 *
 * <ul>
 * <li>UTF-8, with one leading byte order mark skipped; a malformed sequence becomes U+FFFD;
 * <li>lines end with CR LF, LF or CR, also when a CR and its LF arrive in different chunks;
 * <li>a line starting with {@code :} is a comment; a line without {@code :} is a field whose
 *     value is empty; one space after the colon is not part of the value;
 * <li>{@code event} sets the type, {@code data} appends a line, {@code id} sets the last event
 *     id (unless it holds U+0000), {@code retry} with ASCII digits only sets the reconnection
 *     time; any other field is ignored;
 * <li>an empty line dispatches the event; an event without data is not dispatched, but its
 *     {@code id} still counts; an event cut off by the end of the stream is not dispatched.
 * </ul>
 *
 * <p>A line longer than the limit given at construction is refused with an
 * {@link IllegalStateException}: a stream that never ends its line must not take all the memory.
 * Not thread-safe: one parser per connection, fed by one thread; its handler is called on that
 * thread, from inside {@link #feed}.
 */
public final class EventStreamParser {

    /** What a parser reports. Called on the thread that feeds the parser. */
    public interface Handler {

        /** An event was dispatched. */
        void onEvent(ServerSentEvent event);

        /** A {@code retry:} field set the reconnection time, in milliseconds. */
        default void onRetry(long millis) {
        }

        /** A comment line, without its leading colon. */
        default void onComment(String comment) {
        }
    }

    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private final Handler handler;
    private final int maxLineBytes;
    private byte[] line = new byte[256];
    private int length;
    private boolean afterCr;
    private boolean firstLine = true;

    private final StringBuilder data = new StringBuilder();
    private String type = "";
    private String lastEventId = "";

    /**
     * A parser reporting to {@code handler}.
     *
     * @param maxLineBytes the longest line accepted, in bytes
     * @throws IllegalArgumentException if the limit is below 1
     */
    public EventStreamParser(Handler handler, int maxLineBytes) {
        this.handler = Objects.requireNonNull(handler, "handler");
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be at least 1, got " + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
    }

    /** The last event id buffer: the latest {@code id:} field read, empty if none. */
    public String lastEventId() {
        return lastEventId;
    }

    /** Reads the bytes of {@code chunk} (from its position to its limit), dispatching what they complete. */
    public void feed(ByteBuffer chunk) {
        while (chunk.hasRemaining()) {
            byte b = chunk.get();
            if (b == LF && afterCr) {
                // The LF of a CR LF: that line ended at the CR.
                afterCr = false;
                continue;
            }
            afterCr = b == CR;
            if (b == CR || b == LF) {
                endLine();
            } else {
                append(b);
            }
        }
    }

    /** As {@link #feed(ByteBuffer)}, for an array. */
    public void feed(byte[] bytes, int offset, int count) {
        feed(ByteBuffer.wrap(bytes, offset, count));
    }

    private void append(byte b) {
        if (length == maxLineBytes) {
            throw new IllegalStateException("an event stream line is longer than " + maxLineBytes + " bytes");
        }
        if (length == line.length) {
            line = Arrays.copyOf(line, Math.min(maxLineBytes, line.length * 2));
        }
        line[length++] = b;
    }

    private void endLine() {
        String text = new String(line, 0, length, StandardCharsets.UTF_8);
        length = 0;
        if (line.length > 4096) {
            // One very long line should not pin its buffer for the life of the connection.
            line = new byte[256];
        }
        if (firstLine) {
            firstLine = false;
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
        }
        processLine(text);
    }

    private void processLine(String text) {
        if (text.isEmpty()) {
            dispatch();
            return;
        }
        if (text.charAt(0) == ':') {
            handler.onComment(text.substring(1));
            return;
        }
        int colon = text.indexOf(':');
        String field;
        String value;
        if (colon < 0) {
            field = text;
            value = "";
        } else {
            field = text.substring(0, colon);
            int start = colon + 1;
            if (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
            value = text.substring(start);
        }
        switch (field) {
            case "event" -> type = value;
            case "data" -> data.append(value).append('\n');
            case "id" -> {
                if (value.indexOf('\u0000') < 0) {
                    lastEventId = value;
                }
            }
            case "retry" -> {
                if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    try {
                        handler.onRetry(Long.parseLong(value));
                    } catch (NumberFormatException tooLong) {
                        // More milliseconds than a long holds: no reconnection time anyone means.
                    }
                }
            }
            default -> {
                // Fields this standard does not define are ignored.
            }
        }
    }

    private void dispatch() {
        if (data.length() == 0) {
            type = "";
            return;
        }
        data.setLength(data.length() - 1);
        ServerSentEvent event = new ServerSentEvent(type.isEmpty() ? ServerSentEvent.DEFAULT_TYPE : type,
                data.toString(), lastEventId);
        data.setLength(0);
        type = "";
        handler.onEvent(event);
    }
}
