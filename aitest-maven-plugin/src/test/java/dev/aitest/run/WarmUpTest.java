package dev.aitest.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.model.Results;
import dev.aitest.model.TestOutcome;
import dev.aitest.report.ResultsJson;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    @Test
    void theSampleHoldsAFlakyTestWithAFailureSoThatEveryWriterPathIsTaken() throws IOException {
        Results sample = WarmUp.sample();

        assertEquals(1, sample.tests().size());
        assertEquals(TestOutcome.FLAKY, sample.tests().get(0).outcome());
        assertEquals("expected: <1> but was: <2>", sample.tests().get(0).iterations().get(1).message());
        assertTrue(ResultsJson.render(sample).contains("\"outcome\" : \"flaky\""));
    }
}
