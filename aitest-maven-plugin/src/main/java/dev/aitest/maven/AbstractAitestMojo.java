package dev.aitest.maven;

import dev.aitest.gate.GivenCriteria;
import dev.aitest.config.InvalidParameterException;
import dev.aitest.config.Parameters;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Provenance;
import dev.aitest.model.Results;
import dev.aitest.port.ConsoleText;
import dev.aitest.run.WrittenResults;
import dev.aitest.store.ReportsLayout;
import dev.aitest.store.ResultsJson;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectBuildingRequest;

/** What every aitest goal shares: skipping in one place, the reports directory, reading results.json. */
public abstract class AbstractAitestMojo extends AbstractMojo {

    /** Project context key prefix: the results a run of this build wrote to a results.json, by the file's path. */
    private static final String WRITTEN = "aitest.written:";

    /** Skips aitest; with the plugin configured, Surefire's default execution then runs as usual. */
    @Parameter(property = "aitest.skip", defaultValue = "false")
    private boolean skip;

    /** Surefire's {@code skipTests}: honoured as Surefire does by aitest:test and aitest:verify. */
    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    /** Maven's {@code maven.test.skip}: honoured as Surefire does by aitest:test and aitest:verify. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean skipAllTests;

    /** Where results.json, the reports and one folder per iteration are. */
    @Parameter(property = "aitest.reportsDirectory", defaultValue = "${project.build.directory}/aitest-reports")
    private File reportsDirectory;

    /**
     * The pass rate every test must reach, in percent (0-100): a test's {@code @MinPassRate} annotation (from
     * aitest-runtime) takes precedence. Unset: no threshold per test (for verify and report: the recorded one).
     */
    @Parameter(property = "aitest.minTestPassRate")
    private String minTestPassRate;

    /**
     * The confidence level of the pass rates' intervals, from 0.5 to 0.999. Unset: 0.95 (for verify and report: the
     * recorded one).
     */
    @Parameter(property = "aitest.confidence")
    private String confidence;

