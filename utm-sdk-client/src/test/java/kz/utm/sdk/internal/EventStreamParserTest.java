package kz.utm.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The event stream interpretation of the WHATWG HTML standard, fed in chunks of every size. */
class EventStreamParserTest {

    /** What a parser reported, in order. */
    private static final class Recorded implements EventStreamParser.Handler {
        final List<ServerSentEvent> events = new ArrayList<>();
        final List<Long> retries = new ArrayList<>();
        final List<String> comments = new ArrayList<>();

        @Override
        public void onEvent(ServerSentEvent event) {
            events.add(event);
        }

        @Override
        public void onRetry(long millis) {
            retries.add(millis);
        }

        @Override
        public void onComment(String comment) {
            comments.add(comment);
        }
    }

    private static Recorded parse(String... chunks) {
        Recorded recorded = new Recorded();
        EventStreamParser parser = new EventStreamParser(recorded, 1 << 16);
        for (String chunk : chunks) {
            byte[] bytes = chunk.getBytes(StandardCharsets.UTF_8);
            parser.feed(bytes, 0, bytes.length);
        }
        return recorded;
    }

    @Test
    void aBlankLineDispatchesTheEventWithItsTypeIdAndData() {
        Recorded recorded = parse("event: conformance\nid: 7\ndata: {\"id\":7}\n\n");

        assertThat(recorded.events).containsExactly(new ServerSentEvent("conformance", "{\"id\":7}", "7"));
    }

    @Test
    void anEventWithoutTypeIsAMessage() {
        assertThat(parse("data: hello\n\n").events).containsExactly(new ServerSentEvent("message", "hello", ""));
    }

    @Test
    void dataLinesAreJoinedWithLineFeeds() {
        assertThat(parse("data: one\ndata: two\ndata\ndata: four\n\n").events).singleElement()
                .extracting(ServerSentEvent::data).isEqualTo("one\ntwo\n\nfour");
    }

    @Test
    void onlyOneSpaceAfterTheColonIsDropped() {
        assertThat(parse("data:  two spaces\n\ndata:none\n\n").events).extracting(ServerSentEvent::data)
                .containsExactly(" two spaces", "none");
    }

    @Test
    void commentsAreReportedAndDispatchNothing() {
        Recorded recorded = parse(": keep-alive\n\n:\n: subscribed\ndata: x\n\n");

        assertThat(recorded.comments).containsExactly(" keep-alive", "", " subscribed");
        assertThat(recorded.events).extracting(ServerSentEvent::data).containsExactly("x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\n", "\r"})
    void everyLineEndingEndsALine(String end) {
        String stream = ("event: conformance" + end + "id: 1" + end + "data: a" + end + "data: b" + end + end
                + ": comment" + end + "data: c" + end + end);

        assertThat(parse(stream).events).containsExactly(new ServerSentEvent("conformance", "a\nb", "1"),
                new ServerSentEvent("message", "c", "1"));
    }

    @Test
    void mixedLineEndingsInOneStream() {
        assertThat(parse("data: a\r\ndata: b\rdata: c\n\r\n").events).extracting(ServerSentEvent::data)
                .containsExactly("a\nb\nc");
    }

    @Test
    void aCrAndItsLfInDifferentChunksEndOneLine() {
        // Read as two line ends, the LF would be an empty line, dispatching "a" on its own.
        assertThat(parse("data: a\r", "\ndata: b\r", "\n\r", "\n").events).extracting(ServerSentEvent::data)
                .containsExactly("a\nb");
    }

    @Test
    void aLeadingByteOrderMarkIsSkippedOnceOnly() {
        Recorded recorded = parse("\uFEFFdata: first\n\n\uFEFFdata: second\n\n");

        // The second mark is not at the start of the stream: it makes "\uFEFFdata" a field nobody knows.
        assertThat(recorded.events).extracting(ServerSentEvent::data).containsExactly("first");
    }

    @Test
    void aByteOrderMarkSplitOverChunksIsStillSkipped() {
        byte[] bytes = "\uFEFFdata: x\n\n".getBytes(StandardCharsets.UTF_8);
        Recorded recorded = new Recorded();
        EventStreamParser parser = new EventStreamParser(recorded, 1024);
        for (byte b : bytes) {
            parser.feed(new byte[] {b}, 0, 1);
        }

        assertThat(recorded.events).containsExactly(new ServerSentEvent("message", "x", ""));
    }

    @Test
    void anIdWithoutDataDispatchesNothingButCountsForLaterEvents() {
        Recorded recorded = parse("id: 41\n\nevent: conformance\n\ndata: later\n\n");

        // The lone "event:" is reset by its blank line: the later event is a plain message.
        assertThat(recorded.events).containsExactly(new ServerSentEvent("message", "later", "41"));
    }

