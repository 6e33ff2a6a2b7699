package dev.aitest.maven;

import dev.aitest.gate.GivenCriteria;
import dev.aitest.gate.Decision;
import dev.aitest.gate.PassRateGate;
import dev.aitest.model.Results;
import dev.aitest.store.ReportsLayout;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reads {@code results.json} and fails the build when the overall pass rate is below {@code aitest.minPassRate}. In
 * a reactor, each module is judged on its own, and the build fails once, after every module ran its iterations,
 * naming every module below its threshold.
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

    /**
     * Fails the build when the comparison with the baseline (aitest.baseline, given to the goal that wrote
     * results.json) found the overall pass rate worse beyond noise or any test regressed, naming them. Without it
     * the comparison is reported only.
     */
    @Parameter(property = "aitest.failOnRegression", defaultValue = "false")
    private boolean failOnRegression;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Component
    private LifecycleExecutor lifecycleExecutor;

    @Override
    protected String skippedMessage() {
        return "aitest: tests are skipped, so is the pass-rate check.";
    }

    @Override
    protected void whenSkipped() throws MojoFailureException {
        endInReactor(Reactor.of(session, lifecycleExecutor), null);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        GivenCriteria given = criteria(minPassRate);
        Reactor reactor = Reactor.of(session, lifecycleExecutor);
        String below = null;
        try {
            Results results = readResults("bind it with the verify goal in the plugin's execution, or run "
                    + "mvn test-compile aitest:test aitest:verify");
            if (results == null) {
                return;
            }
            Decision decision = Decision.of(results, given, allowIncomplete, failOnRegression,
                    shown(reportsDirectory().resolve(ReportsLayout.RESULTS_JSON)));
            decision.notes().forEach(getLog()::warn);
            if (decision.verdict().passed()) {
                getLog().info(decision.verdict().message());
            } else if (reactor == null) {
                throw new MojoFailureException(decision.verdict().message());
            } else {
                // in a reactor, every module runs its iterations first: the build fails once, at the end
                below = decision.verdict().finding();
                getLog().warn(decision.verdict().message() + "; the build fails once every module of the reactor has "
                        + "run its iterations");
            }
        } finally {
            endInReactor(reactor, below);
        }
    }

    /** In a reactor, the last aitest:verify fails the build when any module is below its own threshold. */
    private void endInReactor(Reactor reactor, String below) throws MojoFailureException {
        List<String> failing = reactor == null ? null : reactor.verified(project(), below);
        if (failing == null) {
            return;
        }
        String aggregate = reactor.aggregateDirectory().resolve(ReportsLayout.RESULTS_JSON).toString();
        if (!failing.isEmpty()) {
            throw new MojoFailureException(PassRateGate.belowMessage(failing, aggregate));
        }
    }
}
