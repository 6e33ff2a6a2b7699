package dev.aitest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.aitest.cost.Pricing;
import dev.aitest.model.AgentStats;
import dev.aitest.model.Environment;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.RunOutcome;
import dev.aitest.model.TestCase;
import dev.aitest.model.TestResult;
import dev.aitest.store.ResultsJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tokens, cost, agents and metrics from aitest-runtime's sidecars, merged with the Surefire results. */
class AggregatorUsageTest {

    private final Aggregator aggregator = new Aggregator(Pricing.builtIn());

    /** Builds one iteration's sidecars. */
    private static final class Records {
        final Map<String, RecordedUsage> byTest = new HashMap<>();
        final RecordedUsage unattributed = new RecordedUsage();

        RecordedUsage of(String id) {
            return byTest.computeIfAbsent(id, k -> new RecordedUsage());
        }

        SidecarReader.Sidecars sidecars() {
            return new SidecarReader.Sidecars(byTest, unattributed, List.of());
        }
    }

    private static TestCase test(String id, int iteration, RunOutcome outcome) {
        String[] parts = id.split("#");
        return new TestCase(parts[0], parts[1], new Run(iteration, outcome, 10, null, null, null));
    }

    private void iteration(int index, String crash, Records records, TestCase... cases) {
        aggregator.add(new IterationData(index, 100, crash, new IterationReports(List.of(cases), List.of()),
                records.sidecars()));
    }

