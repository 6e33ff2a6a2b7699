package dev.aitest.maven;

import dev.aitest.config.InvalidParameterException;
import dev.aitest.config.Parameters;
import dev.aitest.model.TestFilter;
import dev.aitest.cost.Pricing;
import dev.aitest.model.Environment;
import dev.aitest.baseline.Baseline;
import dev.aitest.model.Shard;
import dev.aitest.report.ConsoleReport;
import dev.aitest.run.AitestRun;
import dev.aitest.run.Budget;
import dev.aitest.run.RunCompletion;
import dev.aitest.run.RunSettings;
import dev.aitest.run.WarmUp;
import dev.aitest.run.WrittenResults;
import dev.aitest.ai.AiSummarizer;
import dev.aitest.ai.SummaryConfig;
import dev.aitest.model.Results;
import dev.aitest.publish.Publisher;
import dev.aitest.gate.PassRateGate;
import dev.aitest.run.ReactorAggregate;
import dev.aitest.store.ReportsLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.rtinfo.RuntimeInformation;

/**
 * What {@code aitest:test} and {@code aitest:integration-test} share: the parameters of a run, and the run itself
 * through the project's own test plugin. Neither fails the build because tests failed: {@code aitest:verify} does
 * that.
 */
public abstract class AbstractRunMojo extends AbstractReportingMojo {

    /** Project context key: when the aitest run of this build in a reports directory started (an Instant). */
    private static final String RUN_STARTED = "aitest.runStarted:";

    /** How many times every test runs: a whole number of 1 or more. */
    @Parameter(property = "aitest.iterations", defaultValue = "1")
    private String iterations;

    /**
     * This job's share of the iterations, i/n (1 <= i <= n <= aitest.iterations): a contiguous range, as even as
     * possible, run with the iterations' global indices; aitest:merge puts the shards' reports back together.
     * Unset: every iteration.
     */
    @Parameter(property = "aitest.shard")
    private String shard;

    /**
     * Runs each test only until its verdict is settled: aitest.iterations is then the most runs any test gets, and
     * after each iteration the tests whose verdict no further run could change (determined) or whose anytime-valid
     * interval lies on one side of their threshold (conclusive) stop; the run ends when every test and the overall
     * rate are settled. Cannot be combined with aitest.shard.
     */
    @Parameter(property = "aitest.adaptive", defaultValue = "false")
    private String adaptive;

    /**
     * In an adaptive run, the runs every test gets before it may stop: a whole number from 1 to aitest.iterations.
     * Unset: 3, or aitest.iterations when that is fewer.
     */
    @Parameter(property = "aitest.minIterations")
    private String minIterations;

    /**
     * The runs that failed because the model's provider did (a rate limit, a server error, a timeout, no connection,
     * told from the failure's exception and message): count (they count as failures, flagged apart) or exclude (they
     * are left out of every pass rate, interval and verdict, and kept in the runs with their cause).
     */
    @Parameter(property = "aitest.providerErrors", defaultValue = "count")
    private String providerErrors;

    /**
     * The order the tests run in each iteration: as-is (the project's own) or random (each iteration its own
     * shuffled order, from a seed derived from aitest.seed and recorded in results.json).
     */
    @Parameter(property = "aitest.order", defaultValue = "as-is")
    private String order;

    /** The seed of aitest.order=random: a whole number; unset, one is chosen and printed. */
    @Parameter(property = "aitest.seed")
    private String seed;

    /**
     * Whether the flaky tests of a run with aitest.order=random are classified (order-dependent, non-deterministic,
     * unknown) by runs of their own, counted apart and never in a pass rate; unset, true with aitest.order=random
     * (unless aitest.shard is given), false otherwise.
     */
    @Parameter(property = "aitest.classify")
    private String classify;

    /** The most runs of the test plugin the classification makes, per module and kind of tests. */
    @Parameter(property = "aitest.classifyRuns", defaultValue = "30")
    private String classifyRuns;

