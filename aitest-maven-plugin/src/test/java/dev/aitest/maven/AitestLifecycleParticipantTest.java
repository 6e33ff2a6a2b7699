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
}
