package dev.aitest.maven;

import dev.aitest.config.InvalidParameterException;
import dev.aitest.config.Parameters;
import dev.aitest.gate.PassRateGate;
import dev.aitest.model.Results;
import dev.aitest.report.ResultsJson;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reads {@code results.json} and fails the build when the overall pass rate is below {@code aitest.minPassRate}.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends AbstractAitestMojo {

    /** The lowest acceptable overall pass rate in percent (0-100). */
    @Parameter(property = "aitest.minPassRate", defaultValue = "100")
    private String minPassRate;

    @Override
    protected String skippedMessage() {
        return "aitest: tests are skipped, so is the pass-rate check.";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        double threshold;
        try {
            threshold = Parameters.minPassRate(minPassRate);
        } catch (InvalidParameterException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        Results results = readResults("bind it with the verify goal in the plugin's execution, or run "
                + "mvn test-compile aitest:test aitest:verify");
        if (results == null) {
            return;
        }
        PassRateGate.Verdict verdict = PassRateGate.check(results.summary(), threshold,
                shown(reportsDirectory().resolve(ResultsJson.FILE_NAME)));
        if (!verdict.passed()) {
            throw new MojoFailureException(verdict.message());
        }
        getLog().info(verdict.message());
    }
}
