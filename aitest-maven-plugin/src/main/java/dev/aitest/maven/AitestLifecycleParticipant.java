package dev.aitest.maven;

import dev.aitest.port.ConsoleText;
import dev.aitest.run.WarmUp;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.AbstractMavenLifecycleParticipant;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Active when the plugin is declared with {@code <extensions>true</extensions>}: in every project that binds
 * {@code aitest:test} (and does not set {@code aitest.skip}), it unbinds the {@code test} goal of Surefire's
 * {@code default-test} execution, and in every project that binds {@code aitest:integration-test}, the
 * {@code integration-test} and {@code verify} goals of Failsafe's executions, so that {@code mvn verify} runs each
 * test exactly {@code aitest.iterations} times and neither plugin can fail the build before aitest has run every
 * iteration. The executions' configuration stays in the model: aitest runs it. When the build goes as far as the
 * tests, it also starts the {@link WarmUp}. Once per build, it warns about {@code aitest.*} properties no goal knows
 * ({@link PropertyCheck}) and about projects whose integration tests would run outside aitest.
 */
public class AitestLifecycleParticipant extends AbstractMavenLifecycleParticipant {

    static final String PLUGIN_KEY = "dev.aitest:aitest-maven-plugin";
    /** Project context key set when Surefire's default-test execution was unbound. */
    static final String UNBOUND_MARKER = "aitest.surefireDefaultTestUnbound";
    /** Project context key set when Failsafe's executions were unbound: the ids of those that ran the tests. */
    static final String FAILSAFE_UNBOUND_MARKER = "aitest.failsafeUnbound";

    /** The marker set when the plugin's own executions were unbound. */
    static String unboundMarker(TestPluginLauncher.TestPlugin plugin) {
        return plugin == TestPluginLauncher.TestPlugin.SUREFIRE ? UNBOUND_MARKER : FAILSAFE_UNBOUND_MARKER;
    }

    /** The phases of the default lifecycle from {@code test} on: a build asking for one of them runs the tests. */
    private static final Set<String> TEST_AND_LATER = Set.of("test", "prepare-package", "package",
            "pre-integration-test", "integration-test", "post-integration-test", "verify", "install", "deploy");

    private static final Logger LOG = LoggerFactory.getLogger(AitestLifecycleParticipant.class);

    /** The phases of the default lifecycle from {@code integration-test} on: a build asking for one runs Failsafe. */
    private static final Set<String> INTEGRATION_TEST_AND_LATER = Set.of("integration-test", "post-integration-test",
            "verify", "install", "deploy");

    @Override
    public void afterProjectsRead(MavenSession session) {
        PropertyCheck.once(session.getRepositorySession(), session.getUserProperties(), LOG::warn);
        boolean aitestRuns = false;
        List<String> outsideAitest = new ArrayList<>();
        for (MavenProject project : session.getProjects()) {
            Plugin aitest = project.getPlugin(PLUGIN_KEY);
            if (aitest != null && !skipped(session, project, aitest)) {
                aitestRuns |= unbindTestPlugins(project, aitest);
                if (failsafeOutsideAitest(project, aitest)) {
                    outsideAitest.add(project.getArtifactId());
                }
            }
        }
        if (!outsideAitest.isEmpty() && runsIntegrationTests(session.getGoals(), session.getUserProperties())) {
            LOG.warn(ConsoleText.line(failsafeOutsideAitestWarning(outsideAitest)));
        }
        if (aitestRuns && runsTests(session.getGoals(), session.getUserProperties())) {
            // the report writers load while Maven builds and compiles on one core, not while the tests run
            WarmUp.start();
        }
    }

    /**
     * Unbinds the goals of the project's own test plugins that aitest's goals bound in {@code aitest} replace:
     * Surefire's default-test {@code test}, Failsafe's {@code integration-test} and {@code verify}; marks the
     * project so that the goals know (the ids of Failsafe's executions that ran the tests, for Failsafe).
     *
     * @return true when aitest runs tests in the project
     */
    static boolean unbindTestPlugins(MavenProject project, Plugin aitest) {
        boolean runs = false;
        if (binds(aitest, "test")) {
            runs = true;
            Plugin surefire = project.getPlugin(TestPluginLauncher.SUREFIRE_KEY);
            PluginExecution execution = surefire == null ? null
                    : surefire.getExecutionsAsMap().get(TestPluginLauncher.DEFAULT_EXECUTION);
            if (execution != null && unbind(execution, List.of("test"))) {
                project.setContextValue(UNBOUND_MARKER, Boolean.TRUE);
            }
        }
        if (binds(aitest, "integration-test")) {
            runs = true;
            Plugin failsafe = project.getPlugin(TestPluginLauncher.FAILSAFE_KEY);
            List<String> unbound = new ArrayList<>();
            for (PluginExecution execution : failsafe == null ? List.<PluginExecution>of() : failsafe.getExecutions()) {
                boolean ranTests = execution.getGoals().contains("integration-test");
                if (unbind(execution, List.of("integration-test", "verify")) && ranTests) {
                    unbound.add(execution.getId());
                }
            }
            if (!unbound.isEmpty()) {
                // the ids of the executions whose configuration aitest runs
                project.setContextValue(FAILSAFE_UNBOUND_MARKER, List.copyOf(unbound));
            }
        }
        return runs;
    }

