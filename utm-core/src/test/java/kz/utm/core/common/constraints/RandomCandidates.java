package kz.utm.core.common.constraints;

import java.util.SplittableRandom;

/** Damages valid-looking strings at random, for the randomized constraint tests. */
final class RandomCandidates {

    /** Characters that look like they might belong in a number but must not be accepted. */
    private static final String INTRUDERS = "a -+.\u0660\u0665\uff10\uff19\n";

    private RandomCandidates() {
    }

    /**
     * Returns {@code text} unchanged two times in three; otherwise with one character replaced by
     * a random intruder or digit, a character inserted, or a character dropped.
     */
    static String mutate(String text, SplittableRandom random) {
        if (random.nextInt(3) != 0 || text.isEmpty()) {
            return text;
        }
        int at = random.nextInt(text.length());
        StringBuilder damaged = new StringBuilder(text);
        switch (random.nextInt(4)) {
            case 0 -> damaged.setCharAt(at, INTRUDERS.charAt(random.nextInt(INTRUDERS.length())));
            case 1 -> damaged.setCharAt(at, (char) ('0' + random.nextInt(10)));
            case 2 -> damaged.insert(at, (char) ('0' + random.nextInt(10)));
            default -> damaged.deleteCharAt(at);
        }
        return damaged.toString();
    }
}
