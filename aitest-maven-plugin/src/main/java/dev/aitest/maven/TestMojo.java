package dev.aitest.maven;

import dev.aitest.config.InvalidParameterException;
import dev.aitest.config.Parameters;
import dev.aitest.cost.Pricing;
import dev.aitest.model.Environment;
import dev.aitest.model.ProjectInfo;
import dev.aitest.report.ConsoleReport;
import dev.aitest.run.AitestRun;
import dev.aitest.run.Budget;
import dev.aitest.run.RunCompletion;
import dev.aitest.run.RunSettings;
import dev.aitest.ai.AiSummarizer;
import dev.aitest.ai.SummaryConfig;
import java.io.IOException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.rtinfo.RuntimeInformation;

/**
 * Runs every test {@code aitest.iterations} times through the project's own Surefire, merges the Surefire XML of
 * all iterations and writes {@code results.json} under {@code aitest.reportsDirectory}. It never fails the build
 * because tests failed: {@code aitest:verify} does that.
 */
@Mojo(name = "test", defaultPhase = LifecyclePhase.TEST, requiresDependencyResolution = ResolutionScope.TEST,
        threadSafe = true)
public class TestMojo extends AbstractReportingMojo {

    /** How many times every test runs: a whole number of 1 or more. */
    @Parameter(property = "aitest.iterations", defaultValue = "1")
    private String iterations;

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
    private RuntimeInformation runtime;

    @Override
    protected String skippedMessage() {
        return "aitest: tests are skipped.";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        MavenProject project = project();
        if ("pom".equals(project.getPackaging())) {
            getLog().info("aitest: nothing to test in a project of packaging pom.");
            return;
        }
        int count;
        int parallel;
        double threshold;
        Budget budget;
        try {
            count = Parameters.iterations(iterations);
            parallel = Parameters.parallelIterations(parallelIterations);
            threshold = Parameters.minPassRate(minPassRate);
            budget = new Budget(Parameters.maxCostUsd(maxCostUsd), Parameters.maxDuration(maxDuration));
        } catch (InvalidParameterException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        Pricing pricing = pricing();
        SummaryConfig summary = summaryConfig();
        AiSummarizer summarizer = summarizer(summary, reportsDirectory(), pricing);
        warnIfSurefireRunsToo(project);
        SurefireLauncher launcher = SurefireLauncher.prepare(session, project, pluginManager, getLog(),
                PluginInfo.pinnedSurefireVersion());
        RunSettings settings = new RunSettings(count, parallel, threshold, reportsDirectory(),
                new Environment(runtime.getMavenVersion(), launcher.version(), System.getProperty("java.version")),
                pricing, new ProjectInfo(project.getGroupId(), project.getArtifactId(), project.getVersion(),
                        project.getName() == null ? project.getArtifactId() : project.getName()),
                reportOptions(), PluginInfo.version()).withRedactor(outputRedactor(summary)).withBudget(budget);
        String many = Parameters.manyIterations(count);
        if (many != null) {
            getLog().warn(many);
        }
        RunCompletion outcome;
        try {
            outcome = new AitestRun(settings, launcher, new MavenConsole(getLog()), summarizer).execute();
        } catch (IOException e) {
            throw new MojoExecutionException("aitest: cannot write the reports under " + shown(reportsDirectory())
                    + ": " + e.getMessage(), e);
        }
        ConsoleReport.lines(outcome.results(), shown(reportsDirectory())).forEach(getLog()::info);
        RunCompletion.Problem problem = outcome.problem();
        if (problem != null) {
            if (problem.refusedByTests()) {
                throw new MojoFailureException(problem.message());
            }
            throw new MojoExecutionException(problem.message());
        }
        failIfSummaryFailed(summary, outcome.results());
    }

    /** Surefire's default-test execution still bound means it ran the tests before this goal. */
    private void warnIfSurefireRunsToo(MavenProject project) {
        if ("default-cli".equals(mojoExecution.getExecutionId())
                || project.getContextValue(AitestLifecycleParticipant.UNBOUND_MARKER) != null) {
            return;
        }
        Plugin surefire = project.getPlugin(SurefireLauncher.SUREFIRE_KEY);
        PluginExecution execution = surefire == null ? null
                : surefire.getExecutionsAsMap().get(SurefireLauncher.DEFAULT_EXECUTION);
        if (execution != null && execution.getGoals().contains("test")) {
            getLog().warn("aitest: Surefire's default-test execution also runs the tests in this build; declare the "
                    + "aitest plugin with <extensions>true</extensions> so that each test runs exactly "
                    + "aitest.iterations times and a failing test cannot stop the build before aitest runs");
        }
    }
}
