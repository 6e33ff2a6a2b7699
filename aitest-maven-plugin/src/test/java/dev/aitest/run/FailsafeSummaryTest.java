package dev.aitest.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failsafe's summary file, as Failsafe 3.5.4 writes it. */
class FailsafeSummaryTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<failsafe-summary "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"https://maven."
            + "apache.org/surefire/maven-surefire-plugin/xsd/failsafe-summary.xsd\" result=\"%s\" timeout=\"%s\">\n"
            + "    <completed>2</completed>\n    <errors>0</errors>\n    <failures>1</failures>\n    <skipped>0</skipped>\n"
            + "    <flakes>0</flakes>\n    %s\n</failsafe-summary>";

    @TempDir
    Path dir;

    private Path summary(String result, boolean timeout, String failure) throws IOException {
        return Files.writeString(dir.resolve("failsafe-summary.xml"), String.format(HEAD, result, timeout, failure));
    }

    @Test
    void failingTestsAreANormalEnd() throws IOException {
        assertNull(FailsafeSummary.read(summary("255", false,
                "<failureMessage xsi:nil=\"true\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/>"), 0));
    }

    @Test
    void noSummaryMeansNoTestRan() throws IOException {
        assertNull(FailsafeSummary.read(dir.resolve("none.xml"), 0));
    }

    @Test
    void aCrashedForkIsACrashWithItsTellingLine() throws IOException {
        IterationException crash = FailsafeSummary.read(summary("254", false, "<failureMessage>org.apache.maven.surefire."
                + "booter.SurefireBooterForkException: The forked VM terminated without properly saying goodbye. VM crash "
                + "or System.exit called?\nCommand was /bin/sh -c cd &apos;/p&apos; &amp;&amp; java\nProcess Exit Code: 3"
                + "\n\tat org.apache.maven.plugin.surefire.booterclient.ForkStarter.fork(ForkStarter.java:643)"
                + "</failureMessage>"), 0);

        assertEquals(IterationException.Ending.CRASHED, crash.ending());
        assertEquals("The forked VM terminated without properly saying goodbye. VM crash or System.exit called?",
                crash.getMessage());
    }

    @Test
    void aTimeoutIsTimedOutAndNamesTheLimit() throws IOException {
        IterationException timeout = FailsafeSummary.read(summary("255", true,
                "<failureMessage>There was a timeout in the fork</failureMessage>"), 5);

        assertEquals(IterationException.Ending.TIMED_OUT, timeout.ending());
        assertEquals(5, timeout.forkTimeoutSeconds());
        assertEquals("There was a timeout in the fork (forkedProcessTimeoutInSeconds=5)", timeout.getMessage());
    }
}
