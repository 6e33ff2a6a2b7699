package dev.aitest.maven;

import dev.aitest.model.TestKind;
import dev.aitest.run.CrashMessages;
import dev.aitest.run.FailsafeSummary;
import dev.aitest.run.Iteration;
import dev.aitest.run.IterationException;
import dev.aitest.run.IterationRunner;
import dev.aitest.model.TestFilter;
import dev.aitest.runtime.AiTest;
import dev.aitest.store.ReportsLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.PluginConfigurationException;
import org.apache.maven.plugin.PluginManagerException;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Runs one iteration through the project's own Surefire (unit tests) or Failsafe (integration tests): its version,
 * its {@code <configuration>} (plugin level merged with the execution's) and its plugin dependencies, with a few values
 * set per iteration: the reports directory (and Failsafe's summary file), {@code aitest.iteration}, the test JVMs'
 * temp directory and no reruns. Failing tests never fail an iteration. Surefire runs without
 * {@code testFailureIgnore}: its own "There are test failures" is a normal end, while a fork timeout, which it would
 * only log under {@code testFailureIgnore}, ends the iteration as timed out. Failsafe never fails on its tests and
 * records a crash or a timeout in its summary file, which is read after each iteration.
 */
final class TestPluginLauncher implements IterationRunner {

    /** A plugin that runs tests, and how aitest runs it. */
    enum TestPlugin {
        /** Surefire's {@code test} goal, with the {@code default-test} execution's configuration. */
        SUREFIRE("maven-surefire-plugin", "test", "Surefire", TestKind.TEST),
        /** Failsafe's {@code integration-test} goal, once per execution that binds it. */
        FAILSAFE("maven-failsafe-plugin", "integration-test", "Failsafe", TestKind.INTEGRATION_TEST);

        final String artifactId;
        final String goal;
        final String name;
        final TestKind kind;

        TestPlugin(String artifactId, String goal, String name, TestKind kind) {
            this.artifactId = artifactId;
            this.goal = goal;
            this.name = name;
            this.kind = kind;
        }

        /** groupId:artifactId. */
        String key() {
            return "org.apache.maven.plugins:" + artifactId;
        }

        /**
         * The ids of the project's executions whose configuration aitest runs: Surefire's {@code default-test}
         * (which exists whether or not it is declared), Failsafe's executions that bind {@code integration-test}, or
         * that bound it before aitest's extension unbound them ({@code unbound}).
         */
        List<String> executions(Plugin declared, Object unbound) {
            if (this == SUREFIRE) {
                return List.of(DEFAULT_EXECUTION);
            }
            List<String> ids = new ArrayList<>();
            if (declared != null) {
                for (PluginExecution execution : declared.getExecutions()) {
                    if (execution.getGoals().contains(goal)
                            || unbound instanceof List<?> list && list.contains(execution.getId())) {
                        ids.add(execution.getId());
                    }
                }
            }
            return ids;
        }
    }

    static final String SUREFIRE_KEY = TestPlugin.SUREFIRE.key();
    static final String FAILSAFE_KEY = TestPlugin.FAILSAFE.key();
    static final String DEFAULT_EXECUTION = "default-test";

    private final TestPlugin plugin;
    private final MavenSession session;
    private final MavenProject project;
    private final BuildPluginManager plugins;
    private final Log log;
    private final MojoDescriptor descriptor;
    /** The completed configuration of each execution to run, by execution id. */
    private final Map<String, Xpp3Dom> bases;
    private final String version;
    private final boolean forceFork;
    private final int forkTimeoutSeconds;

    private TestPluginLauncher(TestPlugin plugin, MavenSession session, MavenProject project,
            BuildPluginManager plugins, Log log, MojoDescriptor descriptor, Map<String, Xpp3Dom> bases, String version,
            boolean forceFork, int forkTimeoutSeconds) {
        this.plugin = plugin;
        this.session = session;
        this.project = project;
        this.plugins = plugins;
        this.log = log;
        this.descriptor = descriptor;
        this.bases = bases;
        this.version = version;
        this.forceFork = forceFork;
        this.forkTimeoutSeconds = forkTimeoutSeconds;
    }

    /**
     * Loads the project's plugin (or the pinned version when it is older than 3.0) and its configuration; null when
     * the project has no execution to run (Failsafe not declared, or bound to no {@code integration-test}).
     */
    static TestPluginLauncher prepare(TestPlugin plugin, MavenSession session, MavenProject project,
            BuildPluginManager plugins, Log log, String pinnedVersion) throws MojoExecutionException {
        Plugin declared = project.getPlugin(plugin.key());
        List<String> executions = plugin.executions(declared,
                project.getContextValue(AitestLifecycleParticipant.unboundMarker(plugin)));
        if (executions.isEmpty()) {
            return null;
        }
        Plugin resolved = declared == null ? new Plugin() : declared.clone();
        resolved.setGroupId("org.apache.maven.plugins");
        resolved.setArtifactId(plugin.artifactId);
        String declaredVersion = resolved.getVersion();
        if (declaredVersion == null || majorVersion(declaredVersion) < 3) {
            resolved.setVersion(pinnedVersion);
            log.info("aitest: the project's " + plugin.name + " " + (declaredVersion == null ? "(none declared)"
                    : declaredVersion) + " is older than 3.0 and cannot run JUnit 5; the iterations run with "
                    + plugin.name + " " + pinnedVersion);
        } else {
            log.info("aitest: the iterations run with the project's " + plugin.name + " " + declaredVersion);
        }
        MojoDescriptor descriptor;
        try {
            descriptor = plugins.getMojoDescriptor(resolved, plugin.goal, project.getRemotePluginRepositories(),
                    session.getRepositorySession());
            // Maven fills these on first use without a lock; filling them here, once, leaves iterations running at
            // once only reading them (one that read them half-filled saw no JUnit Platform and ran no test)
            project.getArtifacts();
            project.getArtifactMap();
            plugins.getPluginRealm(session, descriptor.getPluginDescriptor());
            descriptor.getPluginDescriptor().getArtifactMap();
        } catch (Exception e) {
            throw new MojoExecutionException("aitest: cannot load " + plugin.artifactId + " " + resolved.getVersion()
                    + ": " + e.getMessage(), e);
        }
        // what a killed build left: the plugins delete their temp folders when they end, not when they are killed
        ReportsLayout.removeSurefireTempDirs(java.nio.file.Path.of(project.getBuild().getDirectory()));
        Map<String, Xpp3Dom> bases = new LinkedHashMap<>();
        boolean forceFork = false;
        int forkTimeout = 0;
        for (String id : executions) {
            Xpp3Dom base = complete(descriptor, configuration(declared, id));
            bases.put(id, base);
            Evaluator evaluator = new Evaluator(session, descriptor, base);
            String forkCount = evaluator.string("forkCount");
            forceFork |= "0".equals(forkCount == null ? null : forkCount.trim());
            String reruns = evaluator.string("rerunFailingTestsCount");
            if (reruns != null && !reruns.trim().equals("0")) {
                log.info("aitest: the project sets rerunFailingTestsCount=" + reruns.trim() + "; aitest sets it to 0 "
                        + "during iterations, since reruns would hide the flakiness being measured");
            }
            forkTimeout = Math.max(forkTimeout, wholeSeconds(evaluator.string("forkedProcessTimeoutInSeconds")));
            if (runsOnJUnit4(project, declared)) {
                addJUnit4Listener(base);
                log.debug("aitest: the tests run on a JUnit 4 provider; " + JUNIT4_LISTENER + " is added to "
                        + plugin.name + "'s listener property, so that what aitest-runtime records reaches its test");
            }
            // the argLine as the project's own expressions (JaCoCo's @{argLine} included) give it
            set(base, "argLine", evaluator.string("argLine"));
        }
        if (forceFork) {
            log.info("aitest: the project sets forkCount=0; each iteration still runs in fresh forked JVMs "
                    + "(forkCount=1) so that iterations never share JVM state");
        }
        return new TestPluginLauncher(plugin, session, project, plugins, log, descriptor, bases, resolved.getVersion(),
                forceFork, forkTimeout);
    }

    /** aitest-runtime's JUnit 4 {@code RunListener}, which JUnit 4 cannot load by itself. */
    static final String JUNIT4_LISTENER = "dev.aitest.runtime.AiTestJUnit4Listener";

    /**
     * Whether Surefire (or Failsafe) runs the tests with its JUnit 4 provider ({@code surefire-junit4} or
     * {@code surefire-junit47}) and aitest-runtime is on the test classpath: the provider the project's plugin
     * dependencies name, else the one Surefire picks by itself, in its own order (the JUnit Platform, then TestNG,
     * then JUnit 4.0 or newer). The JUnit Platform and TestNG load the runtime's listeners through
     * {@code ServiceLoader}; JUnit 4 needs its listener named in the provider's {@code listener} property.
     */
    static boolean runsOnJUnit4(MavenProject project, Plugin declared) {
        boolean platform = false;
        boolean testng = false;
        boolean junit4 = false;
        for (org.apache.maven.artifact.Artifact artifact : project.getArtifacts()) {
            String group = artifact.getGroupId();
            String id = artifact.getArtifactId();
            platform |= "org.junit.platform".equals(group) && "junit-platform-engine".equals(id);
            testng |= "org.testng".equals(group) && "testng".equals(id);
            junit4 |= "junit".equals(group) && "junit".equals(id) && majorVersion(artifact.getVersion()) >= 4;
        }
        if (!runtimeOnTestClasspath(project)) {
            return false;
        }
        if (declared != null) {
            for (org.apache.maven.model.Dependency dependency : declared.getDependencies()) {
                if ("org.apache.maven.surefire".equals(dependency.getGroupId())) {
                    switch (dependency.getArtifactId()) {
                        case "surefire-junit4", "surefire-junit47" -> {
                            return true;
                        }
                        case "surefire-junit-platform", "surefire-testng", "surefire-junit3" -> {
                            return false;
                        }
                        default -> {
                            // not a provider
                        }
                    }
                }
            }
        }
        return !platform && !testng && junit4;
    }

    /**
     * Adds {@link #JUNIT4_LISTENER} to the {@code listener} entry of the configuration's {@code properties} (after
     * the project's own listeners, comma-separated as Surefire reads them), or adds the entry.
     */
    static void addJUnit4Listener(Xpp3Dom configuration) {
        Xpp3Dom properties = configuration.getChild("properties");
        if (properties == null) {
            properties = new Xpp3Dom("properties");
            configuration.addChild(properties);
        }
        for (Xpp3Dom property : properties.getChildren("property")) {
            Xpp3Dom name = property.getChild("name");
            Xpp3Dom value = property.getChild("value");
            if (name != null && "listener".equals(name.getValue() == null ? null : name.getValue().trim())) {
                if (value == null) {
                    value = new Xpp3Dom("value");
                    property.addChild(value);
                }
                String listeners = value.getValue() == null ? "" : value.getValue().trim();
                if (!java.util.Arrays.asList(listeners.split("\\s*,\\s*")).contains(JUNIT4_LISTENER)) {
                    value.setValue(listeners.isEmpty() ? JUNIT4_LISTENER : listeners + "," + JUNIT4_LISTENER);
                }
                return;
            }
        }
        Xpp3Dom property = new Xpp3Dom("property");
        Xpp3Dom name = new Xpp3Dom("name");
        name.setValue("listener");
        Xpp3Dom value = new Xpp3Dom("value");
        value.setValue(JUNIT4_LISTENER);
        property.addChild(name);
        property.addChild(value);
        properties.addChild(property);
    }

    /** aitest-runtime's JUnit Jupiter orderers of {@code aitest.order=random}. */
    static final String CLASS_ORDERER = "dev.aitest.runtime.order.SeededClassOrderer";
    static final String METHOD_ORDERER = "dev.aitest.runtime.order.SeededMethodOrderer";

    /**
     * Orders an iteration by {@code seed} (null: leaves the project's order): Surefire's and Failsafe's own
     * {@code runOrder=random} with that seed shuffles the test classes for every provider; with aitest-runtime on the
     * test classpath ({@code runtime}), its orderers, named as JUnit Jupiter's default class and method orderers and
     * given the seed, shuffle Jupiter's classes and each class's methods the same way on every machine, and the
     * runtime writes down the order the tests started in.
     *
     * <p>{@code listed} (null: none) puts the tests in that order instead: the runtime's Jupiter orderers follow it
     * ({@code aitest.testOrder}); for the other frameworks Surefire's {@code runOrder} can put classes in a listed
     * order only when it is alphabetical or its reverse, and is set so then. The order the runtime writes down tells
     * whether the order was kept.
     */
    static void order(Xpp3Dom configuration, Xpp3Dom properties, Long seed, List<TestFilter.Test> listed,
            boolean runtime) {
        if (seed == null && listed == null) {
            return;
        }
        if (listed != null) {
            String classOrder = classOrder(listed);
            if (classOrder != null) {
                set(configuration, "runOrder", classOrder);
            }
        } else {
            set(configuration, "runOrder", "random");
            set(configuration, "runOrderRandomSeed", Long.toString(seed));
        }
        if (runtime) {
            if (listed != null) {
                set(properties, "aitest.testOrder", String.join(",", listed.stream()
                        .map(t -> t.name() == null ? t.className() : t.className() + "#" + t.name()).toList()));
            } else {
                set(properties, "aitest.orderSeed", Long.toString(seed));
            }
            set(properties, "aitest.recordOrder", "true");
            set(properties, "junit.jupiter.testclass.order.default", CLASS_ORDERER);
            set(properties, "junit.jupiter.testmethod.order.default", METHOD_ORDERER);
        }
    }

    /**
     * Surefire's {@code runOrder} that runs the classes of {@code listed} in the order of their first listing:
     * {@code alphabetical} or {@code reversealphabetical}; null when neither does.
     */
    static String classOrder(List<TestFilter.Test> listed) {
        List<String> classes = listed.stream().map(TestFilter.Test::className).distinct().toList();
        List<String> sorted = new ArrayList<>(classes);
        sorted.sort(null);
        if (sorted.equals(classes)) {
            return "alphabetical";
        }
        java.util.Collections.reverse(sorted);
        return sorted.equals(classes) ? "reversealphabetical" : null;
    }

    /** Whether aitest-runtime is on the project's test classpath. */
    static boolean runtimeOnTestClasspath(MavenProject project) {
        return project.getArtifacts().stream().anyMatch(a -> "dev.aitest".equals(a.getGroupId())
                && "aitest-runtime".equals(a.getArtifactId()));
    }

    /** The ids of the plugin's executions an iteration runs, in the order it runs them. */
    List<String> executions() {
        return List.copyOf(bases.keySet());
    }

    /** The version of the plugin that runs the iterations. */
    String version() {
        return version;
    }

    /**
     * Runs only {@code tests} (null: leaves the configuration's own selection): Surefire's and Failsafe's {@code test}
     * parameter, which replaces a {@code -Dtest} or {@code -Dit.test} given to Maven (the tests of an earlier
     * iteration of the same selection are a subset of it), with {@code failIfNoSpecifiedTests} off, since an
     * execution may hold none of them.
     */
    static void filter(Xpp3Dom configuration, TestFilter tests) {
        if (tests != null) {
            set(configuration, "test", tests.value());
            set(configuration, "failIfNoSpecifiedTests", "false");
        }
    }

    @Override
    public void run(Iteration iteration) throws IterationException {
        for (Map.Entry<String, Xpp3Dom> execution : bases.entrySet()) {
            run(iteration, execution.getKey(), execution.getValue());
        }
    }

    private void run(Iteration iteration, String executionId, Xpp3Dom base) throws IterationException {
        Xpp3Dom configuration = new Xpp3Dom(base);
        set(configuration, "reportsDirectory", iteration.reportsDirectory().toString());
        // the plugin's own booter files, in a folder of their own per iteration (so that iterations running at once
        // never share one); the plugin takes the path relative to the build directory
        set(configuration, "tempDir", ReportsLayout.pluginTempDir(plugin.kind, iteration.index()));
        java.nio.file.Path summary = iteration.reportsDirectory().resolve("failsafe-summary-" + executionId + ".xml");
        if (plugin == TestPlugin.FAILSAFE) {
            set(configuration, "summaryFile", summary.toString());
        } else {
            // failing tests make Surefire throw, and it says why: "There are test failures" (the tests ran) apart
            // from "There was a timeout in the fork", which testFailureIgnore would only log
            set(configuration, "testFailureIgnore", "false");
        }
        set(configuration, "rerunFailingTestsCount", "0");
        filter(configuration, iteration.tests());
        if (forceFork) {
            set(configuration, "forkCount", "1");
        }
        String tmpdir = "-Djava.io.tmpdir=" + iteration.tempDirectory();
        if (tmpdir.chars().anyMatch(Character::isWhitespace)) {
            tmpdir = '"' + tmpdir + '"';
        }
        Xpp3Dom line = configuration.getChild("argLine");
        String argLine = line == null ? null : line.getValue();
        set(configuration, "argLine", argLine == null || argLine.isBlank() ? tmpdir : argLine + " " + tmpdir);
        Xpp3Dom properties = configuration.getChild("systemPropertyVariables");
        if (properties == null) {
            properties = new Xpp3Dom("systemPropertyVariables");
            configuration.addChild(properties);
        }
        set(properties, AiTest.ITERATION_PROPERTY, Integer.toString(iteration.index()));
        order(configuration, properties, iteration.seed(), iteration.listed(), runtimeOnTestClasspath(project));
        set(properties, AiTest.SIDECAR_DIR_PROPERTY, iteration.sidecarDirectory().toString());
        if (session.getUserProperties().getProperty(AiTest.ITERATIONS_PROPERTY) == null) {
            // a -Daitest.iterations given to Maven reaches the test JVM already: the plugin passes user properties on
            set(properties, AiTest.ITERATIONS_PROPERTY, Integer.toString(iteration.total()));
        }

        MojoExecution execution = new MojoExecution(descriptor, "aitest-" + executionId + "-" + iteration.index(),
                MojoExecution.Source.LIFECYCLE);
        execution.setConfiguration(configuration);
        execution.setLifecyclePhase(plugin.goal);
        // a session of its own: iterations may run on several threads at once, as Maven's parallel builds do
        MavenSession own = session.clone();
        own.setCurrentProject(project);
        try {
            plugins.executeMojo(own, execution);
        } catch (MojoFailureException | PluginConfigurationException e) {
            ended(e, true);
        } catch (MojoExecutionException | PluginManagerException e) {
            ended(e, false);
        }
        if (plugin == TestPlugin.FAILSAFE) {
            try {
                IterationException ended = FailsafeSummary.read(summary, forkTimeoutSeconds);
                if (ended != null) {
                    throw ended;
                }
            } catch (java.io.IOException e) {
                throw new IterationException("cannot read " + summary + ": " + e.getMessage(),
                        IterationException.Ending.CRASHED, 0, e);
            }
        }
    }

    /** Returns when the tests ran and only failed; otherwise says how the run ended. */
    private void ended(Exception e, boolean failure) throws IterationException {
        List<String> messages = new ArrayList<>();
        for (Throwable cause = e; cause != null && messages.size() < 10; cause = cause.getCause()) {
            messages.add(cause.getMessage());
        }
        IterationException.Ending ending = CrashMessages.ending(failure, messages);
        if (ending == null) {
            return;
        }
        log.debug("aitest: " + plugin.name + " ended abnormally: "
                + String.join(" / ", messages.stream().map(String::valueOf).toList()));
        if (ending == IterationException.Ending.TIMED_OUT) {
            throw new IterationException(CrashMessages.forkTimeout(forkTimeoutSeconds), ending, forkTimeoutSeconds, e);
        }
        throw new IterationException(CrashMessages.tellingLine(messages), ending, 0, e);
    }

    private static int wholeSeconds(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The project's configuration of the plugin: the execution's over the plugin-level one. */
    private static Xpp3Dom configuration(Plugin declared, String executionId) {
        Xpp3Dom merged = new Xpp3Dom("configuration");
        if (declared == null) {
            return merged;
        }
        PluginExecution execution = declared.getExecutionsAsMap().get(executionId);
        if (execution != null && execution.getConfiguration() != null) {
            merged = Xpp3Dom.mergeXpp3Dom(merged, new Xpp3Dom((Xpp3Dom) execution.getConfiguration()));
        }
        if (declared.getConfiguration() != null) {
            merged = Xpp3Dom.mergeXpp3Dom(merged, new Xpp3Dom((Xpp3Dom) declared.getConfiguration()));
        }
        return merged;
    }

    /**
     * Keeps the configured values of the mojo's parameters and adds each parameter's default (its expression and
     * default value), as Maven does for a mojo it runs from the lifecycle.
     */
    private static Xpp3Dom complete(MojoDescriptor descriptor, Xpp3Dom configured) {
        Xpp3Dom result = new Xpp3Dom("configuration");
        PlexusConfiguration defaults = descriptor.getMojoConfiguration();
        List<Parameter> parameters = descriptor.getParameters() == null ? List.of() : descriptor.getParameters();
        for (Parameter parameter : parameters) {
            Xpp3Dom value = configured.getChild(parameter.getName());
            if (value == null && parameter.getAlias() != null) {
                value = configured.getChild(parameter.getAlias());
            }
            Xpp3Dom fallback = toDom(defaults == null ? null : defaults.getChild(parameter.getName(), false));
            Xpp3Dom item = value == null ? fallback : Xpp3Dom.mergeXpp3Dom(new Xpp3Dom(value), fallback);
            if (item == null) {
                continue;
            }
            item = new Xpp3Dom(item, parameter.getName());
            if (item.getAttribute("implementation") == null && parameter.getImplementation() != null
                    && !parameter.getImplementation().isEmpty()) {
                item.setAttribute("implementation", parameter.getImplementation());
            }
            result.addChild(item);
        }
        return result;
    }

    private static Xpp3Dom toDom(PlexusConfiguration configuration) {
        if (configuration == null) {
            return null;
        }
        Xpp3Dom dom = new Xpp3Dom(configuration.getName());
        dom.setValue(configuration.getValue(null));
        for (String attribute : configuration.getAttributeNames()) {
            dom.setAttribute(attribute, configuration.getAttribute(attribute, null));
        }
        for (PlexusConfiguration child : configuration.getChildren()) {
            dom.addChild(toDom(child));
        }
        return dom;
    }

    private static void set(Xpp3Dom parent, String name, String value) {
        List<Integer> existing = new ArrayList<>();
        Xpp3Dom[] children = parent.getChildren();
        for (int i = 0; i < children.length; i++) {
            if (children[i].getName().equals(name)) {
                existing.add(i);
            }
        }
        for (int i = existing.size() - 1; i >= 0; i--) {
            parent.removeChild(existing.get(i));
        }
        Xpp3Dom child = new Xpp3Dom(name);
        child.setValue(value);
        parent.addChild(child);
    }

    static int majorVersion(String version) {
        String digits = version.trim().replaceFirst("^(\\d+).*$", "$1");
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Evaluates a parameter of the completed configuration the way Maven would when it runs the mojo. */
    private static final class Evaluator {
        private final PluginParameterExpressionEvaluator evaluator;
        private final Xpp3Dom configuration;

        Evaluator(MavenSession session, MojoDescriptor descriptor, Xpp3Dom configuration) {
            this.evaluator = new PluginParameterExpressionEvaluator(session, new MojoExecution(descriptor, configuration));
            this.configuration = configuration;
        }

        String string(String parameter) throws MojoExecutionException {
            Xpp3Dom child = configuration.getChild(parameter);
            if (child == null) {
                return null;
            }
            try {
                Object value = child.getValue() == null ? null : evaluator.evaluate(child.getValue());
                if (value == null && child.getAttribute("default-value") != null) {
                    value = evaluator.evaluate(child.getAttribute("default-value"));
                }
                return value == null ? null : value.toString();
            } catch (ExpressionEvaluationException e) {
                throw new MojoExecutionException("aitest: cannot evaluate Surefire's " + parameter + ": "
                        + e.getMessage(), e);
            }
        }
    }
}
