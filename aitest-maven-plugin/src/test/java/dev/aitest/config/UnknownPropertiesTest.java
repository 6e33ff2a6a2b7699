package dev.aitest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnknownPropertiesTest {

    private static final Set<String> KNOWN = Set.of("aitest.iterations", "aitest.minPassRate", "aitest.minTestPassRate",
            "aitest.summaryApiKeyEnv", "aitest.summaryModel", "aitest.skip", "aitest.summary.refresh");

    @Test
    void everyUnknownAitestPropertyIsNamedWithTheClosestKnownOneAndNotItsValue() {
        assertEquals(List.of(
                "aitest: -Daitest.iteratons is not a property of any aitest goal, so it is ignored; did you mean "
                        + "aitest.iterations? (mvn dev.aitest:aitest-maven-plugin:help -Ddetail lists them)",
                "aitest: -Daitest.minpassrate is not a property of any aitest goal, so it is ignored; did you mean "
                        + "aitest.minPassRate? (mvn dev.aitest:aitest-maven-plugin:help -Ddetail lists them)",
                "aitest: -Daitest.summaryApiKey is not a property of any aitest goal, so it is ignored; did you mean "
                        + "aitest.summaryApiKeyEnv? (mvn dev.aitest:aitest-maven-plugin:help -Ddetail lists them)"),
                UnknownProperties.warnings(List.of("aitest.summaryApiKey", "aitest.iterations", "aitest.iteratons",
                        "skipTests", "aitestX", "aitest.minpassrate", "aitest.sidecarDir", "aitest.iteration"), KNOWN));
    }

    @Test
    void knownPropertiesAndOtherPluginsPropertiesAreNotWarnedAbout() {
        assertEquals(List.of(), UnknownProperties.warnings(List.of("aitest.iterations", "aitest.summary.refresh",
                "skipITs", "maven.test.skip", "it.test"), KNOWN));
    }

    @Test
    void theClosestNameIsTheOneFewestEditsAway() {
        assertEquals(3, UnknownProperties.edits("kitten", "sitting"));
        assertEquals(0, UnknownProperties.edits("", ""));
        assertEquals(4, UnknownProperties.edits("", "skip"));
        assertEquals("aitest.skip", UnknownProperties.closest("aitest.skp", KNOWN));
        assertEquals("aitest.summary.refresh", UnknownProperties.closest("aitest.summaryRefresh", KNOWN));
    }
}
