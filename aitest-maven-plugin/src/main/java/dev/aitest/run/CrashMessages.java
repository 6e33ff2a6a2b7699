package dev.aitest.run;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads what a test runner said when it did not end normally: how it ended, and the line that says what went
 * wrong out of its multi-line messages.
 */
public final class CrashMessages {

    /** Characters kept of the chosen line. */
    public static final int MAX_LENGTH = 500;

    private static final Pattern TELLING = Pattern.compile(
            "terminated|crash|system\\.exit|timeout|timed out|killed|exit code|out of memory|outofmemory|no tests");

    /**
     * How Surefire's message begins when the tests ran and some ended in an error but none in a failure: it says
     * "There are test failures." only when there are failures, so an iteration whose failing tests all threw (a
     * failing {@code @BeforeAll}, an exception in a test) gets no more than the pointer to its reports.
     */
    private static final Pattern RESULTS_POINTER = Pattern.compile("See .* for the individual test results\\.");

    /** What Surefire and Failsafe say when the fork timeout ({@code forkedProcessTimeoutInSeconds}) fired. */
    public static final String FORK_TIMEOUT = "There was a timeout in the fork";

    /** The crash message of a fork timeout, naming the limit when it is known (more than 0 seconds). */
    public static String forkTimeout(int seconds) {
        return FORK_TIMEOUT + (seconds > 0 ? " (forkedProcessTimeoutInSeconds=" + seconds + ")" : "");
    }

    private CrashMessages() {
    }

    /**
     * How a runner that reported failure ended, from its messages: its own words for failing tests ("There are
     * test failures", flakes, or only the pointer to the reports when every failing test ended in an error) mean
     * the tests ran and some failed, which is no failure of the run; a fork timeout
     * is {@link IterationException.Ending#TIMED_OUT}; anything else is a refusal when the runner called it a
     * failure of the build (no tests matched, a bad configuration) and a crash otherwise.
     *
     * @param failure true when the runner ended with a build failure (Maven's MojoFailureException), false when
     *     it ended with an error (a crashed fork)
     * @param messages the messages of the exception and its causes, outermost first
     * @return the ending, or null when the tests ran and only failed
     */
    public static IterationException.Ending ending(boolean failure, List<String> messages) {
        for (String message : messages) {
            if (message != null && message.contains(FORK_TIMEOUT)) {
                return IterationException.Ending.TIMED_OUT;
            }
        }
        String first = messages.isEmpty() || messages.get(0) == null ? "" : messages.get(0).strip();
        if (failure && (first.startsWith("There are test failures") || first.matches("(?s)There (is|are) \\d+ flakes?.*")
                || RESULTS_POINTER.matcher(first).lookingAt())) {
            return null;
        }
        return failure ? IterationException.Ending.REFUSED : IterationException.Ending.CRASHED;
    }

    /**
     * The first line that names a crash, a timeout or an exit; else the first other line; pointers to files
     * ("See ... for the individual test results", "Command was ...") only when there is nothing else; "no message"
     * when there is no line at all.
     *
     * @param messages the messages of an exception and its causes, outermost first
     */
    public static String tellingLine(List<String> messages) {
        String firstPlain = null;
        String firstPointer = null;
        for (String message : messages) {
            if (message == null) {
                continue;
            }
            for (String line : message.strip().split("\\R")) {
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (text.startsWith("See ") || text.startsWith("Command was")) {
                    firstPointer = firstPointer == null ? text : firstPointer;
                } else if (TELLING.matcher(text.toLowerCase(Locale.ROOT)).find()) {
                    return capped(text);
                } else if (firstPlain == null) {
                    firstPlain = text;
                }
            }
        }
        String chosen = firstPlain != null ? firstPlain : firstPointer;
        return chosen == null ? "no message" : capped(chosen);
    }

    private static String capped(String line) {
        return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) + "..." : line;
    }
}
