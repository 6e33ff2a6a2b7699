package dev.aitest.order;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A test order from a seed that is the same on every machine and file system: the names are sorted first (by
 * {@link String#compareTo}, their UTF-16 code units), so the order in which they were discovered does not matter, then
 * shuffled by Fisher-Yates with {@link SplittableRandom} of the seed (whose sequence is specified by the JDK).
 */
public final class Shuffle {

    private Shuffle() {
    }

    /** {@code names} in the order of {@code seed}; a name given twice appears twice. */
    public static List<String> of(Collection<String> names, long seed) {
        List<String> order = new ArrayList<>(names);
        order.sort(null);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swapped = order.get(i);
            order.set(i, order.get(j));
            order.set(j, swapped);
        }
        return order;
    }
}
