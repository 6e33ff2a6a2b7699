package dev.aitest.report;

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

/** Results built through the real aggregation, for the report tests. */
public final class ReportFixtures {

    /** A message that would run script if any part of the report put it in the page as HTML. */
    static final String HOSTILE = "expected <b>bold</b> but was </script><script>window.__pwned = true;</script>"
            + "<img src=x onerror=\"window.__pwned = true\">";
    /** A test name that is itself markup. */
    static final String HOSTILE_NAME = "param(String)[<img src=x onerror=window.__pwned=1>]";

    private ReportFixtures() {
    }

    /**
     * 3 iterations: a.Chat#flaky fails in iteration 2 (flaky, 2/3), a.Chat#broken always fails (0/3), a.Chat with a
     * hostile name fails in iteration 3 with a hostile message (flaky), b.Tool#ok passes, b.Tool#off is skipped.
     */
    public static Results small() {
        Aggregator aggregator = new Aggregator(Pricing.builtIn());
        for (int i = 1; i <= 3; i++) {
            List<TestCase> cases = new ArrayList<>();
            cases.add(new TestCase("a.Chat", "flaky", i == 2
                    ? new Run(i, RunOutcome.FAILED, 120, "expected: <42> but was: <41>", "org.opentest4j.AssertionFailedError",
                            "org.opentest4j.AssertionFailedError: expected: <42> but was: <41>\n\tat a.Chat.flaky(Chat.java:10)")
                    : new Run(i, RunOutcome.PASSED, 100, null, null, null)));
            cases.add(new TestCase("a.Chat", "broken", new Run(i, RunOutcome.ERROR, 30, "model timed out after " + (i * 10)
                    + " s", "java.net.SocketTimeoutException", "java.net.SocketTimeoutException: model timed out\n\tat a.Chat")));
            cases.add(new TestCase("a.Chat", HOSTILE_NAME, i == 3
                    ? new Run(i, RunOutcome.FAILED, 5, HOSTILE, "java.lang.AssertionError", HOSTILE)
                    : new Run(i, RunOutcome.PASSED, 5, null, null, null)));
            cases.add(new TestCase("b.Tool", "ok", new Run(i, RunOutcome.PASSED, 7, null, null, null)));
            cases.add(new TestCase("b.Tool", "off", new Run(i, RunOutcome.SKIPPED, 0, "disabled", null, null)));
            aggregator.add(new IterationData(i, 1_000, null, new IterationReports(cases, List.of())));
        }
        return results(aggregator, 3, 80.0);
    }

    /** {@code tests} tests x {@code iterations} iterations; every 20th test fails in every other iteration. */
    static Results big(int tests, int iterations) {
        Aggregator aggregator = new Aggregator(Pricing.builtIn());
        String trace = "java.lang.AssertionError: expected: <true> but was: <false>\n"
                + "\tat com.example.big.Suite.check(Suite.java:42)\n".repeat(30);
        for (int i = 1; i <= iterations; i++) {
            List<TestCase> cases = new ArrayList<>(tests);
            for (int t = 0; t < tests; t++) {
                boolean fails = t % 20 == 0 && (i + t / 20) % 2 == 0;
                cases.add(new TestCase("com.example.big.Suite" + t / 100, "test" + t, fails
                        ? new Run(i, RunOutcome.FAILED, 12, "expected: <true> but was: <false> in case " + t,
                                "java.lang.AssertionError", trace)
                        : new Run(i, RunOutcome.PASSED, 3, null, null, null)));
            }
            aggregator.add(new IterationData(i, 60_000, null, new IterationReports(cases, List.of())));
        }
        return results(aggregator, iterations, 95.0);
    }

    private static Results results(Aggregator aggregator, int iterations, double minPassRate) {
        // judged as the publisher judges every results.json it writes
        return RateStatistics.apply(aggregator.merge().results(iterations, minPassRate, "2026-11-27T10:15:30Z", 4_321,
                new Environment("3.9.16", "3.5.4", "17.0.15"),
                new ProjectInfo("com.example", "chat-agent", "1.2.0", "Chat agent")));
    }
}
