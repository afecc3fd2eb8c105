package kz.utm.benchmarks.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import kz.utm.core.telemetry.TelemetryInput;

/**
 * The telemetry every ingest contender writes: {@value #BATCHES} batches of {@value #BATCH} points,
 * batch {@code k} a flight of drone {@code k % drones} at 1 Hz near Almaty. Frozen by its seed, so
 * every contender and every run writes the same values; only the ids are each contender's own.
 *
 * <p>Immutable and thread-safe.
 */
public final class IngestData {

    /** Points in a batch, and rows per transaction of the batched contenders. */
    public static final int BATCH = 1_000;

    /** How many different batches there are; a run cycles through them. */
    public static final int BATCHES = 64;

    private static final long SEED = 0x4B5A494E47455354L;
    private static final String[] STATUSES = {"ON_SCHEDULE", "ON_SCHEDULE", "ON_SCHEDULE", "DEVIATED", "NFZ_ALERT"};

    /** One drone's flight, the points in the order the drone reports them. */
    public record Batch(int drone, List<TelemetryInput> points) {
        public Batch {
            points = List.copyOf(points);
        }
    }

    private final List<Batch> batches;

    private IngestData(List<Batch> batches) {
        this.batches = List.copyOf(batches);
    }

    /**
     * The frozen data for {@code drones} drones, its points stamped in the hour before {@code end}.
     *
     * @throws IllegalArgumentException if {@code drones} is not positive
     */
    public static IngestData generate(int drones, Instant end) {
        if (drones < 1) {
            throw new IllegalArgumentException("drones must be positive, was " + drones);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        // Whole milliseconds, as drones stamp their points: every contender stores them exactly.
        Instant start = end.truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofHours(1));
        List<Batch> batches = new ArrayList<>(BATCHES);
        for (int k = 0; k < BATCHES; k++) {
            batches.add(new Batch(k % drones, flight(random, start.plusSeconds(k))));
        }
        return new IngestData(batches);
    }

    // A random walk in heading and speed: realistic spreads of values, nothing the schema refuses.
    private static List<TelemetryInput> flight(SplittableRandom random, Instant start) {
        double lat = 43.24 + random.nextDouble(-0.2, 0.2);
        double lon = 76.95 + random.nextDouble(-0.3, 0.3);
        double heading = random.nextDouble(0, 360);
        double speed = random.nextDouble(8, 25);
        double altitude = 0;
        List<TelemetryInput> points = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            heading = (heading + random.nextDouble(-5, 5) + 360) % 360;
            speed = Math.max(0, Math.min(25, speed + random.nextDouble(-0.5, 0.5)));
            altitude = Math.min(120, altitude + 3);
            lat += speed * Math.cos(Math.toRadians(heading)) / 110_574;
            lon += speed * Math.sin(Math.toRadians(heading)) / (111_320 * Math.cos(Math.toRadians(lat)));
            // Some points lack the optional columns, as real reports do.
            boolean full = random.nextInt(10) != 0;
            points.add(new TelemetryInput(start.plusSeconds(i), lat, lon, altitude,
                    full ? Optional.of(speed) : Optional.empty(), full ? Optional.of(heading) : Optional.empty(),
                    full ? Optional.of(STATUSES[random.nextInt(STATUSES.length)]) : Optional.empty()));
        }
        return points;
    }

    /** Batch {@code k mod BATCHES}. */
    public Batch batch(long k) {
        return batches.get((int) Math.floorMod(k, (long) BATCHES));
    }

    /** Row {@code r mod (BATCHES x BATCH)}: row {@code r % BATCH} of batch {@code r / BATCH}. */
    public TelemetryInput row(long r) {
        return batch(r / BATCH).points().get((int) Math.floorMod(r, (long) BATCH));
    }

    /** The drone of row {@code r}. */
    public int droneOfRow(long r) {
        return batch(r / BATCH).drone();
    }
}
