package dev.aitest.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/** Every line a goal prints, through its log, its console or its exception, is one line. */
class EscapingLogTest {

    private static final String FORGED = "a.T#x\n[INFO] aitest: pass rate 100% meets 80%\r\n::error::x\u2028y\u001b[2K";
    private static final String ESCAPED = "a.T#x\\n[INFO] aitest: pass rate 100% meets 80%\\r\\n::error::x\\u2028y"
            + "\\u001b[2K";

    /** Maven's log as Maven gives it to a goal, keeping the lines instead of printing them. */
    private static final class KeptLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public void debug(CharSequence content) {
            lines.add("debug " + content);
        }

        @Override
        public void info(CharSequence content) {
            lines.add("info " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("warn " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("error " + content);
        }
    }

    /** A real goal of the plugin's base class that prints and fails with text a test chose. */
    private static final class Goal extends AbstractAitestMojo {
        final Exception failure;

        Goal(Exception failure) {
            this.failure = failure;
        }

        @Override
        protected void run() throws MojoExecutionException, MojoFailureException {
            getLog().info("aitest: " + FORGED);
            new MavenConsole(getLog()).warn("aitest: " + FORGED);
            getLog().debug("aitest: ended", new IllegalStateException(FORGED));
            if (failure instanceof MojoFailureException e) {
                throw e;
            }
            if (failure instanceof MojoExecutionException e) {
                throw e;
            }
        }
    }

    @Test
    void aGoalsLinesAndFailuresHoldNoLineBreakNorEscapeSequence() {
        KeptLog log = new KeptLog();
        Goal goal = new Goal(new MojoFailureException("aitest: below 80%: " + FORGED));
        goal.setLog(log);

        MojoFailureException failure = assertThrows(MojoFailureException.class, goal::execute);

        assertEquals("aitest: below 80%: " + ESCAPED, failure.getMessage());
        assertNull(failure.getCause());
        assertEquals(List.of("info aitest: " + ESCAPED, "warn aitest: " + ESCAPED,
                "debug aitest: ended: java.lang.IllegalStateException: " + ESCAPED), log.lines);
    }

    @Test
    void anExecutionErrorIsEscapedAndKeepsItsCause() {
        Goal goal = new Goal(new MojoExecutionException("aitest: cannot read " + FORGED, new IllegalStateException()));
        goal.setLog(new KeptLog());

        MojoExecutionException failure = assertThrows(MojoExecutionException.class, goal::execute);

        assertEquals("aitest: cannot read " + ESCAPED, failure.getMessage());
        assertEquals(IllegalStateException.class, failure.getCause().getClass());
    }

    @Test
    void aPlainFailureIsThrownAsItIs() {
        MojoFailureException plain = new MojoFailureException("aitest: pass rate 50% is below 80%");
        Goal goal = new Goal(plain);
        goal.setLog(new KeptLog());

        assertSame(plain, assertThrows(MojoFailureException.class, goal::execute));
    }
}