    /**
     * How a pass rate is held against its threshold: observed (the rate itself), strict (passes only when its
     * interval's lower bound reaches the threshold) or lenient (fails only when its upper bound is below it). Unset:
     * observed (for verify and report: the recorded one).
     */
    @Parameter(property = "aitest.gate")
    private String gate;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        try {
            checkProperties();
            String skipped = skipped();
            if (skipped != null) {
                getLog().info(skipped);
                whenSkipped();
                return;
            }
            run();
        } catch (MojoFailureException e) {
            // Maven prints the message as it is: a test named in it must not start a line of its own
            String line = ConsoleText.line(e.getMessage());
            if (line == null || line.equals(e.getMessage())) {
                throw e;
            }
            MojoFailureException escaped = new MojoFailureException(line, e.getCause());
            escaped.setStackTrace(e.getStackTrace());
            throw escaped;
        } catch (MojoExecutionException e) {
            String line = ConsoleText.line(e.getMessage());
            if (line == null || line.equals(e.getMessage())) {
                throw e;
            }
            MojoExecutionException escaped = new MojoExecutionException(line, e.getCause());
            escaped.setStackTrace(e.getStackTrace());
            throw escaped;
        }
    }

    /** Warns about {@code aitest.*} properties no goal knows, unless the extension or another goal already did. */
    private void checkProperties() {
        ProjectBuildingRequest request = project == null ? null : project.getProjectBuildingRequest();
        if (request != null && request.getUserProperties() != null) {
            PropertyCheck.once(request.getRepositorySession(), request.getUserProperties(), getLog()::warn);
        }
    }

    /**
     * Maven's log, every message escaped to one line ({@link EscapingLog}): the goals print test names and messages
     * that the tests chose, and none of them may start a line of its own.
     */
    @Override
    public Log getLog() {
        return EscapingLog.of(super.getLog());
    }

    /**
     * The judging criteria given to this goal, each null when not given; refused with the property, value and fix.
     *
     * @param minPassRate the goal's {@code aitest.minPassRate}, or null
     */
    protected GivenCriteria criteria(String minPassRate) throws MojoExecutionException {
        try {
            return new GivenCriteria(minPassRate == null || minPassRate.isBlank() ? null
                    : Parameters.minPassRate(minPassRate), Parameters.minTestPassRate(minTestPassRate),
                    Parameters.confidence(confidence), Parameters.gate(gate));
        } catch (InvalidParameterException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    /** What the goal does besides saying it is skipped: in a reactor, count as ended. */
    protected void whenSkipped() throws MojoExecutionException, MojoFailureException {
    }

    /** The goal's work, once skipping is ruled out. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /** Whether {@code skipTests} and {@code maven.test.skip} skip this goal, as they skip Surefire. */
    protected boolean honoursTestSkips() {
        return true;
    }

    /** What the log says when the goal is skipped. */
    protected String skippedMessage() {
        return "aitest: skipped.";
    }

    /** What the log says when this goal is skipped ({@link #skippedMessage()}), or null when it runs. */
    protected String skipped() {
        return skip || honoursTestSkips() && (skipTests || skipAllTests) ? skippedMessage() : null;
    }

    protected MavenProject project() {
        return project;
    }

    /** What results.json records of {@code project}: its coordinates and name (its artifactId when it has none). */
    static ProjectInfo projectInfo(MavenProject project) {
        return new ProjectInfo(project.getGroupId(), project.getArtifactId(), project.getVersion(),
                project.getName() == null ? project.getArtifactId() : project.getName());
    }

    protected Path reportsDirectory() {
        return reportsDirectory.toPath();
    }

    /** True when the project has compiled test classes, so that a test plugin could find tests to run. */
    protected boolean hasTestClasses() {
        String directory = project.getBuild() == null ? null : project.getBuild().getTestOutputDirectory();
        if (directory == null || !Files.isDirectory(Path.of(directory))) {
            return false;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(Path.of(directory))) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".class"));
        } catch (IOException e) {
            return true;
        }
    }

    /** Records what a run of this build wrote to {@code file} in {@code project} (null: nothing to take). */
    static void remember(MavenProject project, Path file, WrittenResults written) {
        project.setContextValue(WRITTEN + file.toAbsolutePath().normalize(), written);
    }

    /**
     * What a run of this build wrote to {@code file} in {@code project}, or null (none, or written by the plugin
     * loaded in another class realm).
     */
    static WrittenResults written(MavenProject project, Path file) {
        return project.getContextValue(WRITTEN + file.toAbsolutePath().normalize()) instanceof WrittenResults written
                ? written : null;
    }

    /** A path as the log shows it: relative to the project when inside it. */
    protected String shown(Path path) {
        return Paths.display(project, path);
    }

    /**
     * The results.json that aitest:test wrote, or null in a project of packaging pom that has none.
     *
     * @param firstRun the command line to suggest when there is none
     */
    protected Results readResults(String firstRun) throws MojoExecutionException {
        Path file = new ReportsLayout(reportsDirectory()).resultsJson();
        // a folder in its place is said by the reading
        if (!Files.exists(file)) {
            if ("pom".equals(project.getPackaging()) || !hasTestClasses()) {
                getLog().debug("aitest: no " + shown(file) + " in a project without tests; nothing to do.");
                return null;
            }
            throw new MojoExecutionException("aitest: " + shown(file) + " does not exist; run the aitest:test goal "
                    + "first, e.g. " + firstRun);
        }
        try {
            // the results a run of this build wrote there, while the file is unchanged: equal to reading it
            Results results = WrittenResults.read(file, written(project, file));
            // results of another project or of another aitest pass for this one's without a word
            Provenance.notes(shown(file), results.run().project(), results.run().aitestVersion(),
                    "standalone-pom".equals(project.getArtifactId()) ? null : projectInfo(project),
                    PluginInfo.version()).forEach(getLog()::warn);
            return results;
        } catch (ResultsJson.UnusableException e) {
            throw new MojoExecutionException("aitest: " + e.getMessage().replace(file.toString(), shown(file)), e);
        } catch (IOException e) {
            throw new MojoExecutionException("aitest: cannot read " + shown(file) + ": " + e.getMessage()
                    + "; run aitest:test again to rewrite it", e);
        }
    }
}
