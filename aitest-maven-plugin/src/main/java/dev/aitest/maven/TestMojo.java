package dev.aitest.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs every test {@code aitest.iterations} times through the project's own Surefire, merges the Surefire XML of
 * all iterations and writes {@code results.json} and the reports under {@code aitest.reportsDirectory}. It never
 * fails the build because tests failed: {@code aitest:verify} does that.
 */
@Mojo(name = "test", defaultPhase = LifecyclePhase.TEST, requiresDependencyResolution = ResolutionScope.TEST,
        threadSafe = true)
public class TestMojo extends AbstractRunMojo {

    @Override
    TestPluginLauncher.TestPlugin plugin() {
        return TestPluginLauncher.TestPlugin.SUREFIRE;
    }

    @Override
    protected String skippedMessage() {
        return "aitest: tests are skipped.";
    }
}
