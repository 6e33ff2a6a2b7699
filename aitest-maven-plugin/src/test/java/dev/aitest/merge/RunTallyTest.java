package dev.aitest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.aitest.model.RunOutcome;
import org.junit.jupiter.api.Test;

class RunTallyTest {

    @Test
    void failuresAndErrorsCountTogetherAsFailed() {
        RunTally tally = new RunTally();
        tally.add(RunOutcome.PASSED);
        tally.add(RunOutcome.PASSED);
        tally.add(RunOutcome.FAILED);
        tally.add(RunOutcome.ERROR);
        tally.add(RunOutcome.SKIPPED);

        assertEquals(2, tally.passed());
        assertEquals(2, tally.failed());
        assertEquals(1, tally.skipped());
        assertEquals(5, tally.total());
        assertEquals(50.0, tally.passRate());
    }

    @Test
    void skippedRunsDoNotCountInThePassRate() {
        RunTally tally = new RunTally();
        tally.add(RunOutcome.PASSED);
        tally.add(RunOutcome.SKIPPED);
        tally.add(RunOutcome.ERROR);
        tally.add(RunOutcome.PASSED);

        assertEquals(66.67, tally.passRate());
    }

    @Test
    void anEmptyOrAllSkippedTallyHasNoPassRate() {
        RunTally tally = new RunTally();
        assertEquals(0, tally.total());
        assertNull(tally.passRate());

        tally.add(RunOutcome.SKIPPED);
        assertEquals(1, tally.total());
        assertNull(tally.passRate());
    }
}
