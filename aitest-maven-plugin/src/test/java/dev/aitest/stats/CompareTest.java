package dev.aitest.stats;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompareTest {

    private static final double Z95 = Confidence.z(0.95);
    private static final double Z99 = Confidence.z(0.99);

    @Test
    void behindWhenTheDifferenceClearsItsInterval() {
        // d = 0.1, se = sqrt(0.001 + 0.0005) = 0.0387298: z se = 0.0759 at 95%, 0.0998 at 99%, 0.1271 at z = 3.29
        assertTrue(Compare.behind(0.9, 0.001, 0.8, 0.0005, Z95));
        assertTrue(Compare.behind(0.9, 0.001, 0.8, 0.0005, Z99));
        assertFalse(Compare.behind(0.9, 0.001, 0.8, 0.0005, Confidence.z(0.999)));
    }

    @Test
    void exactlyOnTheEdgeIsNotBehind() {
        // d = 0.25 and z se = 2 * sqrt(0.015625) = 0.25, all exact in binary: d - z se = 0, not > 0
        assertFalse(Compare.behind(0.75, 0.015625, 0.5, 0, 2));
        assertFalse(Compare.behind(0.75, 0, 0.5, 0.015625, 2));
        assertTrue(Compare.behind(0.75, 0.015625, 0.5, 0, 1.999));
    }

    @Test
    void equalOrBetterIsNeverBehind() {
        assertFalse(Compare.behind(0.8, 0.001, 0.8, 0.001, Z95));
        assertFalse(Compare.behind(0.8, 0, 0.8, 0, Z95));
        // one-sided: an agent ahead of the "leader" is not behind it
        assertFalse(Compare.behind(0.5, 0.0001, 0.9, 0.0001, Z95));
        // no variance at all: any gap counts
        assertTrue(Compare.behind(0.8, 0, 0.79, 0, Z95));
    }

    @Test
    void withClusteredRates() {
        int[] leaderPassed = {10, 10, 10, 10, 9, 10, 10, 10, 10, 10};
        int[] agentPassed = {6, 5, 7, 6, 5, 6, 4, 6, 7, 5};
        int[] counted = {10, 10, 10, 10, 10, 10, 10, 10, 10, 10};
        Clustered leader = Clustered.of(leaderPassed, counted, Z95);
        Clustered agent = Clustered.of(agentPassed, counted, Z95);
        assertTrue(Compare.behind(leader.rate(), leader.variance(), agent.rate(), agent.variance(), Z95));
        assertFalse(Compare.behind(agent.rate(), agent.variance(), leader.rate(), leader.variance(), Z95));
        // two strongly clustered agents with similar rates: not separable
        Clustered a = Clustered.of(new int[] {10, 0, 10}, new int[] {10, 10, 10}, Z95);
        Clustered b = Clustered.of(new int[] {10, 0, 8}, new int[] {10, 10, 10}, Z95);
        assertFalse(Compare.behind(a.rate(), a.variance(), b.rate(), b.variance(), Z95));
    }

    @Test
    void negativeVariancesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Compare.behind(0.9, -0.001, 0.8, 0, Z95));
        assertThrows(IllegalArgumentException.class, () -> Compare.behind(0.9, 0, 0.8, Double.NaN, Z95));
    }
}
