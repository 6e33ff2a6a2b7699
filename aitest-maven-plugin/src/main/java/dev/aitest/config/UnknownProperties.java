package dev.aitest.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code aitest.*} properties a build was given that no goal reads. Maven hands a goal only the properties its
 * parameters name, so {@code -Daitest.iteratons=3} would run one iteration without a word: each such name gets a
 * warning with the closest known name. The value is never shown: a mistyped key property holds a key.
 */
public final class UnknownProperties {

    /**
     * Names that are no goal's parameter but that aitest gives the test JVMs, which {@code aitest-runtime} reads:
     * a build that sets them is not mistaken.
     */
    public static final Set<String> FOR_THE_TESTS = Set.of("aitest.iteration", "aitest.iterations",
            "aitest.sidecarDir");

    private UnknownProperties() {
    }

    /**
     * One warning for each name of {@code given} that starts with {@code aitest.} and is not {@code known} (nor one of
     * {@link #FOR_THE_TESTS}), in the order of the names.
     *
     * @param given the names of the properties given on the command line
     * @param known the properties of the plugin's goals
     */
    public static List<String> warnings(Collection<String> given, Set<String> known) {
        Set<String> all = new TreeSet<>(known);
        all.addAll(FOR_THE_TESTS);
        List<String> warnings = new ArrayList<>();
        for (String name : new TreeSet<>(given)) {
            if (name.startsWith("aitest.") && !all.contains(name)) {
                warnings.add("aitest: -D" + name + " is not a property of any aitest goal, so it is ignored; did you mean "
                        + closest(name, all) + "? (mvn dev.aitest:aitest-maven-plugin:help -Ddetail lists them)");
            }
        }
        return warnings;
    }

    /** The name of {@code known} fewest edits away from {@code name}, ignoring case; the first in order on a tie. */
    static String closest(String name, Set<String> known) {
        String best = null;
        int fewest = Integer.MAX_VALUE;
        for (String candidate : known) {
            int edits = edits(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (edits < fewest) {
                fewest = edits;
                best = candidate;
            }
        }
        return best;
    }

    /** The Levenshtein distance: insertions, deletions and substitutions, each counting one. */
    static int edits(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
