package dev.aitest.order;

/**
 * The seed of each iteration's test order ({@code aitest.order=random}), derived from the run's seed
 * ({@code aitest.seed}) so that any iteration can be run again alone, on any machine: seed(i) = mix(runSeed + i x
 * 0x9E3779B97F4A7C15), where mix is SplitMix64's finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom
 * number generators", OOPSLA 2014): z = (z ^ (z >>> 30)) x 0xBF58476D1CE4E5B9; z = (z ^ (z >>> 27)) x
 * 0x94D049BB133111EB; z ^ (z >>> 31), in 64-bit arithmetic. It is the value {@code new SplittableRandom(runSeed)}
 * would give as its i-th {@code nextLong()}, written out so that the rule does not depend on a JDK's choice.
 */
public final class Seeds {

    /** The golden-ratio increment of SplitMix64. */
    static final long GAMMA = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /** The seed of iteration {@code iteration} (1-based) of a run with seed {@code runSeed}. */
    public static long iteration(long runSeed, int iteration) {
        if (iteration < 1) {
            throw new IllegalArgumentException("iterations count from 1, got " + iteration);
        }
        return mix(runSeed + iteration * GAMMA);
    }

    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
