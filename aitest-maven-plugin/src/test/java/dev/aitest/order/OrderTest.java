package dev.aitest.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Seeds, shuffles and the polluter search against independent computations and brute force. */
class OrderTest {

    @Test
    void anIterationsSeedIsSplitMix64sOutputForThatIndex() {
        // the first output of SplitMix64 from seed 0, as published with the algorithm
        assertEquals(0xE220A8397B1DCDAFL, Seeds.iteration(0, 1));
        // and the i-th nextLong of the JDK's SplittableRandom from the run's seed, for any seed
        for (long run : new long[] {0, 1, -1, 42, Long.MIN_VALUE, Long.MAX_VALUE, 0x5DEECE66DL}) {
            SplittableRandom random = new SplittableRandom(run);
            for (int i = 1; i <= 50; i++) {
                assertEquals(random.nextLong(), Seeds.iteration(run, i), "run seed " + run + ", iteration " + i);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Seeds.iteration(1, 0));
    }

    @Test
    void theSameSeedGivesTheSameOrderWhateverOrderTheNamesWereFoundIn() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            names.add("com.example.Test" + i);
        }
        List<String> expected = Shuffle.of(names, 7);
        Random random = new Random(1);
        for (int n = 0; n < 100; n++) {
            List<String> found = new ArrayList<>(names);
            Collections.shuffle(found, random);
            assertEquals(expected, Shuffle.of(found, 7));
        }
        assertEquals(new HashSet<>(names), new HashSet<>(expected));
        assertEquals(30, expected.size());
        assertNotEquals(expected, Shuffle.of(names, 8));
    }

    @Test
    void everyOrderIsAboutEquallyLikely() {
        // 3 names over 60,000 seeds: each of the 6 orders 10,000 times, give or take 5 standard deviations (456)
        Map<List<String>, Integer> seen = new HashMap<>();
        for (long seed = 0; seed < 60_000; seed++) {
            seen.merge(Shuffle.of(List.of("c", "a", "b"), Seeds.iteration(99, (int) seed + 1)), 1, Integer::sum);
        }
        assertEquals(6, seen.size());
        for (int count : seen.values()) {
            assertTrue(Math.abs(count - 10_000) < 456, seen.toString());
        }
    }

    @Test
    void thePolluterSearchFindsExactlyTheSetThatMakesTheVictimFail() {
        // fails iff the subset holds every test of a hidden set: the only 1-minimal failing subset is that set
        Random random = new Random(24);
        for (int n = 0; n < 2_000; n++) {
            int size = 1 + random.nextInt(8);
            List<Integer> candidates = range(size);
            Set<Integer> hidden = new HashSet<>();
            for (int i = random.nextInt(Math.min(size, 3) + 1); i > 0; i--) {
                hidden.add(random.nextInt(size));
            }
            Set<List<Integer>> asked = new HashSet<>();
            List<Integer> found = DeltaDebugging.minimize(candidates, subset -> {
                assertTrue(asked.add(subset), "asked twice: " + subset);
                return subset.containsAll(hidden);
            });
            List<Integer> expected = candidates.stream().filter(hidden::contains).toList();
            assertEquals(expected, found, "hidden " + hidden + " of " + size);
        }
    }

    @Test
    void anyFailureConditionGivesASubsetFromWhichNoTestCanBeLeftOut() {
        // a failure condition of no shape at all (a random table of subsets), against brute force
        Random random = new Random(5);
        for (int n = 0; n < 500; n++) {
            int size = 1 + random.nextInt(7);
            List<Integer> candidates = range(size);
            Map<Integer, Boolean> table = new HashMap<>();
            int all = (1 << size) - 1;
            for (int mask = 0; mask <= all; mask++) {
                table.put(mask, mask == all || random.nextInt(4) == 0);
            }
            List<Integer> found = DeltaDebugging.minimize(candidates, subset -> table.get(mask(subset)));
            assertTrue(table.get(mask(found)), "the subset found fails");
            for (Integer left : found) {
                List<Integer> smaller = new ArrayList<>(found);
                smaller.remove(left);
                assertTrue(!table.get(mask(smaller)), "1-minimal: without " + left + " it passes");
            }
            // the smallest sizes first, as brute force finds them: none when it fails alone, one when one suffices
            boolean single = candidates.stream().anyMatch(c -> table.get(1 << c));
            if (table.get(0)) {
                assertEquals(List.of(), found);
            } else if (single) {
                assertEquals(1, found.size());
            } else {
                assertTrue(found.size() >= 2, found.toString());
            }
        }
    }

    @Test
    void nothingToMinimiseWhenAllCandidatesTogetherDoNotFail() {
        assertNull(DeltaDebugging.minimize(List.of("a", "b"), subset -> false));
        assertEquals(List.of(), DeltaDebugging.minimize(List.of(), subset -> true));
    }

    private static List<Integer> range(int size) {
        List<Integer> range = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            range.add(i);
        }
        return range;
    }

    private static int mask(List<Integer> subset) {
        int mask = 0;
        for (int i : subset) {
            mask |= 1 << i;
        }
        return mask;
    }
}