    @Test
    void theLastEventIdStaysUntilAnotherIdReplacesIt() {
        Recorded recorded = parse("id: 1\ndata: a\n\ndata: b\n\nid\ndata: c\n\n");

        assertThat(recorded.events).extracting(ServerSentEvent::lastEventId).containsExactly("1", "1", "");
    }

    @Test
    void anIdHoldingNulIsIgnored() {
        EventStreamParser parser = new EventStreamParser(new Recorded(), 1024);
        byte[] bytes = "id: 5\n\nid: 6\u0000\n\n".getBytes(StandardCharsets.UTF_8);
        parser.feed(bytes, 0, bytes.length);

        assertThat(parser.lastEventId()).isEqualTo("5");
    }

    @Test
    void retryTakesAsciiDigitsOnly() {
        Recorded recorded = parse("retry: 2500\n", "retry: 12a\nretry: -5\nretry:\nretry: 3000\n\n");

        assertThat(recorded.retries).containsExactly(2500L, 3000L);
        assertThat(recorded.events).isEmpty();
    }

    @Test
    void unknownFieldsAndALineWithoutColonAreIgnored() {
        assertThat(parse("foo: bar\nevent\nwhatever\ndata: kept\n\n").events)
                .containsExactly(new ServerSentEvent("message", "kept", ""));
    }

    @Test
    void anEventCutOffByTheEndOfTheStreamIsNotDispatched() {
        assertThat(parse("data: complete\n\ndata: cut off\n").events).extracting(ServerSentEvent::data)
                .containsExactly("complete");
    }

    @Test
    void multiByteCharactersSplitBetweenChunksAreDecoded() {
        byte[] bytes = "data: Алматы — 43°\n\n".getBytes(StandardCharsets.UTF_8);
        for (int cut = 1; cut < bytes.length; cut++) {
            Recorded recorded = new Recorded();
            EventStreamParser parser = new EventStreamParser(recorded, 1024);
            parser.feed(bytes, 0, cut);
            parser.feed(bytes, cut, bytes.length - cut);
            assertThat(recorded.events).as("cut at %d", cut).extracting(ServerSentEvent::data)
                    .containsExactly("Алматы — 43°");
        }
    }

    @Test
    void aLineLongerThanTheLimitIsRefused() {
        EventStreamParser parser = new EventStreamParser(new Recorded(), 16);
        byte[] bytes = "data: 0123456789abcdef\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.feed(bytes, 0, bytes.length)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("16 bytes");
    }

    @Test
    void randomStreamsInRandomChunksGiveTheirEvents() {
        long seed = System.nanoTime();
        System.out.println("EventStreamParserTest seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        String[] ends = {"\r\n", "\n", "\r"};
        for (int round = 0; round < 200; round++) {
            List<ServerSentEvent> expected = new ArrayList<>();
            StringBuilder stream = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
            String lastId = "";
            int events = random.nextInt(1, 8);
            for (int e = 0; e < events; e++) {
                if (random.nextInt(3) == 0) {
                    stream.append(": ").append(text(random)).append(ends[random.nextInt(3)]);
                }
                String type = random.nextBoolean() ? "conformance" : "";
                if (!type.isEmpty()) {
                    stream.append("event: ").append(type).append(ends[random.nextInt(3)]);
                }
                if (random.nextBoolean()) {
                    lastId = Long.toString(random.nextLong(1, Long.MAX_VALUE));
                    stream.append("id: ").append(lastId).append(ends[random.nextInt(3)]);
                }
                List<String> lines = new ArrayList<>();
                for (int l = random.nextInt(1, 4); l > 0; l--) {
                    String line = text(random);
                    lines.add(line);
                    stream.append("data: ").append(line).append(ends[random.nextInt(3)]);
                }
                // A CR ending the last field and the blank line's LF would be one CR LF: not a blank line.
                String end = ends[random.nextInt(3)];
                if (end.equals("\n") && stream.charAt(stream.length() - 1) == '\r') {
                    end = "\r\n";
                }
                stream.append(end);
                expected.add(new ServerSentEvent(type.isEmpty() ? "message" : type, String.join("\n", lines), lastId));
            }
            byte[] bytes = stream.toString().getBytes(StandardCharsets.UTF_8);
            Recorded recorded = new Recorded();
            EventStreamParser parser = new EventStreamParser(recorded, 1 << 16);
            for (int at = 0; at < bytes.length;) {
                int size = Math.min(bytes.length - at, random.nextInt(1, 12));
                parser.feed(bytes, at, size);
                at += size;
            }
            assertThat(recorded.events).as("seed %d, round %d, stream %s", seed, round, stream.toString()
                    .replace("\r", "\\r").replace("\n", "\\n")).isEqualTo(expected);
        }
    }

    // Text without line ends, possibly with colons, leading spaces and letters beyond ASCII.
    private static String text(SplittableRandom random) {
        String alphabet = "ab :{}\"0123456789ЖҚә°é";
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(0, 20); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
