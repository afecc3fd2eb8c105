package kz.utm.examples.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened during the demo, in order: each entry with the wall time since the demo
 * started, the simulated time it happened at (Almaty time), who acted and what happened, and,
 * for the steps the demo exists to show, which {@link Step} it was. Each entry is printed as it
 * is added.
 *
 * <p>Thread-safe: the demo's thread, the telemetry streamer's and the alert stream's add to it.
 */
final class Timeline {

    /** Kazakhstan's time (UTC+5), for the simulated clock's readings. */
    static final ZoneOffset ALMATY = ZoneOffset.ofHours(5);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ALMATY);

    /** An instant as the timeline shows it: Almaty time, to the second. */
    static String clockTime(Instant instant) {
        return TIME.format(instant);
    }

    /** The steps of the story, in the order they must happen. */
    enum Step {
        /** The reference server is up. */
        SERVER_STARTED,
        /** The offline pre-check found the crossing route's conflict. */
        PRE_CHECK_CONFLICT,
        /** The server refused the crossing route. */
        ROUTE_REFUSED,
        /** The plan around the zone was submitted. */
        SUBMITTED,
        /** The organization's admin approved it. */
        ORGANIZATION_APPROVED,
        /** The authority approved it. */
        AUTHORITY_APPROVED,
        /** The pilot took off. */
        ACTIVATED,
        /** The NFZ alert arrived on the alert stream. */
        NFZ_ALERT,
        /** The drone landed. */
        LANDED,
        /** The plan completed. */
        COMPLETED
    }

    /**
     * One line of the timeline.
     *
     * @param elapsed wall time since the demo started
     * @param at the simulated time
     * @param actor who acted
     * @param step the story's step, if this entry is one
     * @param text what happened
     */
    record Entry(Duration elapsed, Instant at, String actor, Optional<Step> step, String text) {

        /** The entry as printed. */
        String line() {
            long millis = elapsed.toMillis();
            return String.format(Locale.ROOT, "%3d.%03d s  %s  %-15s %s", millis / 1000, millis % 1000,
                    TIME.format(at), actor, text);
        }
    }

    private final PrintStream out;
    private final Clock simulated;
    private final long startNanos;
    private final List<Entry> entries = new ArrayList<>();

    /**
     * @param out where each entry is printed
     * @param simulated the simulated clock the entries are stamped with
     * @param startNanos {@link System#nanoTime()} when the demo started
     */
    Timeline(PrintStream out, Clock simulated, long startNanos) {
        this.out = Objects.requireNonNull(out, "out");
        this.simulated = Objects.requireNonNull(simulated, "simulated");
        this.startNanos = startNanos;
    }

    /** Prints the header of the columns. */
    synchronized void header(String title) {
        out.println(title);
        out.println();
        out.println("   wall    Almaty    actor           what happened");
        out.flush();
    }

    /** Adds and prints an entry that is not one of the story's steps, at the simulated clock's time. */
    void add(String actor, String text) {
        add(actor, simulated.instant(), Optional.empty(), text);
    }

    /** Adds and prints one of the story's steps, at the simulated clock's time. */
    void add(String actor, Step step, String text) {
        add(actor, simulated.instant(), Optional.of(step), text);
    }

    /** Adds and prints an entry that is not one of the story's steps, at a simulated time of its own. */
    void add(String actor, Instant at, String text) {
        add(actor, at, Optional.empty(), text);
    }

    /** Adds and prints one of the story's steps, at a simulated time of its own. */
    void add(String actor, Instant at, Step step, String text) {
        add(actor, at, Optional.of(step), text);
    }

    private synchronized void add(String actor, Instant at, Optional<Step> step, String text) {
        Entry entry = new Entry(Duration.ofNanos(System.nanoTime() - startNanos), at, actor, step, text);
        entries.add(entry);
        out.println(entry.line());
        out.flush();
    }

    /** Prints a line that is not an entry (a summary). */
    synchronized void note(String text) {
        out.println(text);
        out.flush();
    }

    /** The entries so far, in order. */
    synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }
}
