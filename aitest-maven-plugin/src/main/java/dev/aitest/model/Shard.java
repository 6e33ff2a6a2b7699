package dev.aitest.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The share of a run's iterations one CI job runs ({@code aitest.shard=i/n}): a contiguous range, as even as possible,
 * the first shards one longer when N does not divide evenly (10 iterations over 4 shards: 1-3, 4-6, 7-8, 9-10).
 *
 * @param index i, 1-based
 * @param count n
 * @param first the first iteration it runs (global index)
 * @param last the last iteration it runs
 */
public record Shard(int index, int count, int first, int last) {

    /**
     * Shard {@code index} of {@code count} over {@code iterations} iterations.
     *
     * @throws IllegalArgumentException unless 1 &lt;= index &lt;= count &lt;= iterations
     */
    public static Shard of(int index, int count, int iterations) {
        if (index < 1 || index > count || count > iterations) {
            throw new IllegalArgumentException("need 1 <= i <= n <= N, got " + index + "/" + count + " of " + iterations);
        }
        int base = iterations / count;
        int extra = iterations % count;
        int first = (index - 1) * base + Math.min(index - 1, extra) + 1;
        int size = base + (index <= extra ? 1 : 0);
        return new Shard(index, count, first, first + size - 1);
    }

    /** The iterations it runs, in order. */
    public List<Integer> iterationList() {
        List<Integer> list = new ArrayList<>(last - first + 1);
        for (int i = first; i <= last; i++) {
            list.add(i);
        }
        return list;
    }

    /** "shard 2/4 (iterations 4-6 of 10)". */
    public String describe(int iterations) {
        return "shard " + index + "/" + count + " (iteration" + (first == last ? " " + first : "s " + first + "-" + last)
                + " of " + iterations + ")";
    }
}
