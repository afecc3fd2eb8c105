package kz.utm.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import kz.utm.examples.demo.DemoAirspace.Spot;
import kz.utm.sdk.wire.TelemetryInput;

/**
 * The drone in the air: where it is, and its next position fix a simulated second later as it
 * flies straight towards a target at a steady ground speed, climbing or descending evenly on
 * the way (as the server draws a leg between two waypoints). It keeps no real time: each fix is
 * stamped one second after the last.
 *
 * <p>Not thread-safe: one thread flies it.
 */
final class SimulatedDrone {

    private static final Duration FIX_INTERVAL = Duration.ofSeconds(1);

    private final double groundSpeedMps;
    private Spot position;
    private Instant time;
    private double headingDegrees;

    /**
     * @param start where it stands
     * @param firstFixAt when its first fix is taken
     * @param groundSpeedMps how fast it flies, metres a second
     */
    SimulatedDrone(Spot start, Instant firstFixAt, double groundSpeedMps) {
        this.position = start;
        this.time = firstFixAt.minus(FIX_INTERVAL);
        this.groundSpeedMps = groundSpeedMps;
    }

    /** Where it is. */
    Spot position() {
        return position;
    }

    /** Whether it has reached the target (horizontally and in altitude). */
    boolean isAt(Spot target) {
        return position.horizontalDistanceTo(target) < 1e-6 && Math.abs(position.altitudeM() - target.altitudeM()) < 1e-6;
    }

    /**
     * Flies one second towards {@code target} (stopping on it if it is closer than a second's
     * flight) and gives the fix taken there.
     */
    TelemetryInput flyTowards(Spot target) {
        double remaining = position.horizontalDistanceTo(target);
        if (remaining > 0) {
            // Degrees clockwise from north, as a compass reads.
            headingDegrees = (Math.toDegrees(Math.atan2(target.east() - position.east(),
                    target.north() - position.north())) + 360) % 360;
        }
        double speed = Math.min(groundSpeedMps, remaining);
        if (remaining <= groundSpeedMps) {
            position = target;
        } else {
            double fraction = groundSpeedMps / remaining;
            position = new Spot(position.east() + (target.east() - position.east()) * fraction,
                    position.north() + (target.north() - position.north()) * fraction,
                    position.altitudeM() + (target.altitudeM() - position.altitudeM()) * fraction);
        }
        time = time.plus(FIX_INTERVAL);
        return new TelemetryInput(time, position.latitude(), position.longitude(), position.altitudeM(),
                Optional.of(speed), Optional.of(headingDegrees), Optional.empty());
    }
}
