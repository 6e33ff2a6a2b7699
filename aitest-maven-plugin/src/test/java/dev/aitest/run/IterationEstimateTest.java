package dev.aitest.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aitest.cost.Pricing;
import dev.aitest.merge.SidecarReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The time left and the cost so far that each iteration's line says. */
class IterationEstimateTest {

    @TempDir
    Path dir;

    private SidecarReader.Sidecars cost(double usd) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("s" + System.nanoTime()));
        Files.writeString(folder.resolve("jvm-1.jsonl"),
                "{\"className\":\"c.T\",\"name\":\"t\",\"kind\":\"cost\",\"usd\":" + usd + "}\n");
        return new SidecarReader().read(folder, 1);
    }

    /** 2,000 iterations of a one-test suite took 47 minutes without a word of how long was left. */
    @Test
    void theTimeLeftIsTheMeanSoFarTimesTheIterationsToCome() {
        IterationEstimate estimate = new IterationEstimate(2000, 1, Pricing.builtIn());

        // 1.4 s x 1,999
        assertEquals("; about 46 min 38 s left (1999 iterations)", estimate.ended(1_400, SidecarReader.Sidecars.none()));
        // mean 1.5 s x 1,998
        assertEquals("; about 49 min 57 s left (1998 iterations)", estimate.ended(1_600, SidecarReader.Sidecars.none()));
    }

    @Test
    void parallelIterationsShareTheTimeLeftAndTheLastOneSaysNoTime() {
        IterationEstimate estimate = new IterationEstimate(3, 2, Pricing.builtIn());

        assertEquals("; about 1.0 s left (2 iterations)", estimate.ended(1_000, SidecarReader.Sidecars.none()));
        assertEquals("; about 2.0 s left (1 iteration)", estimate.ended(3_000, SidecarReader.Sidecars.none()));
        assertEquals("", estimate.ended(2_000, SidecarReader.Sidecars.none()));
    }

    @Test
    void withRecordedUsageTheCostSoFarIsSaid() throws IOException {
        IterationEstimate estimate = new IterationEstimate(2, 1, Pricing.builtIn());

        assertEquals("; about 500 ms left (1 iteration), $0.0100 recorded so far", estimate.ended(500, cost(0.01)));
        assertEquals("; $0.0100 recorded so far", estimate.ended(500, cost(0.0000015)));
        IterationEstimate tiny = new IterationEstimate(1, 1, Pricing.builtIn());
        assertEquals("; $0.000002 recorded so far", tiny.ended(500, cost(0.000002)));
    }
}
