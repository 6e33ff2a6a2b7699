package dev.aitest.run;

import dev.aitest.merge.IterationData;
import dev.aitest.merge.OrderLogs;
import dev.aitest.merge.SurefireXmlReader;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.RunOutcome;
import dev.aitest.model.TestCase;
import dev.aitest.model.TestFilter;
import dev.aitest.model.TestOutcome;
import dev.aitest.model.TestResult;
import dev.aitest.order.Classifier;
import dev.aitest.order.ReproduceCommand;
import dev.aitest.order.Seeds;
import dev.aitest.port.Console;
import dev.aitest.store.ClassificationRecord;
import dev.aitest.store.ReportsLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The runs that classify the flaky tests of a shuffled run ({@code aitest.order=random}, {@code aitest.classify}),
 * made through the run's own {@link IterationRunner} after its iterations, each in a folder of its own under
 * {@code classification/<kind>/} and passed to the tests as an iteration beyond the last
 * ({@code aitest.iteration} = N + 1, N + 2 ...), so that a test bound to one iteration's index does not fail there
 * again. What {@link Classifier} finds is written as a {@link ClassificationRecord}.
 */
final class FlakyClassification implements Classifier.Reruns {

    private final RunSettings settings;
    private final IterationRunner runner;
    private final ReportsLayout layout;
    private final Console console;
    private final Map<Integer, IterationData> iterations = new HashMap<>();
    private final SurefireXmlReader reader = new SurefireXmlReader();
    /** The written-down order of each iteration, by index. */
    private final Map<Integer, List<List<TestFilter.Test>>> orders = new HashMap<>();
    private int made;
    private String why;

    private FlakyClassification(RunSettings settings, IterationRunner runner, ReportsLayout layout, Console console,
            List<IterationData> finished) {
        this.settings = settings;
        this.runner = runner;
        this.layout = layout;
        this.console = console;
        for (IterationData data : finished) {
            if (data.kind() == settings.kind()) {
                iterations.put(data.iteration(), data);
            }
        }
    }

