package dev.aitest.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.cost.Pricing;
import dev.aitest.merge.IterationData;
import dev.aitest.merge.IterationReports;
import dev.aitest.model.StoppedEarly;
import dev.aitest.port.RecordingConsole;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BudgetPermitTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final RecordingConsole console = new RecordingConsole();

    private static IterationTask.Finished took(int index, long millis) {
        return new IterationTask.Finished(new IterationData(index, millis, null,
                new IterationReports(List.of(), List.of())));
    }

    @Test
    void noIterationStartsThatIsExpectedToEndPastTheTimeBudget() {
        BudgetPermit gate = new BudgetPermit(new Budget(null, 100_000L), 10, Pricing.builtIn(), console, now::get);

        assertTrue(gate.mayStart(1), "nothing to expect before the first iteration");
        now.addAndGet(30_000);
        gate.ended(took(1, 30_000));
        assertTrue(gate.mayStart(2), "30 s + 30 s <= 100 s");
        now.addAndGet(40_000);
        gate.ended(took(2, 40_000));
        // 70 s gone, the mean is 35 s: the third would end at 105 s
        assertFalse(gate.mayStart(3));
        assertEquals(new StoppedEarly("time", 2, null, null, 70_000, 100_000L, 35_000L), gate.stoppedEarly());
        assertEquals(List.of("aitest: the next iteration, expected to take 35.0 s as the ones before did, would end "
                + "105.0 s after the start, past aitest.maxDuration (100.0 s); no further iteration starts, and the run "
                + "ends with the 2 of 10 iterations that ran"), console.warn);
        assertFalse(gate.mayStart(4), "once stopped, stopped");
        assertEquals(1, console.warn.size());
    }

    @Test
    void withoutABudgetEveryIterationStarts() {
        BudgetPermit gate = new BudgetPermit(Budget.NONE, 3, Pricing.builtIn(), console, now::get);
        for (int i = 1; i <= 3; i++) {
            assertTrue(gate.mayStart(i));
            gate.ended(took(i, 1_000_000));
        }
        assertNull(gate.stoppedEarly());
    }

    @Test
    void aCostBudgetWithoutRecordedCostNeverStops() {
        BudgetPermit gate = new BudgetPermit(new Budget(0.01, null), 3, Pricing.builtIn(), console, now::get);
        gate.mayStart(1);
        gate.ended(took(1, 10));
        assertTrue(gate.mayStart(2));
    }
}
