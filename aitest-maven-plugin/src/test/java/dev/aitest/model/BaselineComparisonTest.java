package dev.aitest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The baseline section as results.json holds it. */
class BaselineComparisonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private static BaselineComparison sample() {
        return new BaselineComparison(new BaselineSource("aitest-baseline.json", null, 5), 0.95,
                new BaselineOverall(-12.5, -30.01, 5.02, 4, false, false),
                new BaselineCounts(1, 0, 1, 2, 1, 1),
                List.of(new BaselineAgent("planner", -25.0, null, null, 1, false, false)),
                List.of(new TestChange("x.ATest#a", null, null, BaselineChange.REGRESSED, BaselineRuns.of(20, 20),
                                BaselineRuns.of(10, 20), 0.00021795989537925023, 0.002179598953792502),
                        new TestChange("x.FlowIT#b", "core", TestKind.INTEGRATION_TEST, BaselineChange.CHANGED,
                                BaselineRuns.of(0, 0), BaselineRuns.of(2, 3), null, null),
                        new TestChange("x.ATest#n", null, null, BaselineChange.NEW, null, BaselineRuns.of(1, 1), null,
                                null),
                        new TestChange("x.ATest#r", null, null, BaselineChange.REMOVED, BaselineRuns.of(0, 1), null,
                                null, null)));
    }

    @Test
    void itIsWrittenWithItsSchemaNamesInOrderAndWithoutAbsentValues() throws IOException {
        assertEquals("{\"source\":{\"path\":\"aitest-baseline.json\",\"iterations\":5},\"confidence\":0.95,"
                + "\"overall\":{\"difference\":-12.5,\"differenceLow\":-30.01,\"differenceHigh\":5.02,"
                + "\"matchedTests\":4,"
                + "\"regressed\":false,\"improved\":false},"
                + "\"counts\":{\"regressed\":1,\"improved\":0,\"changed\":1,\"unchanged\":2,\"new\":1,\"removed\":1},"
                + "\"agents\":[{\"agent\":\"planner\",\"difference\":-25.0,\"matchedTests\":1,\"regressed\":false,"
                + "\"improved\":false}],"
                + "\"tests\":["
                + "{\"id\":\"x.ATest#a\",\"change\":\"regressed\","
                + "\"before\":{\"passedRuns\":20,\"countedRuns\":20,\"passRate\":100.0},"
                + "\"after\":{\"passedRuns\":10,\"countedRuns\":20,\"passRate\":50.0},"
                + "\"pValue\":2.1795989537925023E-4,\"adjustedPValue\":0.002179598953792502},"
                + "{\"id\":\"x.FlowIT#b\",\"module\":\"core\",\"kind\":\"integration-test\",\"change\":\"changed\","
                + "\"before\":{\"passedRuns\":0,\"countedRuns\":0,\"passRate\":null},"
                + "\"after\":{\"passedRuns\":2,\"countedRuns\":3,\"passRate\":66.67}},"
                + "{\"id\":\"x.ATest#n\",\"change\":\"new\",\"after\":{\"passedRuns\":1,\"countedRuns\":1,"
                + "\"passRate\":100.0}},"
                + "{\"id\":\"x.ATest#r\",\"change\":\"removed\",\"before\":{\"passedRuns\":0,\"countedRuns\":1,"
                + "\"passRate\":0.0}}]}", mapper.writeValueAsString(sample()));
    }

    @Test
    void itReadsBackEqual() throws IOException {
        BaselineComparison original = sample();

        assertEquals(original, mapper.readValue(mapper.writeValueAsString(original), BaselineComparison.class));
    }

    @Test
    void withoutAgentsTheyAreLeftOutAndNoOverlapIsToldByTheCounts() throws IOException {
        BaselineComparison none = new BaselineComparison(new BaselineSource("old/results.json",
                "2024-05-01T10:15:30Z", 3), null, new BaselineOverall(null, null, null, 0, false, false),
                new BaselineCounts(0, 0, 0, 0, 2, 3), null, null);

        assertEquals("{\"source\":{\"path\":\"old/results.json\",\"startedAt\":\"2024-05-01T10:15:30Z\","
                + "\"iterations\":3},\"overall\":{\"matchedTests\":0,\"regressed\":false,\"improved\":false},"
                + "\"counts\":{\"regressed\":0,\"improved\":0,\"changed\":0,\"unchanged\":0,\"new\":2,\"removed\":3},"
                + "\"tests\":[]}", mapper.writeValueAsString(none));
        assertTrue(none.sharesNoTest());
        assertEquals(0, none.counts().matched());
        assertFalse(sample().sharesNoTest());
        assertEquals(4, sample().counts().matched());
    }
}
