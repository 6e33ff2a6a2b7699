package dev.aitest.run;

import dev.aitest.cost.Pricing;
import dev.aitest.facts.Facts;
import dev.aitest.merge.Aggregator;
import dev.aitest.merge.IterationData;
import dev.aitest.merge.IterationReports;
import dev.aitest.merge.SurefireXmlReader;
import dev.aitest.model.Environment;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.RunOutcome;
import dev.aitest.model.TestCase;
import dev.aitest.report.ReportOptions;
import dev.aitest.report.Reports;
import dev.aitest.secret.Redactor;
import dev.aitest.store.ResultsJson;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads and initialises the XML reader and the JSON and report writers on a spare thread, once per class loader, so
 * that reading the first iteration and writing the results at the end do not pay for it. Started as early as
 * possible: while Maven builds the projects and compiles, which leaves a core idle, or else while the first
 * iteration's tests run in their own JVM.
 */
public final class WarmUp {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private WarmUp() {
    }

    /** Starts the warm-up, unless it was started before. */
    public static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread warmUp = new Thread(WarmUp::warm, "aitest-warm-up");
        warmUp.setDaemon(true);
        // nothing it meets may reach the console: not even an error from a class realm closed under it
        warmUp.setUncaughtExceptionHandler((thread, error) -> { });
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /**
     * Loads and renders a sample. Only a warm-up: a build that ends early (a bad parameter, a compile error, Ctrl-C)
     * may close the plugin's class realm under it, and any error then, {@link LinkageError}s included, is dropped;
     * the real writing reports any real problem.
     */
    static void warm() {
        try {
            // the XML reader first: the first iteration needs it soonest
            new SurefireXmlReader();
            Results sample = sample();
            ResultsJson.render(sample);
            Reports.render(Facts.of(sample), ReportOptions.ALL, "warm-up");
            // the secret rules: read and compiled once, before the first message is scrubbed
            Redactor.patternsOnly().redact("warm-up: token=" + sample.run().startedAt());
        } catch (IOException | RuntimeException | LinkageError e) {
            // dropped, as said above
        }
    }

    /**
     * Results of two iterations of one test that passes, then fails: a flaky test, so that every kind of value the
     * real results hold is written once.
     */
    static Results sample() {
        Aggregator aggregator = new Aggregator(Pricing.builtIn());
        aggregator.add(new IterationData(1, 1, null, new IterationReports(List.of(
                new TestCase("warm.UpTest", "sample", new Run(1, RunOutcome.PASSED, 1, null, null, null))), List.of())));
        aggregator.add(new IterationData(2, 1, null, new IterationReports(List.of(
                new TestCase("warm.UpTest", "sample", new Run(2, RunOutcome.FAILED, 1, "expected: <1> but was: <2>",
                        "org.opentest4j.AssertionFailedError", "org.opentest4j.AssertionFailedError\n\tat warm.UpTest"))),
                List.of())));
        return aggregator.merge().results(2, 100.0, Instant.EPOCH.toString(), 0, new Environment("-", "-", "-"),
                new ProjectInfo("warm", "up", "1", "warm-up"));
    }
}
