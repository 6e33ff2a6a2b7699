package dev.aitest.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs the project's Failsafe integration tests {@code aitest.iterations} times through its own Failsafe (every
 * execution that binds {@code integration-test}), and writes them with the unit tests aitest:test ran earlier in
 * the build into the same {@code results.json} and reports: iteration i of the integration tests is iteration i of
 * the run. The {@code pre-integration-test} and {@code post-integration-test} phases run once, around all
 * iterations. It never fails the build because tests failed: {@code aitest:verify} does that.
 */
@Mojo(name = "integration-test", defaultPhase = LifecyclePhase.INTEGRATION_TEST,
        requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class IntegrationTestMojo extends AbstractRunMojo {

    /** Failsafe's {@code skipITs}: skips the integration tests, and so does this goal. */
    @Parameter(property = "skipITs", defaultValue = "false")
    private boolean skipITs;

    @Override
    TestPluginLauncher.TestPlugin plugin() {
        return TestPluginLauncher.TestPlugin.FAILSAFE;
    }

    @Override
    protected String skippedMessage() {
        return "aitest: integration tests are skipped.";
    }

    @Override
    protected String skipped() {
        String skipped = super.skipped();
        return skipped == null && skipITs ? "aitest: integration tests are skipped (skipITs)." : skipped;
    }
}
