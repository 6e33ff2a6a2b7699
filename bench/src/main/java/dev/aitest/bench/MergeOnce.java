package dev.aitest.bench;

import dev.aitest.cost.Pricing;
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

    /** Arguments: the generated reports, the reports directory to write, the number of iterations. */
    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int iterations = Integer.parseInt(args[2]);
        RunSettings settings = new RunSettings(iterations, 1, 95.0, out,
                new Environment("bench", "bench", System.getProperty("java.version")), Pricing.builtIn(),
                new ProjectInfo("dev.aitest", "bench", "1", "benchmark suite"), ReportOptions.ALL, "bench");
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
