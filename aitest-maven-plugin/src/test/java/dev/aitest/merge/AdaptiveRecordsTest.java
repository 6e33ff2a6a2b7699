package dev.aitest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.fixture.Fixture;
import dev.aitest.model.AdaptiveSummary;
import dev.aitest.model.Run;
import dev.aitest.model.Settled;
import dev.aitest.model.SettledBy;
import dev.aitest.model.TestKind;
import dev.aitest.model.TestResult;
import dev.aitest.store.IterationRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdaptiveRecordsTest {

    private static IterationData iteration(int index, IterationRecord.Adaptive adaptive) {
        return new IterationData(null, null, new IterationRecord(index, TestKind.TEST, 10, null, false, false, 0,
                adaptive, null), new IterationReports(List.of(), List.of()), SidecarReader.Sidecars.none());
    }

    /**
     * At most 4 iterations: x stopped after 1 (determined, with the overall rate); y ran alone in 2 and did not
     * settle. x's one run cost $0.003, so its 3 runs not made would have cost about $0.009; 3 of 8 runs were made.
     */
    @Test
    void theSectionCountsRunsMadeAgainstTheFixedRunAndPricesTheRunsNotMade() {
        AdaptiveRecords records = new AdaptiveRecords();
        records.add("s", iteration(1, new IterationRecord.Adaptive(1, 4, null,
                Map.of("a.B#x", SettledBy.DETERMINED), SettledBy.DETERMINED)));
        records.add("s", iteration(2, new IterationRecord.Adaptive(1, 4, "a.B#y", Map.of(), null)));
        Run costly = Fixture.runs("P").get(0).withUsage(null, List.of("m"), 10L, 5L, 0.003, null);
        TestResult x = Fixture.test("a.B#x", List.of(costly)).withSettled(records.settled("s", "a.B#x"));
        TestResult y = Fixture.test("a.B#y", "PP").withSettled(records.settled("s", "a.B#y"));

        assertEquals(new Settled(1, SettledBy.DETERMINED), x.settled());
        assertEquals(Settled.NONE, y.settled());
        assertTrue(records.ran("s", 1, "a.B", "x"));
        assertFalse(records.ran("s", 2, "a.B", "x"));
        assertTrue(records.ran("s", 2, "a.B", "y"));
        assertTrue(records.ran("other", 2, "a.B", "x"));
        assertEquals(new AdaptiveSummary(1, 4, 3, 8, 62.5, 0.009, 1, 0, List.of("a.B#y"),
                List.of(new AdaptiveSummary.Overall(null, TestKind.TEST, 1, SettledBy.DETERMINED, 1))),
                records.summary(List.of(x, y), identity -> "s"));
    }

    @Test
    void aSavingIsRoundedDownAndAFixedRunHasNoSection() {
        AdaptiveRecords records = new AdaptiveRecords();
        assertNull(records.summary(List.of(Fixture.test("a.B#x", "PP")), identity -> "s"));
        records.add("s", iteration(1, new IterationRecord.Adaptive(1, 3, null, Map.of(), null)));
        // 2 of 3 runs made: 33.333...% saved, written 33.33; the overall rate counts the last iteration seen
        AdaptiveSummary summary = records.summary(List.of(Fixture.test("a.B#x", "PP")), identity -> "s");
        assertEquals(33.33, summary.savedPercent());
        assertEquals(List.of(new AdaptiveSummary.Overall(null, TestKind.TEST, null, null, 1)), summary.overall());
    }
}
