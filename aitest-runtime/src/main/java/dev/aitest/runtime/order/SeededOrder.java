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
    /**
     * The system property that names the tests of a run in the order they are to run, as Surefire's {@code test}
     * parameter names tests but in that order: {@code com.x.A#b,com.x.C#d}; the plugin sets it for the runs that
     * classify a flaky test and for {@code aitest.order=listed}.
     */
    static final String LISTED_PROPERTY = "aitest.testOrder";

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

    /**
     * The position of each listed entry ({@code Class} or {@code Class#method}), first listing first; null when the
     * plugin listed no order.
     */
    static java.util.Map<String, Integer> listed() {
        String value = System.getProperty(LISTED_PROPERTY);
        if (value == null || value.isBlank()) {
            return null;
        }
        java.util.Map<String, Integer> positions = new java.util.HashMap<>();
        for (String entry : value.split(",")) {
            String trimmed = entry.trim();
            if (!trimmed.isEmpty()) {
                positions.putIfAbsent(trimmed, positions.size());
                int hash = trimmed.indexOf('#');
                if (hash > 0) {
                    positions.putIfAbsent(trimmed.substring(0, hash), positions.size());
                }
            }
        }
        return positions;
    }

    /**
     * Puts {@code items} in the order of {@code positions}, stably: each is found by its class ({@code type}), listed
     * by its binary name or, as {@code -Dtest} allows, its simple name, and {@code suffix} ("" for the class,
     * {@code #method} for a method); the items not listed go last, in the order they had.
     */
    static <T> void list(List<T> items, java.util.function.Function<T, Class<?>> type,
            java.util.function.Function<T, String> suffix, java.util.Map<String, Integer> positions) {
        items.sort(Comparator.comparingInt(item -> {
            Class<?> owner = type.apply(item);
            Integer at = positions.get(owner.getName() + suffix.apply(item));
            if (at == null) {
                at = positions.get(owner.getSimpleName() + suffix.apply(item));
            }
            return at == null ? Integer.MAX_VALUE : at;
        }));
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
