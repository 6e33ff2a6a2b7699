package dev.aitest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
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

    /** Lines kept of what a test JVM wrote outside Surefire's channel. */
    public static final int JVM_OUTPUT_LINES = 5;

    /** Surefire's line for each line a test JVM wrote to its native stream, in a {@code .dumpstream} file. */
    private static final Pattern NATIVE_STREAM = Pattern.compile(
            "^Corrupted (?:channel|STDOUT) by directly writing to native stream in forked JVM \\d+\\.(?: See FAQ web "
                    + "page and the dump file .*?)?(?: Stream '(.*)'\\.)?$");

    /**
     * The crash with what the test JVM itself said, when it left that in the iteration's reports folder: Surefire
     * reports a JVM that could not start (an unknown option, a module that is not there) or died on its own only as
     * "The forked VM terminated without properly saying goodbye", and keeps the JVM's own words in its
     * {@code *.dumpstream} files ({@code *-jvmRun*.dump} for the fork's errors). Their first
     * {@value #JVM_OUTPUT_LINES} lines, as one line, come first, then the file and {@code crash}; {@code crash} as it is
     * when there are none.
     *
     * @param crash the line that says how the run ended
     * @param folder the iteration's reports folder
     * @param redact takes secrets out of the JVM's words (they are the tests' output); identity for none
     */
    public static String withJvmOutput(String crash, Path folder, java.util.function.UnaryOperator<String> redact) {
        List<String> lines = new ArrayList<>();
        String from = null;
        for (Path file : dumpFiles(folder)) {
            List<String> own = jvmOutput(file);
            if (!own.isEmpty() && from == null) {
                from = file.getFileName().toString();
            }
            for (String line : own) {
                if (lines.size() < JVM_OUTPUT_LINES && !lines.contains(line)) {
                    lines.add(line);
                }
            }
        }
        if (lines.isEmpty()) {
            return crash;
        }
        String said = String.join(" / ", lines);
        said = said.length() > MAX_LENGTH ? said.substring(0, MAX_LENGTH) + "..." : said;
        // the JVM's words first: a report that shows the first characters of a message shows them
        return redact.apply(said) + " (the test JVM's output, in " + from + "; Surefire: " + crash + ")";
    }

    /** Surefire's dump files of a reports folder, {@code .dumpstream} ones first, each kind in the order of names. */
    private static List<Path> dumpFiles(Path folder) {
        List<Path> streams = new ArrayList<>();
        List<Path> dumps = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return streams;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.{dumpstream,dump}")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(".dumpstream")) {
                    streams.add(file);
                } else if (name.matches(".*-jvmRun\\d+\\.dump")) {
                    dumps.add(file);
                }
            }
        } catch (IOException e) {
            return streams;
        }
        streams.sort(null);
        dumps.sort(null);
        streams.addAll(dumps);
        return streams;
    }

    /**
     * The lines a dump file holds of the JVM's own words: the stream text of Surefire's "Corrupted channel ..."
     * lines, and the other lines as they are, without Surefire's "# Created at" headers and blank lines.
     */
    static List<String> jvmOutput(Path file) {
        List<String> lines = new ArrayList<>();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            try {
                text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            } catch (IOException | RuntimeException again) {
                return lines;
            }
        }
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("# Created at")) {
                continue;
            }
            Matcher stream = NATIVE_STREAM.matcher(line);
            if (stream.matches()) {
                line = stream.group(1) == null ? "" : stream.group(1).strip();
            }
            if (!line.isEmpty()) {
                lines.add(line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) + "..." : line);
            }
            if (lines.size() >= JVM_OUTPUT_LINES * 4) {
                break;
            }
        }
        return lines;
    }

    private static String capped(String line) {
        return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) + "..." : line;
    }
}
