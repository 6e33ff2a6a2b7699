package dev.aitest.runtime.order;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The shuffle of {@code aitest.order=random}: the items sorted by name first, so the order in which they were
 * discovered (file system, reflection) does not matter, then shuffled by Fisher-Yates with {@link SplittableRandom} of
 * the seed, whose sequence the JDK specifies: the same seed gives the same order on every machine. The plugin's
 * {@code dev.aitest.order.Shuffle} does the same for names.
 */
final class SeededOrder {

    /** The system property that carries an iteration's seed to the test JVM. */
    static final String SEED_PROPERTY = "aitest.orderSeed";

    private SeededOrder() {
    }

    /** The iteration's seed, or null when the plugin set none (the project's own order then stays). */
    static Long seed() {
        String value = System.getProperty(SEED_PROPERTY);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Sorts {@code items} by {@code name}, then shuffles them with {@code seed}, in place. */
    static <T> void shuffle(List<T> items, java.util.function.Function<T, String> name, long seed) {
        items.sort(Comparator.comparing(name));
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = items.size() - 1; i > 0; i--) {
            Collections.swap(items, i, random.nextInt(i + 1));
        }
    }
}
