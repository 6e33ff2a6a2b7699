package dev.aitest.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class AitestLifecycleParticipantTest {

    private static Properties properties(String... pairs) {
        Properties properties = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            properties.setProperty(pairs[i], pairs[i + 1]);
        }
        return properties;
    }

    @Test
    void aBuildUpToTheTestPhaseOrLaterRunsTheTests() {
        assertTrue(AitestLifecycleParticipant.runsTests(List.of("test"), properties()));
        assertTrue(AitestLifecycleParticipant.runsTests(List.of("clean", "verify"), properties()));
        assertTrue(AitestLifecycleParticipant.runsTests(List.of("install"), properties()));
    }

    @Test
    void aBuildThatStopsBeforeTheTestPhaseOrRunsOtherGoalsDoesNot() {
        assertFalse(AitestLifecycleParticipant.runsTests(List.of("test-compile"), properties()));
        assertFalse(AitestLifecycleParticipant.runsTests(List.of("clean", "compile"), properties()));
        assertFalse(AitestLifecycleParticipant.runsTests(List.of("aitest:report"), properties()));
    }

    @Test
    void skippedTestsAreNotRun() {
        assertFalse(AitestLifecycleParticipant.runsTests(List.of("verify"), properties("skipTests", "true")));
        assertFalse(AitestLifecycleParticipant.runsTests(List.of("verify"), properties("skipTests", "")));
        assertFalse(AitestLifecycleParticipant.runsTests(List.of("verify"), properties("maven.test.skip", "true")));
        assertTrue(AitestLifecycleParticipant.runsTests(List.of("verify"), properties("skipTests", "false")));
    }

    // ---------------------------------------------------------------- unbinding the test plugins

    private static org.apache.maven.model.Plugin plugin(String artifactId, String executionId, String... goals) {
        org.apache.maven.model.Plugin plugin = new org.apache.maven.model.Plugin();
        plugin.setGroupId(artifactId.startsWith("aitest") ? "dev.aitest" : "org.apache.maven.plugins");
        plugin.setArtifactId(artifactId);
        org.apache.maven.model.PluginExecution execution = new org.apache.maven.model.PluginExecution();
        execution.setId(executionId);
        execution.setGoals(new java.util.ArrayList<>(List.of(goals)));
        plugin.addExecution(execution);
        return plugin;
    }

    private static org.apache.maven.project.MavenProject project(org.apache.maven.model.Plugin... plugins) {
        org.apache.maven.model.Model model = new org.apache.maven.model.Model();
        model.setBuild(new org.apache.maven.model.Build());
        for (org.apache.maven.model.Plugin plugin : plugins) {
            model.getBuild().addPlugin(plugin);
        }
        return new org.apache.maven.project.MavenProject(model);
    }

    @Test
    void aitestsGoalsTakeOverSurefiresTestAndFailsafesIntegrationTestAndVerify() {
        org.apache.maven.model.Plugin failsafe = plugin("maven-failsafe-plugin", "its", "integration-test", "verify");
        org.apache.maven.model.PluginExecution other = new org.apache.maven.model.PluginExecution();
        other.setId("report-only");
        other.setGoals(new java.util.ArrayList<>(List.of("verify")));
        failsafe.addExecution(other);
        org.apache.maven.project.MavenProject project = project(
                plugin("maven-surefire-plugin", "default-test", "test"), failsafe);
        org.apache.maven.model.Plugin aitest = plugin("aitest-maven-plugin", "default", "test", "integration-test",
                "verify");

        assertTrue(AitestLifecycleParticipant.unbindTestPlugins(project, aitest));

        assertTrue(project.getPlugin(TestPluginLauncher.SUREFIRE_KEY).getExecutionsAsMap().get("default-test").getGoals()
                .isEmpty());
        assertTrue(failsafe.getExecutionsAsMap().get("its").getGoals().isEmpty());
        assertTrue(failsafe.getExecutionsAsMap().get("report-only").getGoals().isEmpty(), "no Failsafe verify is left");
        assertTrue(Boolean.TRUE.equals(project.getContextValue(AitestLifecycleParticipant.UNBOUND_MARKER)));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("its"),
                project.getContextValue(AitestLifecycleParticipant.FAILSAFE_UNBOUND_MARKER));
        // aitest runs the configuration of the execution that ran the tests, although it is unbound now
        org.junit.jupiter.api.Assertions.assertEquals(List.of("its"), TestPluginLauncher.TestPlugin.FAILSAFE.executions(
                failsafe, project.getContextValue(AitestLifecycleParticipant.FAILSAFE_UNBOUND_MARKER)));
    }

    @Test
    void withoutAitestsIntegrationTestGoalFailsafeStaysAsItIs() {
        org.apache.maven.model.Plugin failsafe = plugin("maven-failsafe-plugin", "its", "integration-test", "verify");
        org.apache.maven.project.MavenProject project = project(failsafe);

        assertTrue(AitestLifecycleParticipant.unbindTestPlugins(project, plugin("aitest-maven-plugin", "default", "test")));

        org.junit.jupiter.api.Assertions.assertEquals(List.of("integration-test", "verify"),
                failsafe.getExecutionsAsMap().get("its").getGoals());
        org.junit.jupiter.api.Assertions.assertNull(project.getContextValue(
                AitestLifecycleParticipant.FAILSAFE_UNBOUND_MARKER));
    }

    @Test
    void withoutTheExtensionTheTestPluginsOwnExecutionsAreWarnedAbout() {
        org.apache.maven.model.Plugin failsafe = plugin("maven-failsafe-plugin", "its", "integration-test", "verify");

        org.junit.jupiter.api.Assertions.assertEquals("aitest: Failsafe's execution its also runs the integration tests in "
                + "this build, and its verify goal can fail the build before aitest's verdict; declare the aitest plugin "
                + "with <extensions>true</extensions> so that each integration test runs exactly aitest.iterations times",
                AbstractRunMojo.ownExecutionsWarning(TestPluginLauncher.TestPlugin.FAILSAFE, failsafe, false, false));
        org.junit.jupiter.api.Assertions.assertNull(AbstractRunMojo.ownExecutionsWarning(
                TestPluginLauncher.TestPlugin.FAILSAFE, failsafe, true, false), "not from the command line");
        org.junit.jupiter.api.Assertions.assertNull(AbstractRunMojo.ownExecutionsWarning(
                TestPluginLauncher.TestPlugin.FAILSAFE, failsafe, false, true), "not once unbound");
        org.junit.jupiter.api.Assertions.assertTrue(AbstractRunMojo.ownExecutionsWarning(
                TestPluginLauncher.TestPlugin.SUREFIRE, plugin("maven-surefire-plugin", "default-test", "test"), false,
                false).startsWith("aitest: Surefire's default-test execution also runs the tests in this build"));
    }

    // ---------------------------------------------------------------- Failsafe outside aitest

    @Test
    void anAitestExecutionWithoutIntegrationTestLeavesFailsafesTestsOutsideAitest() {
        org.apache.maven.project.MavenProject project = project(plugin("maven-surefire-plugin", "default-test", "test"),
                plugin("maven-failsafe-plugin", "default", "integration-test", "verify"));
        org.apache.maven.model.Plugin old = plugin("aitest-maven-plugin", "default", "test", "verify");

        assertTrue(AitestLifecycleParticipant.failsafeOutsideAitest(project, old));
        AitestLifecycleParticipant.unbindTestPlugins(project, old);
        org.junit.jupiter.api.Assertions.assertEquals(List.of("integration-test", "verify"),
                project.getPlugin(TestPluginLauncher.FAILSAFE_KEY).getExecutionsAsMap().get("default").getGoals(),
                "Failsafe still runs, once");
        org.junit.jupiter.api.Assertions.assertEquals("aitest: app binds Failsafe's integration-test goal, but the "
                + "aitest execution lists no integration-test goal: the integration tests run once, outside aitest, "
                + "and are in none of its results; add <goal>integration-test</goal> to the aitest execution's "
                + "<goals> (between <goal>test</goal> and <goal>verify</goal>) to run them aitest.iterations times too",
                AitestLifecycleParticipant.failsafeOutsideAitestWarning(List.of("app")));
        org.junit.jupiter.api.Assertions.assertTrue(AitestLifecycleParticipant.failsafeOutsideAitestWarning(
                List.of("a", "b", "c", "d", "e", "f")).startsWith("aitest: 6 modules (a, b, c, d, e, ...) binds"));
    }

    @Test
    void failsafeRunByAitestOrNotBoundOrNotReachedIsNoWarning() {
        org.apache.maven.project.MavenProject withIts = project(
                plugin("maven-failsafe-plugin", "default", "integration-test", "verify"));
        assertFalse(AitestLifecycleParticipant.failsafeOutsideAitest(withIts,
                plugin("aitest-maven-plugin", "default", "test", "integration-test", "verify")));
        assertFalse(AitestLifecycleParticipant.failsafeOutsideAitest(project(
                plugin("maven-failsafe-plugin", "default", "verify")),
                plugin("aitest-maven-plugin", "default", "test", "verify")));
        assertFalse(AitestLifecycleParticipant.failsafeOutsideAitest(project(),
                plugin("aitest-maven-plugin", "default", "test", "verify")));

        assertTrue(AitestLifecycleParticipant.runsIntegrationTests(List.of("clean", "verify"), properties()));
        assertTrue(AitestLifecycleParticipant.runsIntegrationTests(List.of("install"), properties("skipITs", "false")));
        assertFalse(AitestLifecycleParticipant.runsIntegrationTests(List.of("test"), properties()));
        assertFalse(AitestLifecycleParticipant.runsIntegrationTests(List.of("verify"), properties("skipITs", "")));
        assertFalse(AitestLifecycleParticipant.runsIntegrationTests(List.of("verify"), properties("skipTests", "true")));
    }
}