    private static TestResult find(Aggregator.Merged merged, String id) {
        return merged.tests().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Latencies come with usage records (the adapters time each call): iteration 1 has two timed calls of 100 and
     * 300 ms and one untimed, iteration 2 one of 50 ms. Per run the calls and their total; per test and overall the
     * mean per timed call, (100 + 300 + 50) / 3 = 150.
     */
    @Test
    void latenciesAreAddedPerRunAndAveragedPerCall() throws Exception {
        Records first = new Records();
        first.of("c.Chat#answers").usage("gpt-4o", 10, 1);
        first.of("c.Chat#answers").latency(100);
        first.of("c.Chat#answers").usage("gpt-4o", 10, 1);
        first.of("c.Chat#answers").latency(300);
        first.of("c.Chat#answers").usage("gpt-4o", 10, 1);
        Records second = new Records();
        second.of("c.Chat#answers").usage("gpt-4o", 10, 1);
        second.of("c.Chat#answers").latency(50);
        iteration(1, null, first, test("c.Chat#answers", 1, RunOutcome.PASSED), test("c.Other#plain", 1, RunOutcome.PASSED));
        iteration(2, null, second, test("c.Chat#answers", 2, RunOutcome.PASSED), test("c.Other#plain", 2, RunOutcome.PASSED));

        Aggregator.Merged merged = aggregator.merge();

        TestResult chat = find(merged, "c.Chat#answers");
        assertEquals(2, chat.iterations().get(0).usage().calls());
        assertEquals(400L, chat.iterations().get(0).usage().latencyMs());
        assertEquals(1, chat.iterations().get(1).usage().calls());
        assertEquals(150L, chat.usage().meanLatencyMs());
        assertEquals(null, find(merged, "c.Other#plain").usage().meanLatencyMs());
        assertEquals(150L, merged.totals().usage().meanLatencyMs());
        java.nio.file.Path file = java.nio.file.Files.createTempFile("aitest-latency", ".json");
        dev.aitest.store.ResultsJson.write(merged.results(2, 80, "2026-12-02T10:00:00Z", 1,
                new dev.aitest.model.Environment("3.9.16", "3.5.4", "17"), null), file);
        String written = java.nio.file.Files.readString(file).replaceAll("\\s", "");
        java.nio.file.Files.delete(file);
        assertTrue(written.contains("\"calls\":2,\"latencyMs\":400"), written);
        assertTrue(written.contains("\"meanLatencyMs\":150"), written);
    }

    @Test
    void tokensAndComputedCostPerRunTestAndSummary() {
        Records first = new Records();
        first.of("c.Chat#answers").usage("gpt-4o", 1_000, 200);
        first.of("c.Chat#answers").usage("gpt-4o", 1_000, 200);
        first.of("c.Chat#answers").agent("baseline");
        Records second = new Records();
        second.of("c.Chat#answers").usage("gpt-4o-mini", 10_000, 1_000);
        second.of("c.Chat#answers").agent("baseline");
        second.of("c.Chat#answers").metric("judgeScore", 0.8);
        iteration(1, null, first, test("c.Chat#answers", 1, RunOutcome.PASSED), test("c.Other#plain", 1, RunOutcome.PASSED));
        iteration(2, null, second, test("c.Chat#answers", 2, RunOutcome.FAILED), test("c.Other#plain", 2, RunOutcome.PASSED));

        Aggregator.Merged merged = aggregator.merge();

        TestResult chat = find(merged, "c.Chat#answers");
        Run one = chat.iterations().get(0);
        assertEquals("gpt-4o", one.usage().model());
        assertEquals(List.of("gpt-4o"), one.usage().models());
        assertEquals(2_000L, one.usage().inputTokens());
        assertEquals(400L, one.usage().outputTokens());
        assertEquals(2_400L, one.usage().tokens());
        // 2,000 x $2.50 / M + 400 x $10 / M
        assertEquals(0.009, one.usage().costUsd());
        assertEquals("baseline", one.usage().agent());
        assertNull(one.usage().metrics());
        Run two = chat.iterations().get(1);
        // 10,000 x $0.15 / M + 1,000 x $0.60 / M
        assertEquals(0.0021, two.usage().costUsd());
        assertEquals(Map.of("judgeScore", 0.8), two.usage().metrics());
        assertEquals(13_400L, chat.usage().tokens());
        assertEquals(0.0111, chat.usage().costUsd());
        assertEquals("baseline", chat.usage().agent());

        TestResult plain = find(merged, "c.Other#plain");
        assertNull(plain.usage().tokens());
        assertNull(plain.usage().costUsd());
        assertNull(plain.usage().agent());
        assertNull(plain.iterations().get(0).usage().tokens());

        assertEquals(13_400L, merged.totals().usage().tokens());
        assertEquals(0.0111, merged.totals().usage().costUsd());
        assertEquals(List.of(), merged.unpricedModels());
        assertNull(merged.unattributed());
    }

    /**
     * AiTest.recordCost(1e308) twice and Long.MAX_VALUE tokens twice are legal records: every sum (per run, per test,
     * per agent, unattributed, the totals) saturates instead of overflowing to infinity, which made Money.round throw
     * NumberFormatException after all iterations, or wrapping to a negative count; and the results still write and
     * read back as JSON.
     */
    @Test
    void hugeCostsAndTokensSaturateInEverySum() throws Exception {
        Records first = new Records();
        first.of("c.Chat#answers").cost(1e308);
        first.of("c.Chat#answers").cost(1e308);
        first.of("c.Chat#answers").usage("gpt-4o", Long.MAX_VALUE, 0);
        first.of("c.Chat#answers").usage("gpt-4o", Long.MAX_VALUE, Long.MAX_VALUE);
        first.of("c.Chat#answers").agent("big");
        first.unattributed.usage("unknown-model", Long.MAX_VALUE, Long.MAX_VALUE);
        first.unattributed.cost(1e308);
        Records second = new Records();
        second.of("c.Chat#answers").cost(1e308);
        second.of("c.Chat#answers").usage("gpt-4o", Long.MAX_VALUE - 1, 1);
        second.of("c.Chat#answers").agent("big");
        second.of("c.Other#priced").usage("gpt-4o", Long.MAX_VALUE, Long.MAX_VALUE);
        iteration(1, null, first, test("c.Chat#answers", 1, RunOutcome.PASSED));
        iteration(2, null, second, test("c.Chat#answers", 2, RunOutcome.PASSED),
                test("c.Other#priced", 2, RunOutcome.PASSED));

        Aggregator.Merged merged = aggregator.merge();

        TestResult chat = find(merged, "c.Chat#answers");
        Run one = chat.iterations().get(0);
        assertEquals(Long.MAX_VALUE, one.usage().inputTokens());
        assertEquals(Long.MAX_VALUE, one.usage().outputTokens());
        assertEquals(Long.MAX_VALUE, one.usage().tokens());
        assertEquals(Double.MAX_VALUE, one.usage().costUsd());
        Run two = chat.iterations().get(1);
        assertEquals(Long.MAX_VALUE, two.usage().tokens());
        assertEquals(1e308, two.usage().costUsd());
        assertEquals(Long.MAX_VALUE, chat.usage().tokens());
        assertEquals(Double.MAX_VALUE, chat.usage().costUsd());
        TestResult priced = find(merged, "c.Other#priced");
        assertEquals(Long.MAX_VALUE, priced.usage().tokens());
        // 9.22e18 tokens at $2.50 and $10 per million
        assertEquals(Long.MAX_VALUE / 1e6 * 12.5, priced.usage().costUsd(), 1.0);
        assertEquals(Long.MAX_VALUE, merged.unattributed().tokens());
        assertEquals(1e308, merged.unattributed().costUsd());
        assertEquals(Long.MAX_VALUE, merged.totals().usage().tokens());
        assertEquals(Double.MAX_VALUE, merged.totals().usage().costUsd());
        AgentStats big = merged.agents().get(0);
        assertEquals(Long.MAX_VALUE, big.tokens());
        assertEquals(Double.MAX_VALUE, big.costUsd());

        Results results = merged.results(2, 80.0, "2026-12-01T00:00:00Z", 10,
                new Environment("3.8.7", "3.5.4", "17"), new ProjectInfo("g", "a", "1", "n"));
        java.nio.file.Path file = java.nio.file.Files.createTempFile("aitest-saturated", ".json");
        try {
            ResultsJson.write(results, file);
            Results back = ResultsJson.read(file);
            assertEquals(Long.MAX_VALUE, back.totals().usage().tokens());
            assertEquals(Double.MAX_VALUE, back.totals().usage().costUsd());
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void aRecordedCostWinsOverThePriceTable() {
        Records records = new Records();
        records.of("c.T#t").usage("gpt-4o", 1_000_000, 0);
        records.of("c.T#t").cost(0.10);
        records.of("c.T#t").cost(0.05);
        iteration(1, null, records, test("c.T#t", 1, RunOutcome.PASSED));

        TestResult t = find(aggregator.merge(), "c.T#t");

        assertEquals(0.15, t.iterations().get(0).usage().costUsd());
        assertEquals(1_000_000L, t.iterations().get(0).usage().tokens());
    }

    @Test
    void unpricedModelsAreListedAndTheirCostIsNotGuessed() {
        Records records = new Records();
        records.of("c.T#t").usage("my-local-llama", 500, 500);
        records.of("c.T#t").usage("gpt-4o", 1_000_000, 0);
        records.of("c.T#u").usage("another-local", 1, 1);
        iteration(1, null, records, test("c.T#t", 1, RunOutcome.PASSED), test("c.T#u", 1, RunOutcome.PASSED));

        Aggregator.Merged merged = aggregator.merge();

        assertEquals(List.of("another-local", "my-local-llama"), merged.unpricedModels());
        assertEquals(2.5, find(merged, "c.T#t").usage().costUsd());
        assertNull(find(merged, "c.T#u").usage().costUsd());
        assertEquals(2L, find(merged, "c.T#u").usage().tokens());
        assertEquals(2.5, merged.totals().usage().costUsd());
    }

    @Test
    void namesWithEmptyParameterListsMatchSurefiresNames() {
        Records records = new Records();
        records.of(SidecarReader.key("c.T", "plain()")).usage("gpt-4o", 10, 10);
        iteration(1, null, records, test("c.T#plain", 1, RunOutcome.PASSED));

        assertEquals(20L, find(aggregator.merge(), "c.T#plain").usage().tokens());
    }

    @Test
    void aTestThatCrashedKeepsWhatItRecordedBeforeTheCrash() {
        Records first = new Records();
        first.of("c.T#dies").usage("gpt-4o", 100, 0);
        Records second = new Records();
        second.of("c.T#dies").usage("gpt-4o", 40, 0);
        second.of("c.T#dies").agent("a");
        iteration(1, null, first, test("c.T#dies", 1, RunOutcome.PASSED));
        iteration(2, "The forked VM terminated", second);

        TestResult dies = find(aggregator.merge(), "c.T#dies");

        Run crashed = dies.iterations().get(1);
        assertEquals(RunOutcome.ERROR, crashed.outcome());
        assertEquals(40L, crashed.usage().inputTokens());
        assertEquals("a", crashed.usage().agent());
        assertEquals(140L, dies.usage().tokens());
        assertNull(dies.usage().agent(), "iteration 1 named no agent");
    }

    @Test
    void recordsOutsideAnyKnownTestAreCountedApart() {
        Records records = new Records();
        records.unattributed.usage("gpt-4o", 1_000_000, 0);
        records.of("c.Gone#never").usage("gpt-4o", 0, 100_000);
        records.of("c.T#t").usage("gpt-4o", 0, 1);
        iteration(1, null, records, test("c.T#t", 1, RunOutcome.PASSED));

        Aggregator.Merged merged = aggregator.merge();

        assertEquals(2, merged.unattributed().records());
        assertEquals(1_100_000L, merged.unattributed().tokens());
        assertEquals(3.5, merged.unattributed().costUsd());
        assertEquals(1_100_001L, merged.totals().usage().tokens());
        assertEquals(3.50001, merged.totals().usage().costUsd());
    }

    @Test
    void theLeaderboardRanksByPassRateThenCostThenName() {
        Records[] its = {new Records(), new Records()};
        List<TestCase>[] cases = new List[] {new ArrayList<TestCase>(), new ArrayList<TestCase>()};
        // agent "cheap": 2 tests, 4 runs, 3 passed; "pricey": 1 test, 2 runs, 2 passed; "alpha" and "beta": 1 of 2
        addRun(its, cases, 1, "c.A#one", "cheap", RunOutcome.PASSED, 1_000);
        addRun(its, cases, 2, "c.A#one", "cheap", RunOutcome.PASSED, 1_000);
        addRun(its, cases, 1, "c.A#two", "cheap", RunOutcome.PASSED, 1_000);
        addRun(its, cases, 2, "c.A#two", "cheap", RunOutcome.FAILED, 1_000);
        addRun(its, cases, 1, "c.B#one", "pricey", RunOutcome.PASSED, 1_000_000);
        addRun(its, cases, 2, "c.B#one", "pricey", RunOutcome.PASSED, 1_000_000);
        addRun(its, cases, 1, "c.C#one", "beta", RunOutcome.PASSED, 10);
        addRun(its, cases, 2, "c.C#one", "beta", RunOutcome.ERROR, 10);
        addRun(its, cases, 1, "c.D#one", "alpha", RunOutcome.FAILED, 10);
        addRun(its, cases, 2, "c.D#one", "alpha", RunOutcome.PASSED, 10);
        addRun(its, cases, 1, "c.E#one", "idle", RunOutcome.SKIPPED, 0);
        addRun(its, cases, 2, "c.E#one", "idle", RunOutcome.SKIPPED, 0);
        iteration(1, null, its[0], cases[0].toArray(TestCase[]::new));
        iteration(2, null, its[1], cases[1].toArray(TestCase[]::new));

        List<AgentStats> board = aggregator.merge().agents();

        assertEquals(List.of("pricey", "cheap", "alpha", "beta", "idle"), board.stream().map(AgentStats::agent).toList());
        assertEquals(new AgentStats("pricey", 1, 2, 2, 0, 0, 100.0, 2_000_000, 5.0), board.get(0));
        assertEquals(new AgentStats("cheap", 2, 4, 3, 1, 0, 75.0, 4_000, 0.01), board.get(1));
        assertEquals(new AgentStats("alpha", 1, 2, 1, 1, 0, 50.0, 20, 0.00005), board.get(2));
        assertEquals(new AgentStats("idle", 1, 2, 0, 0, 2, null, 0, null), board.get(4));
    }

    /** One run of a test by an agent whose model call used {@code tokens} input tokens of gpt-4o. */
    private static void addRun(Records[] its, List<TestCase>[] cases, int iteration, String id, String agent,
            RunOutcome outcome, long tokens) {
        RecordedUsage usage = its[iteration - 1].of(id);
        usage.agent(agent);
        if (tokens > 0) {
            usage.usage("gpt-4o", tokens, 0);
        }
        cases[iteration - 1].add(test(id, iteration, outcome));
    }
}
