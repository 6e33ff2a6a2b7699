package dev.aitest.maven;

import dev.aitest.config.InvalidParameterException;
import dev.aitest.config.Parameters;
import dev.aitest.gate.PassRateGate;
import dev.aitest.model.Results;
import dev.aitest.store.ReportsLayout;
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

    /**
     * The lowest acceptable overall pass rate in percent (0-100). Unset: the threshold recorded in results.json by
     * aitest:test, which the reports show. When it differs from the recorded one, the log says so and names both.
     */
    @Parameter(property = "aitest.minPassRate")
    private String minPassRate;

    /**
     * Judges an incomplete run (one stopped before its iterations ended) on the iterations that finished, instead
     * of refusing to pass it.
     */
    @Parameter(property = "aitest.allowIncomplete", defaultValue = "false")
    private boolean allowIncomplete;

    @Override
    protected String skippedMessage() {
        return "aitest: tests are skipped, so is the pass-rate check.";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Double threshold;
        try {
            threshold = minPassRate == null || minPassRate.isBlank() ? null : Parameters.minPassRate(minPassRate);
        } catch (InvalidParameterException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        Results results = readResults("bind it with the verify goal in the plugin's execution, or run "
                + "mvn test-compile aitest:test aitest:verify");
        if (results == null) {
            return;
        }
        PassRateGate.Decision decision = PassRateGate.decide(results, threshold, allowIncomplete,
                shown(reportsDirectory().resolve(ReportsLayout.RESULTS_JSON)));
        decision.notes().forEach(getLog()::warn);
        if (!decision.verdict().passed()) {
            throw new MojoFailureException(decision.verdict().message());
        }
        getLog().info(decision.verdict().message());
    }
}
