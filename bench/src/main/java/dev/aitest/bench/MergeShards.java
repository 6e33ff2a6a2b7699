package dev.aitest.bench;

import dev.aitest.cost.Pricing;
import dev.aitest.model.Environment;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Shard;
import dev.aitest.port.Console;
import dev.aitest.publish.Publisher;
import dev.aitest.report.ReportOptions;
import dev.aitest.run.AitestRun;
import dev.aitest.run.RunSettings;
import dev.aitest.run.ShardMerge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * aitest:merge of a suite run as one shard per iteration. {@code prepare}: each shard's reports directory, written by
 * the real {@link AitestRun} with {@code aitest.shard=i/n} over the pre-generated reports (linked, not copied).
 * {@code merge}: the real {@link ShardMerge} of them into one, results.json and every report included. Run in its own
 * JVM with the heap under test.
 */
public final class MergeShards {

    private MergeShards() {
    }

    private static final Console QUIET = new Console() {
        @Override
        public void info(String line) {
        }

        @Override
        public void warn(String line) {
            System.err.println(line);
        }
    };

    /** Arguments: prepare|merge, the generated reports, the shards' folder, the number of iterations, the output. */
    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[1]);
        Path shards = Path.of(args[2]);
        int iterations = Integer.parseInt(args[3]);
        if (args[0].equals("prepare")) {
            for (int i = 1; i <= iterations; i++) {
                RunSettings settings = new RunSettings(iterations, 1, 95.0, shards.resolve("shard-" + i),
                        new Environment("bench", "bench", System.getProperty("java.version")), Pricing.builtIn(),
                        new ProjectInfo("dev.aitest", "bench", "1", "benchmark suite"), ReportOptions.NONE, "bench")
                        .withShard(Shard.of(i, iterations, iterations));
                new AitestRun(settings, iteration -> link(source.resolve("iteration-" + iteration.index()),
                        iteration.reportsDirectory()), QUIET).execute();
            }
            return;
        }
        Path out = Path.of(args[4]);
        List<Path> inputs = new ArrayList<>();
        for (int i = 1; i <= iterations; i++) {
            inputs.add(shards.resolve("shard-" + i));
        }
        var merged = new ShardMerge(Pricing.builtIn(), QUIET, dev.aitest.gate.GivenCriteria.NONE,
                layout -> new Publisher(layout, ReportOptions.ALL, "bench", QUIET, null, null)).merge(inputs, out);
        System.out.println(merged.results().totals().outcomes().tests() + " tests, " + merged.results().totals().runs() + " runs");
    }

    private static void link(Path from, Path to) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(from)) {
            for (Path file : files) {
                Files.createLink(to.resolve(file.getFileName()), file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
