package dev.aitest.ai;

import dev.aitest.cost.Pricing;
import dev.aitest.gate.RateStatistics;
import dev.aitest.merge.Aggregator;
import dev.aitest.merge.IterationData;
import dev.aitest.merge.IterationReports;
import dev.aitest.model.Environment;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.RunOutcome;
import dev.aitest.model.TestCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Results built through the real aggregation, for the summary tests. */
final class SummaryFixtures {

    private SummaryFixtures() {
    }

    static Run pass(int i) {
        return new Run(i, RunOutcome.PASSED, 10L * i, null, null, null);
    }

    static Run fail(int i, String message, String trace) {
        return new Run(i, RunOutcome.FAILED, 10L * i, message, "org.opentest4j.AssertionFailedError", trace);
    }

    /**
     * 3 iterations: a.Chat#answer fails in iteration 2 with "expected: <3> but was: <4>" and a.Chat#count fails in
     * iteration 3 with "expected: <7> but was: <1>" (one signature), a.Chat#cite always fails, a.Tool#ok passes
     * with a metric, a.Tool#off is skipped. {@code startedAt} and {@code millis} vary what must not matter.
     */
    static Results small(String startedAt, long millis) {
        return build(3, startedAt, millis, (i, cases) -> {
            cases.add(new TestCase("a.Chat", "answer", i == 2 ? fail(i, "expected: <3> but was: <4>",
                    "org.opentest4j.AssertionFailedError: expected: <3> but was: <4>\n\tat a.Chat.answer(Chat.java:12)\n"
                            + "\tat org.junit.jupiter.engine.Execution.run(Execution.java:1)") : pass(i)));
            cases.add(new TestCase("a.Chat", "count", i == 3 ? fail(i, "expected: <7> but was: <1>", null) : pass(i)));
            cases.add(new TestCase("a.Chat", "cite", new Run(i, RunOutcome.ERROR, millis, "no source at "
                    + "2026-11-27T10:1" + i + ":00Z, token sk-proj-ABCDEFGHIJKLMNOPQRSTUVWX", "java.lang.IllegalStateException",
                    "java.lang.IllegalStateException: no source\n\tat a.Chat.cite(Chat.java:30)")));
            cases.add(new TestCase("a.Tool", "ok", pass(i).withUsage("bot", List.of("gpt-4o"), 100L, 20L, 0.001,
                    Map.of("accuracy", 0.5 + i / 10.0))));
            cases.add(new TestCase("a.Tool", "off", new Run(i, RunOutcome.SKIPPED, 0, "disabled", null, null)));
            return cases;
        });
    }

    /** {@code tests} tests over {@code iterations}; every 10th fails in even iterations with a long trace. */
    static Results big(int tests, int iterations) {
        String trace = "java.lang.AssertionError: wrong\n" + "\tat com.example.Suite.check(Suite.java:42)\n".repeat(40);
        return build(iterations, "2026-11-27T10:15:30Z", 1_000, (i, cases) -> {
            for (int t = 0; t < tests; t++) {
                boolean fails = t % 10 == 0 && (i % 2 == 0 || t % 20 == 0);
                cases.add(new TestCase("com.example.Suite" + t / 100, "test" + t, fails
                        ? new Run(i, RunOutcome.FAILED, 5, "wrong answer " + t % 3 + " in case " + t,
                                "java.lang.AssertionError", trace)
                        : new Run(i, RunOutcome.PASSED, 5, null, null, null)));
            }
            return cases;
        });
    }

    static Results build(int iterations, String startedAt, long millis,
            BiFunction<Integer, List<TestCase>, List<TestCase>> cases) {
        Aggregator aggregator = new Aggregator(Pricing.builtIn());
        for (int i = 1; i <= iterations; i++) {
            aggregator.add(new IterationData(i, millis, null,
                    new IterationReports(cases.apply(i, new ArrayList<>()), List.of())));
        }
        return RateStatistics.apply(aggregator.merge().results(iterations, 80.0, startedAt, millis * 3,
                new Environment("3.9.16", "3.5.4", "17.0.15"), new ProjectInfo("com.x", "chat", "1.0", "Chat")));
    }
}
