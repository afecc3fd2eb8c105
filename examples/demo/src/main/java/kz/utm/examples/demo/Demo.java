package kz.utm.examples.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * The one-command demo of UTM Kit ({@code ./mvnw -q -Pdemo -pl examples/demo -am verify}):
 * starts the reference server in-process on loopback with an in-memory H2 database, then,
 * through the SDK over HTTP, the way its users would:
 *
 * <ol>
 * <li>the aviation authority signs in, registers an organization and its admin, and defines two
 *     restricted zones near Almaty (a circle around the airport, a polygon over a fuel depot);</li>
 * <li>the organization's admin creates a pilot, registers a drone and assigns it to the pilot;</li>
 * <li>the pilot's route straight through the airport zone is found in conflict by the offline
 *     pre-check and refused by the server, naming the zone;</li>
 * <li>a route around it goes through the organization's approval and the authority's, and the
 *     pilot takes off;</li>
 * <li>the flight streams a position a (simulated) second; the drone strays into the fuel depot
 *     zone, and the NFZ alert arrives on the pilot's alert stream;</li>
 * <li>it returns to its route, lands, and the plan completes.</li>
 * </ol>
 *
 * <p>Every step is printed as a line of a timeline: wall time since the start, the simulated
 * time in Almaty, who acted, what happened. The server, the clients and the drone share a
 * simulated clock that the demo moves forward, so the approvals' waits and the six-minute flight
 * take no real time. Exits 0 when every step happened as it should, 1 with the reason otherwise.
 */
public final class Demo {

    private Demo() {
    }

    /** Runs the demo; the exit status says whether it went as it should. */
    public static void main(String[] args) {
        int status;
        try {
            run(System.out);
            status = 0;
        } catch (DemoFailure failure) {
            System.out.flush();
            System.err.println();
            System.err.println("DEMO FAILED: " + failure.getMessage());
            if (failure.getCause() != null) {
                failure.getCause().printStackTrace();
            }
            status = 1;
        } catch (RuntimeException | Error unexpected) {
            System.out.flush();
            System.err.println();
            System.err.println("DEMO FAILED: " + unexpected);
            unexpected.printStackTrace();
            status = 1;
        }
        // The HTTP clients' threads would keep the JVM a little longer; the outcome is known.
        System.exit(status);
    }

    /**
     * Plays the demo, printing its timeline to {@code out} as it goes.
     *
     * @return how it went
     * @throws DemoFailure if a step did not go as it should
     */
    static DemoRun run(PrintStream out) {
        long start = System.nanoTime();
        DemoRun run = new Scenario(out, start).run();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        out.println();
        out.println(String.format(Locale.ROOT, "Done in %.1f s: %d timeline entries, %d alerts on the stream.",
                took.toMillis() / 1000.0, run.timeline().size(), run.alerts().size()));
        out.flush();
        return run;
    }
}
