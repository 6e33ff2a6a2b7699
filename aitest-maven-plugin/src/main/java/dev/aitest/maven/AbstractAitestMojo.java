package dev.aitest.maven;

import dev.aitest.model.Results;
import dev.aitest.store.ReportsLayout;
import dev.aitest.store.ResultsJson;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What every aitest goal shares: skipping in one place, the reports directory, reading results.json. */
public abstract class AbstractAitestMojo extends AbstractMojo {

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

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || honoursTestSkips() && (skipTests || skipAllTests)) {
            getLog().info(skippedMessage());
            whenSkipped();
            return;
        }
        run();
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

    protected MavenProject project() {
        return project;
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
        if (!Files.isRegularFile(file)) {
            if ("pom".equals(project.getPackaging()) || !hasTestClasses()) {
                getLog().debug("aitest: no " + shown(file) + " in a project without tests; nothing to do.");
                return null;
            }
            throw new MojoExecutionException("aitest: " + shown(file) + " does not exist; run the aitest:test goal "
                    + "first, e.g. " + firstRun);
        }
        try {
            return ResultsJson.read(file);
        } catch (ResultsJson.UnusableException e) {
            throw new MojoExecutionException("aitest: " + e.getMessage().replace(file.toString(), shown(file)), e);
        } catch (IOException e) {
            throw new MojoExecutionException("aitest: cannot read " + shown(file) + ": " + e.getMessage()
                    + "; run aitest:test again to rewrite it", e);
        }
    }
}
