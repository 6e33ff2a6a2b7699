package dev.aitest.maven;

import dev.aitest.model.TestFilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

class TestPluginLauncherTest {

    private static Artifact artifact(String coordinates) {
        String[] parts = coordinates.split(":");
        return new DefaultArtifact(parts[0], parts[1], parts[2], "test", "jar", null, new DefaultArtifactHandler("jar"));
    }

    private static MavenProject project(String... artifacts) {
        MavenProject project = new MavenProject();
        Set<Artifact> set = new LinkedHashSet<>();
        for (String coordinates : artifacts) {
            set.add(artifact(coordinates));
        }
        project.setArtifacts(set);
        return project;
    }

    private static Plugin withProvider(String artifactId) {
        Plugin plugin = new Plugin();
        Dependency dependency = new Dependency();
        dependency.setGroupId("org.apache.maven.surefire");
        dependency.setArtifactId(artifactId);
        dependency.setVersion("3.5.4");
        plugin.addDependency(dependency);
        return plugin;
    }

    private static final String RUNTIME = "dev.aitest:aitest-runtime:0.1.0-SNAPSHOT";

    @Test
    void theJUnit4ListenerIsForSurefiresJUnit4ProvidersWithTheRuntimeOnly() {
        assertTrue(TestPluginLauncher.runsOnJUnit4(project("junit:junit:4.13.2", RUNTIME), null));
        assertTrue(TestPluginLauncher.runsOnJUnit4(project("junit:junit:4.12", RUNTIME), new Plugin()));
        // without the runtime the listener class is not there
        assertFalse(TestPluginLauncher.runsOnJUnit4(project("junit:junit:4.13.2"), null));
        // the JUnit Platform (Vintage included) and TestNG load the runtime's listeners themselves
        assertFalse(TestPluginLauncher.runsOnJUnit4(project("junit:junit:4.13.2", RUNTIME,
                "org.junit.platform:junit-platform-engine:1.14.1", "org.junit.vintage:junit-vintage-engine:5.14.1"),
                null));
        assertFalse(TestPluginLauncher.runsOnJUnit4(project("junit:junit:4.13.2", RUNTIME, "org.testng:testng:7.10.2"),
                null));
        assertFalse(TestPluginLauncher.runsOnJUnit4(project("junit:junit:3.8.2", RUNTIME), null));
        // a provider the project names wins over Surefire's own choice
        assertTrue(TestPluginLauncher.runsOnJUnit4(project("junit:junit:4.13.2", RUNTIME, "org.testng:testng:7.10.2"),
                withProvider("surefire-junit47")));
        assertFalse(TestPluginLauncher.runsOnJUnit4(project("junit:junit:4.13.2", RUNTIME),
                withProvider("surefire-junit-platform")));
    }

    private static List<String> listeners(Xpp3Dom configuration) {
        return java.util.Arrays.stream(configuration.getChild("properties").getChildren("property"))
                .map(p -> p.getChild("name").getValue() + "=" + p.getChild("value").getValue()).toList();
    }

    @Test
    void theListenerIsAddedAfterTheProjectsOwnOnce() {
        Xpp3Dom none = new Xpp3Dom("configuration");
        TestPluginLauncher.addJUnit4Listener(none);
        assertEquals(List.of("listener=dev.aitest.runtime.AiTestJUnit4Listener"), listeners(none));

        Xpp3Dom own = new Xpp3Dom("configuration");
        Xpp3Dom properties = new Xpp3Dom("properties");
        own.addChild(properties);
        for (String[] entry : new String[][] {{"usedefaultlisteners", "false"}, {"listener", "com.x.Mine"}}) {
            Xpp3Dom property = new Xpp3Dom("property");
            Xpp3Dom name = new Xpp3Dom("name");
            name.setValue(entry[0]);
            Xpp3Dom value = new Xpp3Dom("value");
            value.setValue(entry[1]);
            property.addChild(name);
            property.addChild(value);
            properties.addChild(property);
        }
        TestPluginLauncher.addJUnit4Listener(own);
        TestPluginLauncher.addJUnit4Listener(own);
        assertEquals(List.of("usedefaultlisteners=false", "listener=com.x.Mine,dev.aitest.runtime.AiTestJUnit4Listener"),
                listeners(own));
    }