    /**
     * How many iterations run at the same time: a whole number of 1 or more. Each keeps its own reports, temp
     * directory and test JVMs; tests that share an outside resource (a port, a database, a file) may interfere.
     */
    @Parameter(property = "aitest.parallelIterations", defaultValue = "1")
    private String parallelIterations;

    /**
     * A cost budget in US dollars: once the cost the tests recorded with aitest-runtime (recorded or priced) has
     * reached it, no further iteration starts and the run ends with the iterations that ran.
     */
    @Parameter(property = "aitest.maxCostUsd")
    private String maxCostUsd;

    /**
     * A time budget (45m, 2h, 1h30m, 90s, or PT45M): no further iteration starts when it would end, expected to take
     * the mean time of those that ran, after this much time from the start of the run.
     */
    @Parameter(property = "aitest.maxDuration")
    private String maxDuration;

    /** The lowest acceptable overall pass rate in percent (0-100); recorded in results.json for the reports. */
    @Parameter(property = "aitest.minPassRate", defaultValue = "100")
    private String minPassRate;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Component
    private BuildPluginManager pluginManager;

    @Component
    private LifecycleExecutor lifecycleExecutor;

    @Component
    private RuntimeInformation runtime;

    /** The plugin whose tests this goal runs. */
    abstract TestPluginLauncher.TestPlugin plugin();

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (session.getProjects() != null && session.getProjects().size() > 1) {
            // a reactor's first run goal (often in its parent, which has no tests) starts loading the writers while
            // Maven builds and compiles on one core, not while the first module's tests run on every core
            WarmUp.start();
        }
        Reactor reactor = Reactor.of(session, lifecycleExecutor);
        Path results = null;
        try {
            results = runHere();
        } finally {
            endInReactor(reactor, results);
        }
    }

    @Override
    protected void whenSkipped() {
        endInReactor(Reactor.of(session, lifecycleExecutor), null);
    }

    /**
     * In a reactor, says that this goal ended in its module; the last run goal of the build writes the aggregate
     * of every module's results under the top-level project.
     */
    private void endInReactor(Reactor reactor, Path results) {
        List<ReactorAggregate.Module> modules = reactor == null ? null : reactor.runEnded(project(), results);
        if (modules == null || modules.isEmpty()) {
            return;
        }
        MavenProject top = reactor.topLevelProject();
        Path directory = reactor.aggregateDirectory();
        try {
            Results aggregate = ReactorAggregate.build(modules, directory, projectInfo(top), pricing(),
                    file -> writtenInReactor(file));
            if (aggregate == null) {
                return;
            }
            Results published = new Publisher(new ReportsLayout(directory), reportOptions(), PluginInfo.version(),
                    new MavenConsole(getLog()), null, outputRedactor(summaryConfig())).withHistory(history(true))
                    .publish(aggregate).results();
            getLog().info("aitest: reactor of " + ReactorAggregate.modulesInWords(published.modules().size()) + ": "
                    + PassRateGate.judge(published, "results.json").finding()
                    + "; aggregate in " + directory);
        } catch (IOException | MojoExecutionException | RuntimeException e) {
            getLog().warn("aitest: the reactor's aggregate could not be written under " + directory + " ("
                    + e.getMessage() + "); each module's results are in its own reports directory, and aitest:report "
                    + "at the top-level project writes it again");
        }
    }

    /** What a run of this build wrote to {@code file}, a module's results.json, or null. */
    private WrittenResults writtenInReactor(Path file) {
        for (MavenProject each : session.getProjects()) {
            WrittenResults written = written(each, file);
            if (written != null) {
                return written;
            }
        }
        return null;
    }

    /** Runs the tests of this project; the reports directory when results were written, else null. */
    private Path runHere() throws MojoExecutionException, MojoFailureException {
        MavenProject project = project();
        TestPluginLauncher.TestPlugin plugin = plugin();
        boolean unitTests = plugin == TestPluginLauncher.TestPlugin.SUREFIRE;
        if ("pom".equals(project.getPackaging()) || !hasTestClasses()) {
            // one line per module without tests, from aitest:test; whatever an earlier run left here is gone
            String line = "aitest: no tests in this " + ("pom".equals(project.getPackaging()) ? "project of packaging pom"
                    : "module (no compiled test classes)") + "; nothing to run.";
            if (unitTests) {
                getLog().info(line);
            } else {
                getLog().debug(line);
            }
            clearEarlierResults();
            return null;
        }
        // the writers load while Maven loads the test plugin and this goal prepares the run
        WarmUp.start();
        int count;
        int parallel;
        double threshold;
        Budget budget;
        Shard share;
        Integer leastRuns;
        boolean excludeProviderErrors;
        Long orderSeed;
        List<TestFilter.Test> listed;
        int maxClassifyRuns;
        try {
            count = Parameters.iterations(iterations);
            share = Parameters.shard(shard, count);
            leastRuns = Parameters.minIterations(adaptive, minIterations, count, share);
            excludeProviderErrors = Parameters.excludeProviderErrors(providerErrors);
            orderSeed = Parameters.orderSeed(order, seed, () -> new java.util.SplittableRandom().nextLong());
            String testsProperty = unitTests ? "test" : "it.test";
            listed = Parameters.listedOrder(order, session.getUserProperties().getProperty(testsProperty),
                    testsProperty);
            maxClassifyRuns = Parameters.classifyRuns(classify, classifyRuns, orderSeed, share);
            parallel = Parameters.parallelIterations(parallelIterations);
            threshold = Parameters.minPassRate(minPassRate);
            budget = new Budget(Parameters.maxCostUsd(maxCostUsd), Parameters.maxDuration(maxDuration));
        } catch (InvalidParameterException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        Pricing pricing = pricing();
        SummaryConfig summary = summaryConfig();
        Baseline baseline = baseline();
        AiSummarizer summarizer = summarizer(summary, reportsDirectory(), pricing);
        TestPluginLauncher launcher = TestPluginLauncher.prepare(plugin, session, project, pluginManager, getLog(),
                PluginInfo.pinnedSurefireVersion());
        if (launcher == null) {
            getLog().info("aitest: no " + plugin.name + " execution binds " + plugin.goal + " in this project; nothing "
                    + "to run.");
            return null;
        }
        String refused = Parameters.adaptiveExecutions(leastRuns, plugin.name, plugin.goal, launcher.executions());
        if (refused != null) {
            throw new MojoExecutionException(refused);
        }
        warnIfPluginRunsToo(project, plugin);
        String key = RUN_STARTED + reportsDirectory().toAbsolutePath().normalize();
        Instant continues = project.getContextValue(key) instanceof Instant started ? started : null;
        RunSettings settings = new RunSettings(count, parallel, threshold, reportsDirectory(),
                new Environment(runtime.getMavenVersion(), launcher.version(), System.getProperty("java.version")),
                pricing, projectInfo(project), reportOptions(), PluginInfo.version())
                .withRedactor(outputRedactor(summary)).withBudget(budget)
                .withCriteria(criteria(null)).forKind(plugin.kind, continues).withShard(share).withBaseline(baseline)
                .withAdaptive(leastRuns).withProviderErrorsExcluded(excludeProviderErrors).withOrderSeed(orderSeed)
                .withOrdering(listed, maxClassifyRuns, session.getProjects().size() > 1
                        ? project.getGroupId() + ":" + project.getArtifactId() : null)
                .withHistory(history(false));
        if (orderSeed != null) {
            getLog().info("aitest: aitest.order=random with aitest.seed=" + orderSeed + " (each iteration's order "
                    + "from it; -Daitest.seed=" + orderSeed + " runs the same orders again)"
                    + (TestPluginLauncher.runtimeOnTestClasspath(project) ? ""
                            : "; without aitest-runtime on the test classpath only the test classes are shuffled"));
        }
        String many = Parameters.manyIterations(count);
        if (many != null) {
            getLog().warn(many);
        }
        if (share != null) {
            getLog().info("aitest: this job runs " + share.describe(count) + "; aitest:merge puts the shards' reports "
                    + "back together");
        }
        RunCompletion outcome;
        AitestRun run = new AitestRun(settings, launcher, new MavenConsole(getLog()), summarizer);
        try {
            outcome = run.execute();
        } catch (IOException e) {
            throw new MojoExecutionException("aitest: cannot write the reports under " + shown(reportsDirectory())
                    + ": " + e.getMessage(), e);
        }
        // aitest:verify and the reactor's aggregate take these results instead of reading results.json again
        remember(project, outcome.resultsFile(), run.written());
        project.setContextValue(key, Instant.parse(outcome.results().run().startedAt()));
        ConsoleReport.lines(outcome.facts(), shown(reportsDirectory())).forEach(getLog()::info);
        RunCompletion.Problem problem = outcome.problem();
        if (problem != null) {
            if (problem.refusedByTests()) {
                throw new MojoFailureException(problem.message());
            }
            throw new MojoExecutionException(problem.message());
        }
        failIfSummaryFailed(summary, outcome.results());
        return reportsDirectory();
    }

    /** Moves what an earlier run left in the reports directory aside, so that nothing stale is taken for current. */
    private void clearEarlierResults() {
        try {
            new ReportsLayout(reportsDirectory()).clearForNewRun().join();
        } catch (IOException | java.util.concurrent.CompletionException e) {
            getLog().debug("aitest: " + e.getMessage());
        }
    }

    /** Says when the plugin's own executions run the tests in this build too. */
    private void warnIfPluginRunsToo(MavenProject project, TestPluginLauncher.TestPlugin plugin) {
        String warning = ownExecutionsWarning(plugin, project.getPlugin(plugin.key()),
                "default-cli".equals(mojoExecution.getExecutionId()),
                project.getContextValue(AitestLifecycleParticipant.unboundMarker(plugin)) != null);
        if (warning != null) {
            getLog().warn(warning);
        }
    }

    /**
     * The warning for the plugin's own executions still bound: Surefire's default-test runs the tests before
     * aitest:test, Failsafe's integration-test runs them besides aitest:integration-test and its verify can fail the
     * build before aitest's verdict. Null when they were unbound (the extension) or aitest runs from the command line.
     */
    static String ownExecutionsWarning(TestPluginLauncher.TestPlugin plugin, Plugin declared, boolean fromCommandLine,
            boolean unbound) {
        if (fromCommandLine || unbound || declared == null) {
            return null;
        }
        List<String> bound = declared.getExecutions().stream()
                .filter(e -> e.getGoals().contains(plugin.goal)
                        && (plugin == TestPluginLauncher.TestPlugin.FAILSAFE
                                || TestPluginLauncher.DEFAULT_EXECUTION.equals(e.getId())))
                .map(e -> e.getId()).toList();
        if (bound.isEmpty()) {
            return null;
        }
        return plugin == TestPluginLauncher.TestPlugin.SUREFIRE
                ? "aitest: Surefire's default-test execution also runs the tests in this build; declare the aitest "
                        + "plugin with <extensions>true</extensions> so that each test runs exactly aitest.iterations "
                        + "times and a failing test cannot stop the build before aitest runs"
                : "aitest: Failsafe's execution " + String.join(", ", bound) + " also runs the integration tests in "
                        + "this build, and its verify goal can fail the build before aitest's verdict; declare the "
                        + "aitest plugin with <extensions>true</extensions> so that each integration test runs exactly "
                        + "aitest.iterations times";
    }
}