    /**
     * Whether {@code project} binds Failsafe's {@code integration-test} goal while its aitest execution runs the unit
     * tests but not the integration tests: the snippet users copied before aitest ran Failsafe lists {@code test}
     * and {@code verify} only, and the integration tests then run once, outside aitest, in no results.
     */
    static boolean failsafeOutsideAitest(MavenProject project, Plugin aitest) {
        if (!binds(aitest, "test") || binds(aitest, "integration-test")) {
            return false;
        }
        Plugin failsafe = project.getPlugin(TestPluginLauncher.FAILSAFE_KEY);
        return failsafe != null && failsafe.getExecutions().stream()
                .anyMatch(e -> e.getGoals().contains("integration-test"));
    }

    /** The one warning for the projects (artifactIds) whose integration tests run outside aitest. */
    static String failsafeOutsideAitestWarning(List<String> projects) {
        String which = projects.size() == 1 ? projects.get(0)
                : projects.size() + " modules (" + String.join(", ", projects.subList(0, Math.min(5, projects.size())))
                        + (projects.size() > 5 ? ", ..." : "") + ")";
        return "aitest: " + which + " binds Failsafe's integration-test goal, but the aitest execution lists no "
                + "integration-test goal: the integration tests run once, outside aitest, and are in none of its "
                + "results; add <goal>integration-test</goal> to the aitest execution's <goals> (between <goal>test"
                + "</goal> and <goal>verify</goal>) to run them aitest.iterations times too";
    }

    /** Whether a build of {@code goals} reaches the integration-test phase with integration tests not skipped. */
    static boolean runsIntegrationTests(List<String> goals, Properties userProperties) {
        String skipITs = userProperties.getProperty("skipITs");
        return runsTests(goals, userProperties) && !(skipITs != null && isTrue(skipITs))
                && goals.stream().anyMatch(INTEGRATION_TEST_AND_LATER::contains);
    }

    /** Whether a build of {@code goals} reaches the test phase with tests not skipped. */
    static boolean runsTests(List<String> goals, Properties userProperties) {
        for (String property : List.of("skipTests", "maven.test.skip")) {
            String value = userProperties.getProperty(property);
            if (value != null && isTrue(value)) {
                return false;
            }
        }
        return goals.stream().anyMatch(TEST_AND_LATER::contains);
    }

    private static boolean binds(Plugin aitest, String goal) {
        return aitest.getExecutions().stream().anyMatch(e -> e.getGoals().contains(goal));
    }

    /** Removes {@code goals} from the execution; true when it bound any of them. */
    private static boolean unbind(PluginExecution execution, List<String> goals) {
        List<String> kept = new ArrayList<>(execution.getGoals());
        if (!kept.removeAll(goals)) {
            return false;
        }
        execution.setGoals(kept);
        return true;
    }

    /** {@code aitest.skip} from the command line, the project's properties or the plugin's configuration. */
    static boolean skipped(MavenSession session, MavenProject project, Plugin aitest) {
        String value = session.getUserProperties().getProperty("aitest.skip");
        if (value == null) {
            value = session.getSystemProperties().getProperty("aitest.skip");
        }
        if (value == null) {
            value = project.getProperties().getProperty("aitest.skip");
        }
        if (value != null) {
            return isTrue(value);
        }
        if (skipIn(aitest.getConfiguration())) {
            return true;
        }
        return aitest.getExecutions().stream()
                .anyMatch(e -> (e.getGoals().contains("test") || e.getGoals().contains("integration-test"))
                        && skipIn(e.getConfiguration()));
    }

    private static boolean skipIn(Object configuration) {
        Xpp3Dom skip = configuration instanceof Xpp3Dom dom ? dom.getChild("skip") : null;
        return skip != null && isTrue(skip.getValue());
    }

    private static boolean isTrue(String value) {
        return value != null && (value.isBlank() || "true".equalsIgnoreCase(value.trim()));
    }
}