    @Test
    void aFilterReplacesTheSelectionAndAnExecutionWithoutItsTestsDoesNotFail() {
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        Xpp3Dom test = new Xpp3Dom("test");
        test.setValue("${test}");
        configuration.addChild(test);
        TestPluginLauncher.filter(configuration, dev.aitest.model.TestFilter.of(List.of(
                new dev.aitest.model.TestFilter.Test("a.BTest", "m(int)[1]"))));

        assertEquals("a.BTest#m", configuration.getChild("test").getValue());
        assertEquals("false", configuration.getChild("failIfNoSpecifiedTests").getValue());
        assertEquals(1, configuration.getChildren("test").length);

        Xpp3Dom untouched = new Xpp3Dom("configuration");
        TestPluginLauncher.filter(untouched, null);
        assertEquals(0, untouched.getChildCount());
    }

    @Test
    void aSeedShufflesTheClassesThroughSurefireAndJupitersClassesAndMethodsThroughTheRuntime() {
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        Xpp3Dom properties = new Xpp3Dom("systemPropertyVariables");
        TestPluginLauncher.order(configuration, properties, -42L, null, true);

        assertEquals("random", configuration.getChild("runOrder").getValue());
        assertEquals("-42", configuration.getChild("runOrderRandomSeed").getValue());
        assertEquals("-42", properties.getChild("aitest.orderSeed").getValue());
        assertEquals("true", properties.getChild("aitest.recordOrder").getValue());
        assertEquals("dev.aitest.runtime.order.SeededClassOrderer",
                properties.getChild("junit.jupiter.testclass.order.default").getValue());
        assertEquals("dev.aitest.runtime.order.SeededMethodOrderer",
                properties.getChild("junit.jupiter.testmethod.order.default").getValue());

        Xpp3Dom withoutRuntime = new Xpp3Dom("configuration");
        Xpp3Dom none = new Xpp3Dom("systemPropertyVariables");
        TestPluginLauncher.order(withoutRuntime, none, 7L, null, false);
        assertEquals("7", withoutRuntime.getChild("runOrderRandomSeed").getValue());
        assertEquals(0, none.getChildCount());

        Xpp3Dom asIs = new Xpp3Dom("configuration");
        TestPluginLauncher.order(asIs, new Xpp3Dom("systemPropertyVariables"), null, null, true);
        assertEquals(0, asIs.getChildCount());
    }

    @Test
    void aListedOrderGoesToTheRuntimeAndToSurefireWhenItIsAlphabeticalOrItsReverse() {
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        Xpp3Dom properties = new Xpp3Dom("systemPropertyVariables");
        TestPluginLauncher.order(configuration, properties, null, List.of(new TestFilter.Test("p.B", "x"),
                new TestFilter.Test("p.A", "b"), new TestFilter.Test("p.A", null)), true);
        assertEquals("reversealphabetical", configuration.getChild("runOrder").getValue());
        assertEquals(null, configuration.getChild("runOrderRandomSeed"));
        assertEquals("p.B#x,p.A#b,p.A", properties.getChild("aitest.testOrder").getValue());
        assertEquals(null, properties.getChild("aitest.orderSeed"));
        assertEquals("true", properties.getChild("aitest.recordOrder").getValue());
        assertEquals("dev.aitest.runtime.order.SeededMethodOrderer",
                properties.getChild("junit.jupiter.testmethod.order.default").getValue());

        assertEquals("alphabetical", TestPluginLauncher.classOrder(List.of(new TestFilter.Test("p.A", "x"),
                new TestFilter.Test("p.A", "y"), new TestFilter.Test("p.C", "z"))));
        assertEquals(null, TestPluginLauncher.classOrder(List.of(new TestFilter.Test("p.B", "x"),
                new TestFilter.Test("p.A", "y"), new TestFilter.Test("p.C", "z"))));
    }
}
