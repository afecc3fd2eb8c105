package kz.utm.geofence.monitor;

import java.util.SplittableRandom;

/**
 * Seeds for the randomized tests: a fresh one per test unless the system property
 * {@code utm.test.seed} fixes it, so a failure printed with its seed can be replayed with
 * {@code -Dutm.test.seed=...}.
 */
final class RandomSeed {

    private static final SplittableRandom SEEDS = new SplittableRandom();

    private RandomSeed() {
    }

    static synchronized long next() {
        Long fixed = Long.getLong("utm.test.seed");
        return fixed != null ? fixed : SEEDS.nextLong();
    }
}
