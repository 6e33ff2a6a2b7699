package dev.aitest.run;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Picks the line that says what went wrong out of a test runner's multi-line failure messages. */
public final class CrashMessages {

    /** Characters kept of the chosen line. */
    public static final int MAX_LENGTH = 500;

    private static final Pattern TELLING = Pattern.compile(
            "terminated|crash|system\\.exit|timeout|timed out|killed|exit code|out of memory|outofmemory|no tests");

    private CrashMessages() {
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
