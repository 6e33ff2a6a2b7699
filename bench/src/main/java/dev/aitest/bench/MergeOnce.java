package dev.aitest.bench;

import dev.aitest.cost.Pricing;
import dev.aitest.history.BuildSource;
import dev.aitest.history.History;
import dev.aitest.history.HistoryFolder;
import dev.aitest.model.Environment;
import dev.aitest.model.ProjectInfo;
import dev.aitest.report.ReportOptions;
import dev.aitest.run.AitestRun;
import dev.aitest.port.Console;
import dev.aitest.run.RunCompletion;
import dev.aitest.run.RunSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One whole merge, as the plugin does it after its iterations: each "iteration" links the pre-generated Surefire
 * reports into its folder (no copying), then the real {@link AitestRun} reads them, merges, and writes results.json,
 * report.html and report.md. Run in its own JVM with the heap under test.
 */
public final class MergeOnce {

    private MergeOnce() {
    }

    /**
     * Arguments: the generated reports, the reports directory to write, the number of iterations, and optionally the
     * number of whole merges to make one after the other in this JVM (default 1), each into its own folder
     * {@code <directory>/pass-<k>} when more than one; each prints {@code pass-ms <k> <milliseconds>}. A second pass
     * is the merge of a JVM whose compiler has already compiled the path, as in a Maven JVM that merged before.
     * With a fifth argument, a folder: the merge keeps its history there ({@code aitest.history}, 30 records).
     */
    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        int iterations = Integer.parseInt(args[2]);
        int passes = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        History history = args.length > 4 ? new History(new HistoryFolder(Path.of(args[4]), 30), BuildSource.UNKNOWN)
                : null;
        for (int pass = 1; pass <= passes; pass++) {
            long start = System.nanoTime();
            merge(source, passes == 1 ? Path.of(args[1]) : Path.of(args[1], "pass-" + pass), iterations, history);
            System.out.println("pass-ms " + pass + " " + (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static void merge(Path source, Path out, int iterations, History history) throws IOException {
        RunSettings settings = new RunSettings(iterations, 1, 95.0, out,
                new Environment("bench", "bench", System.getProperty("java.version")), Pricing.builtIn(),
                new ProjectInfo("dev.aitest", "bench", "1", "benchmark suite"), ReportOptions.ALL, "bench")
                .withHistory(history);
        Console quiet = new Console() {
            @Override
            public void info(String line) {
            }

            @Override
            public void warn(String line) {
                System.err.println(line);
            }
        };
        RunCompletion outcome = new AitestRun(settings, iteration -> {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(source.resolve("iteration-" + iteration.index()))) {
                for (Path file : files) {
                    Files.createLink(iteration.reportsDirectory().resolve(file.getFileName()), file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, quiet).execute();
        System.out.println(outcome.results().totals().outcomes().tests() + " tests, " + outcome.results().totals().runs() + " runs");
    }
}
