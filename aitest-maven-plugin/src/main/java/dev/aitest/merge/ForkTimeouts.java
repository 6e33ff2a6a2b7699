package dev.aitest.merge;

import dev.aitest.model.CrashRuns;
import dev.aitest.model.Run;
import dev.aitest.model.RunOutcome;
import dev.aitest.model.TestCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The tests of an iteration whose fork timed out ({@code forkedProcessTimeoutInSeconds}) that were running when the
 * timeout fired: Surefire may still report them as passed once they end, but they took longer than the project
 * allows, so they count as errors. A test was running when it is on a stack of the thread dump Surefire writes into
 * the reports folder when the timeout fires (a {@code *.dump} file), or when it took at least the timeout on its own.
 */
public final class ForkTimeouts {

    /** The exception type recorded for such runs, and for the tests a timed-out fork never reported. */
    public static final String TYPE = CrashRuns.TIMEOUT_TYPE;

    /** A frame of a thread dump: {@code at app//it.ASlowTest.slow(ASlowTest.java:12)}. */
    private static final Pattern FRAME = Pattern.compile("^\\s*at (?:[^\\s/]*/+)?([\\w$.]+)\\.([\\w$<>]+)\\(");

    private ForkTimeouts() {
    }

    /**
     * The reports of a timed-out iteration with the runs that were running when the timeout fired turned into
     * errors that say so.
     *
     * @param reports what the iteration's XML holds
     * @param directory the iteration's reports folder, where Surefire writes its thread dumps
     * @param iteration the iteration's index
     * @param crash the timeout as the iteration records it
     * @param timeoutSeconds the project's fork timeout, or 0 when unknown
     */
    public static IterationReports markRunning(IterationReports reports, Path directory, int iteration, String crash,
            int timeoutSeconds) {
        Set<String> onStack = stackMethods(directory);
        Map<String, Integer> casesPerMethod = new HashMap<>();
        for (TestCase testCase : reports.cases()) {
            casesPerMethod.merge(testCase.className() + "#" + method(testCase.name()), 1, Integer::sum);
        }
        List<TestCase> cases = new ArrayList<>(reports.cases().size());
        for (TestCase testCase : reports.cases()) {
            Run run = testCase.run();
            String why = null;
            if (run.outcome() != RunOutcome.SKIPPED) {
                String method = testCase.className() + "#" + method(testCase.name());
                if (timeoutSeconds > 0 && run.durationMs() >= timeoutSeconds * 1000L) {
                    why = String.format(Locale.ROOT, "it took %.1f s, at least the %d s the fork may run",
                            run.durationMs() / 1000.0, timeoutSeconds);
                } else if (onStack.contains(method) && casesPerMethod.get(method) == 1) {
                    why = "it was running when the timeout fired";
                }
            }
            cases.add(why == null ? testCase : new TestCase(testCase.className(), testCase.name(),
                    new Run(iteration, RunOutcome.ERROR, run.durationMs(), message(iteration, crash) + "; " + why,
                            TYPE, null)));
        }
        return new IterationReports(cases, reports.damaged());
    }

    /** The message of a run that timed out: "test JVM timed out in iteration 2: ...". */
    public static String message(int iteration, String crash) {
        return CrashRuns.message(iteration, crash, true);
    }

    /** {@code square} of {@code square(int)[3]}; the whole name when it has no parameters. */
    private static String method(String name) {
        int end = name.length();
        for (char c : new char[] {'(', '['}) {
            int at = name.indexOf(c);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        return name.substring(0, end);
    }

    /** {@code class#method} of every frame in the thread dumps directly in {@code directory}. */
    static Set<String> stackMethods(Path directory) {
        Set<String> methods = new HashSet<>();
        if (!Files.isDirectory(directory)) {
            return methods;
        }
        try (DirectoryStream<Path> dumps = Files.newDirectoryStream(directory, "*.dump")) {
            for (Path dump : dumps) {
                try (Stream<String> lines = Files.lines(dump)) {
                    lines.forEach(line -> {
                        Matcher frame = FRAME.matcher(line);
                        if (frame.find()) {
                            methods.add(frame.group(1) + "#" + frame.group(2));
                        }
                    });
                } catch (IOException | UncheckedIOException e) {
                    // an unreadable dump names no test; the duration rule still applies
                }
            }
        } catch (IOException e) {
            // no dumps to read
        }
        return methods;
    }
}
