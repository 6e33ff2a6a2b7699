package dev.aitest.maven;

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

/**
 * Active when the plugin is declared with {@code <extensions>true</extensions>}: in every project that binds
 * {@code aitest:test} (and does not set {@code aitest.skip}), it unbinds the {@code test} goal of Surefire's
 * {@code default-test} execution, so that {@code mvn verify} runs each test exactly {@code aitest.iterations}
 * times and Surefire cannot fail the build before aitest has run every iteration. The execution's configuration
 * stays in the model: aitest runs it. When the build goes as far as the tests, it also starts the {@link WarmUp}.
 */
public class AitestLifecycleParticipant extends AbstractMavenLifecycleParticipant {

    static final String PLUGIN_KEY = "dev.aitest:aitest-maven-plugin";
    /** Project context key set when Surefire's default-test execution was unbound. */
    static final String UNBOUND_MARKER = "aitest.surefireDefaultTestUnbound";

    /** The phases of the default lifecycle from {@code test} on: a build asking for one of them runs the tests. */
    private static final Set<String> TEST_AND_LATER = Set.of("test", "prepare-package", "package",
            "pre-integration-test", "integration-test", "post-integration-test", "verify", "install", "deploy");

    @Override
    public void afterProjectsRead(MavenSession session) {
        boolean aitestRuns = false;
        for (MavenProject project : session.getProjects()) {
            Plugin aitest = project.getPlugin(PLUGIN_KEY);
            if (aitest == null || !bindsTestGoal(aitest) || skipped(session, project, aitest)) {
                continue;
            }
            aitestRuns = true;
            Plugin surefire = project.getPlugin(SurefireLauncher.SUREFIRE_KEY);
            PluginExecution execution = surefire == null ? null
                    : surefire.getExecutionsAsMap().get(SurefireLauncher.DEFAULT_EXECUTION);
            if (execution == null) {
                continue;
            }
            List<String> goals = new ArrayList<>(execution.getGoals());
            if (goals.remove("test")) {
                execution.setGoals(goals);
                project.setContextValue(UNBOUND_MARKER, Boolean.TRUE);
            }
        }
        if (aitestRuns && runsTests(session.getGoals(), session.getUserProperties())) {
            // the report writers load while Maven builds and compiles on one core, not while the tests run
            WarmUp.start();
        }
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

    private static boolean bindsTestGoal(Plugin aitest) {
        return aitest.getExecutions().stream().anyMatch(e -> e.getGoals().contains("test"));
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
                .anyMatch(e -> e.getGoals().contains("test") && skipIn(e.getConfiguration()));
    }

    private static boolean skipIn(Object configuration) {
        Xpp3Dom skip = configuration instanceof Xpp3Dom dom ? dom.getChild("skip") : null;
        return skip != null && isTrue(skip.getValue());
    }

    private static boolean isTrue(String value) {
        return value != null && (value.isBlank() || "true".equalsIgnoreCase(value.trim()));
    }
}