    /**
     * Classifies the flaky tests of {@code settings}' kind in {@code results} (merged from {@code finished}) and
     * writes what it found; null when the build is being stopped (nothing is written then).
     */
    static ClassificationRecord run(RunSettings settings, IterationRunner runner, ReportsLayout layout,
            Console console, Results results, List<IterationData> finished) throws IOException {
        FlakyClassification runs = new FlakyClassification(settings, runner, layout, console, finished);
        List<Classifier.Subject> subjects = runs.subjects(results);
        long start = System.nanoTime();
        if (!subjects.isEmpty()) {
            console.info(String.format(Locale.ROOT, "aitest: %sclassifying %d flaky %s by their orders, in at most "
                    + "%d runs of their own (aitest.classifyRuns; they count in no pass rate)", runs.what(),
                    subjects.size(), subjects.size() == 1 ? "test" : "tests", settings.classifyRuns()));
        }
        Classifier.Result found;
        try {
            found = Classifier.classify(subjects, runs, settings.classifyRuns(), new ReproduceCommand(settings.kind(),
                    settings.moduleId(), settings.orderSeed(), settings.iterations()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (StopSignal.stopping()) {
            return null;
        }
        ClassificationRecord record = new ClassificationRecord(settings.kind(), found.runs(), settings.classifyRuns(),
                (System.nanoTime() - start) / 1_000_000, found.findings());
        record.write(layout.classificationRecord(settings.kind()));
        return record;
    }

    /** The flaky tests to classify: those with a run that failed (not by the provider) and one that passed. */
    private List<Classifier.Subject> subjects(Results results) throws IOException {
        List<Classifier.Subject> subjects = new ArrayList<>();
        for (TestResult test : results.tests()) {
            if (test.identity().kind() != settings.kind() || test.outcome() != TestOutcome.FLAKY) {
                continue;
            }
            Integer failing = null;
            Integer passing = null;
            for (Run run : test.iterations()) {
                if (failing == null && run.outcome().isFailure() && !run.origin().fromProvider()) {
                    failing = run.iteration();
                } else if (passing == null && run.outcome() == RunOutcome.PASSED) {
                    passing = run.iteration();
                }
            }
            if (failing == null || passing == null) {
                continue;
            }
            TestFilter.Test own = new TestFilter.Test(test.identity().className(), test.identity().name());
            subjects.add(new Classifier.Subject(own, failing, passing, before(failing, own), before(passing, own)));
        }
        subjects.sort(java.util.Comparator.comparing(s -> s.test().className() + "#" + s.test().name()));
        return subjects;
    }

    private List<TestFilter.Test> before(int iteration, TestFilter.Test test) throws IOException {
        return OrderLogs.before(orderOf(iteration), test);
    }

    /** The order iteration {@code iteration}'s JVMs ran their tests in, read once. */
    private List<List<TestFilter.Test>> orderOf(int iteration) throws IOException {
        List<List<TestFilter.Test>> order = orders.get(iteration);
        if (order == null) {
            order = OrderLogs.read(layout.sidecarDirectory(settings.kind(), iteration));
            orders.put(iteration, order);
        }
        return order;
    }

    @Override
    public Map<String, Boolean> replay(int iteration) {
        IterationData data = iterations.get(iteration);
        String filter = data == null || data.record().adaptive() == null ? null : data.record().adaptive().tests();
        Iteration run = next(filter == null ? null : new TestFilter(filter),
                Seeds.iteration(settings.orderSeed(), iteration), null, "iteration " + iteration + "'s order again");
        List<TestCase> cases = execute(run);
        if (cases == null) {
            return null;
        }
        try {
            List<List<TestFilter.Test>> then = orderOf(iteration);
            List<List<TestFilter.Test>> now = OrderLogs.read(run.sidecarDirectory());
            // by method: the invocations of a parallel data provider or a parameterized method start in any order
            if (then.size() == 1 && now.size() == 1
                    && !OrderLogs.methods(then.get(0), null).equals(OrderLogs.methods(now.get(0), null))) {
                why = "its tests ran in another order than in iteration " + iteration;
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Boolean> passed = new HashMap<>();
        for (TestCase c : cases) {
            Boolean outcome = passed(c.run());
            if (outcome != null) {
                passed.put(c.id(), outcome);
            }
        }
        return passed;
    }

    @Override
    public Boolean listed(List<TestFilter.Test> order) {
        TestFilter.Test subject = order.get(order.size() - 1);
        List<TestFilter.Test> methods = OrderLogs.methods(order, null);
        Iteration run = next(TestFilter.of(order), null, methods, order.size() == 1 ? subject.className() + "#"
                + subject.name() + " alone" : order.size() - 1 + " tests, then " + subject.className() + "#"
                + subject.name());
        List<TestCase> cases = execute(run);
        if (cases == null) {
            return null;
        }
        // a test alone has no order to keep
        if (order.size() > 1) {
            try {
                List<List<TestFilter.Test>> ran = OrderLogs.read(run.sidecarDirectory());
                if (ran.isEmpty()) {
                    why = "the order the tests ran in was not written down (aitest-runtime is not on the test "
                            + "classpath)";
                    return null;
                }
                if (ran.size() != 1 || !OrderLogs.methods(ran.get(0), null).equals(methods)) {
                    why = "the tests did not run in the order listed (JUnit 4 and TestNG classes keep an order only "
                            + "when it is alphabetical or its reverse)";
                    return null;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (TestCase c : cases) {
            if (c.className().equals(subject.className()) && c.name().equals(subject.name())) {
                Boolean outcome = passed(c.run());
                if (outcome == null) {
                    why = subject.className() + "#" + subject.name() + " was skipped or failed by the provider";
                }
                return outcome;
            }
        }
        why = subject.className() + "#" + subject.name() + " did not run";
        return null;
    }

    @Override
    public String why() {
        return why;
    }

    /** Passed: true; failed (not by the provider): false; otherwise null. */
    private static Boolean passed(Run run) {
        if (run.outcome() == RunOutcome.PASSED) {
            return true;
        }
        return run.outcome().isFailure() && !run.origin().fromProvider() ? false : null;
    }

    private Iteration next(TestFilter tests, Long seed, List<TestFilter.Test> listed, String what) {
        made++;
        Path folder = layout.classificationRun(settings.kind(), made);
        console.info(String.format(Locale.ROOT, "aitest: %sclassification run %d/%d: %s", what(), made,
                settings.classifyRuns(), what));
        return new Iteration(settings.iterations() + made, settings.iterations(), folder, folder.resolve("tmp"),
                folder.resolve("sidecars"), tests, seed, listed);
    }

    /** The cases of {@code run}; null when it could not be made (why says so) or the build is being stopped. */
    private List<TestCase> execute(Iteration run) {
        if (StopSignal.stopping()) {
            why = "the build is being stopped";
            return null;
        }
        try {
            Files.createDirectories(run.tempDirectory());
            try {
                runner.run(run);
            } catch (IterationException e) {
                why = "the run ended abnormally: " + CrashMessages.tellingLine(List.of(String.valueOf(e.getMessage())));
                return null;
            }
            ReportsLayout.deleteIfEmpty(run.tempDirectory());
            return reader.readDirectory(run.reportsDirectory(), run.index()).cases();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String what() {
        return IterationTask.what(settings.kind());
    }
}
