package dev.aitest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Failsafe's {@code failsafe-summary.xml}: where Failsafe's integration-test goal records a fork that timed out or
 * crashed, which it never throws (its verify goal reads the file). aitest reads it after each iteration.
 */
public final class FailsafeSummary {

    private static final Pattern TIMEOUT = Pattern.compile("<failsafe-summary[^>]*\\btimeout=\"true\"");
    private static final Pattern FAILURE = Pattern.compile("<failureMessage>(.*?)</failureMessage>", Pattern.DOTALL);

    private FailsafeSummary() {
    }

    /**
     * How the run the summary describes ended: null when it ended normally (or ran no test, when Failsafe writes no
     * summary); else the crash or the timeout, with the line that says what went wrong.
     *
     * @param file the summary
     * @param forkTimeoutSeconds the project's fork timeout, named in a timeout's message (0 when unknown)
     */
    public static IterationException read(Path file, int forkTimeoutSeconds) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        if (TIMEOUT.matcher(xml).find()) {
            return new IterationException(CrashMessages.forkTimeout(forkTimeoutSeconds),
                    IterationException.Ending.TIMED_OUT, forkTimeoutSeconds, null);
        }
        Matcher failure = FAILURE.matcher(xml);
        if (failure.find() && !failure.group(1).isBlank()) {
            // the text is the stack trace of Surefire's exception: its first line names the exception's class
            String message = unescape(failure.group(1)).strip().replaceFirst("^[\\w.$]+(?:Exception|Error): ", "");
            return new IterationException(CrashMessages.tellingLine(List.of(message)),
                    IterationException.Ending.CRASHED, 0, null);
        }
        return null;
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&#10;", "\n").replace("&#13;", "\r").replace("&amp;", "&");
    }
}
