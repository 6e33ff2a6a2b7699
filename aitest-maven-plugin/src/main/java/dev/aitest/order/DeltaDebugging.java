package dev.aitest.order;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds a smallest set of tests that, run before a victim, makes it fail: the polluters of an order-dependent test.
 * First none (a victim that fails alone has no polluter), then each candidate alone (one polluter is the usual
 * case, and costs at most n runs); failing that, the ddmin
 * algorithm of Zeller and Hildebrandt ("Simplifying and isolating failure-inducing input", IEEE TSE 28(2), 2002),
 * which returns a 1-minimal subset: one from which no single test can be removed without the victim passing.
 * Candidates keep their relative order in every subset tried, as they ran.
 */
public final class DeltaDebugging {

    private DeltaDebugging() {
    }

    /**
     * A 1-minimal subset of {@code candidates} for which {@code fails} holds, in their order; null when it does not
     * hold for all of them (nothing to minimise). {@code fails} is called at most once per distinct subset.
     */
    public static <T> List<T> minimize(List<T> candidates, Predicate<List<T>> fails) {
        Predicate<List<T>> remembered = new Remembered<>(fails);
        if (!remembered.test(candidates)) {
            return null;
        }
        if (candidates.isEmpty() || remembered.test(List.of())) {
            // it fails with none of them before it: no polluter
            return List.of();
        }
        for (T candidate : candidates) {
            if (remembered.test(List.of(candidate))) {
                return List.of(candidate);
            }
        }
        List<T> current = List.copyOf(candidates);
        int parts = 2;
        while (current.size() >= 2) {
            List<List<T>> chunks = split(current, parts);
            boolean reduced = false;
            for (List<T> chunk : chunks) {
                if (remembered.test(chunk)) {
                    current = chunk;
                    parts = 2;
                    reduced = true;
                    break;
                }
            }
            if (!reduced) {
                for (List<T> chunk : chunks) {
                    List<T> complement = without(current, chunk);
                    if (remembered.test(complement)) {
                        current = complement;
                        parts = Math.max(parts - 1, 2);
                        reduced = true;
                        break;
                    }
                }
            }
            if (!reduced) {
                if (parts >= current.size()) {
                    break;
                }
                parts = Math.min(current.size(), 2 * parts);
            }
        }
        return current;
    }

    private static <T> List<List<T>> split(List<T> list, int parts) {
        List<List<T>> chunks = new ArrayList<>(parts);
        int start = 0;
        for (int i = 0; i < parts; i++) {
            int end = start + (list.size() - start) / (parts - i);
            chunks.add(List.copyOf(list.subList(start, end)));
            start = end;
        }
        return chunks;
    }

    private static <T> List<T> without(List<T> list, List<T> chunk) {
        List<T> rest = new ArrayList<>(list);
        rest.removeAll(chunk);
        return List.copyOf(rest);
    }

    /** Each subset's answer, asked once. */
    private static final class Remembered<T> implements Predicate<List<T>> {
        private final Predicate<List<T>> fails;
        private final Map<List<T>, Boolean> answers = new HashMap<>();

        Remembered(Predicate<List<T>> fails) {
            this.fails = fails;
        }

        @Override
        public boolean test(List<T> subset) {
            return answers.computeIfAbsent(List.copyOf(subset), fails::test);
        }
    }
}
