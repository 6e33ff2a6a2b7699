package dev.aitest.maven;

import dev.aitest.config.InvalidParameterException;
import dev.aitest.config.Parameters;
import dev.aitest.gate.PassRateGate;
import dev.aitest.model.Results;
import dev.aitest.report.ResultsJson;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Reads {@code results.json} and fails the build when the overall pass rate is below {@code aitest.minPassRate}.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends AbstractMojo {

    /** The lowest acceptable overall pass rate in percent (0-100). */
    @Parameter(property = "aitest.minPassRate", defaultValue = "100")
    private String minPassRate;

    /** Skips the check. */
    @Parameter(property = "aitest.skip", defaultValue = "false")
    private boolean skip;

    /** Where {@code aitest:test} wrote results.json. */
    @Parameter(property = "aitest.reportsDirectory", defaultValue = "${project.build.directory}/aitest-reports")
    private File reportsDirectory;

    /** Surefire's {@code skipTests}: no tests ran, nothing to check. */
    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    /** Maven's {@code maven.test.skip}: no tests ran, nothing to check. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean skipAllTests;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipTests || skipAllTests) {
            getLog().info("aitest: tests are skipped, so is the pass-rate check.");
            return;
        }
        double threshold;
        try {
            threshold = Parameters.minPassRate(minPassRate);
        } catch (InvalidParameterException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        Path file = reportsDirectory.toPath().resolve(ResultsJson.FILE_NAME);
        String shown = Paths.display(project, file);
        if (!Files.isRegularFile(file)) {
            if ("pom".equals(project.getPackaging())) {
                return;
            }
            throw new MojoExecutionException("aitest: " + shown + " does not exist; run the aitest:test goal first, "
                    + "e.g. bind it with the verify goal in the plugin's execution, or run "
                    + "mvn test-compile aitest:test aitest:verify");
        }
        Results results;
        try {
            results = ResultsJson.read(file);
        } catch (IOException e) {
            throw new MojoExecutionException("aitest: cannot read " + shown + ": " + e.getMessage()
                    + "; run aitest:test again to rewrite it", e);
        }
        PassRateGate.Verdict verdict = PassRateGate.check(results.summary(), threshold, shown);
        if (!verdict.passed()) {
            throw new MojoFailureException(verdict.message());
        }
        getLog().info(verdict.message());
    }
}
