package dev.aitest.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Every file and folder aitest keeps under {@code aitest.reportsDirectory}, named in this one place:
 *
 * <pre>
 * results.json              the results (schema in README)
 * report.html, report.md    the human reports
 * junit/                    JUnit XML for CI test reporters: TEST-&lt;class&gt;.xml per test class
 * ai-summary-cache.json     AI summaries already paid for
 * iteration-&lt;i&gt;/           Surefire's XML of iteration i
 *   tmp/                    java.io.tmpdir of that iteration's test JVMs (removed when left empty)
 *   sidecars/               what aitest-runtime recorded
 * .removed-&lt;n&gt;/            folders of an earlier run, being deleted
 * </pre>
 */
public final class ReportsLayout {

    /** The results file. */
    public static final String RESULTS_JSON = "results.json";
    /** The HTML report. */
    public static final String REPORT_HTML = "report.html";
    /** The Markdown report. */
    public static final String REPORT_MD = "report.md";
    /** AI summaries already paid for. */
    public static final String SUMMARY_CACHE = "ai-summary-cache.json";
    /** The JUnit XML folder. */
    public static final String JUNIT = "junit";

    private static final String ITERATION = "iteration-";
    private static final String REMOVED = ".removed-";

    private final Path directory;

    public ReportsLayout(Path directory) {
        this.directory = directory;
    }

    /** The reports directory itself. */
    public Path directory() {
        return directory;
    }

    public Path resultsJson() {
        return directory.resolve(RESULTS_JSON);
    }

    public Path reportHtml() {
        return directory.resolve(REPORT_HTML);
    }

    public Path reportMarkdown() {
        return directory.resolve(REPORT_MD);
    }

    public Path summaryCache() {
        return directory.resolve(SUMMARY_CACHE);
    }

    /** The folder of the JUnit XML: one {@code TEST-<class>.xml} per test class, nothing else. */
    public Path junitDirectory() {
        return directory.resolve(JUNIT);
    }

    /** Where Surefire writes the XML of iteration {@code index}. */
    public Path iterationDirectory(int index) {
        return directory.resolve(ITERATION + index);
    }

    /** The {@code java.io.tmpdir} of the test JVMs of iteration {@code index}. */
    public Path tempDirectory(int index) {
        return iterationDirectory(index).resolve("tmp");
    }

    /** Where aitest-runtime writes what the tests of iteration {@code index} record. */
    public Path sidecarDirectory(int index) {
        return iterationDirectory(index).resolve("sidecars");
    }

    /**
     * Surefire's own {@code tempDir} (its booter files) for iteration {@code index}: a folder of its own per
     * iteration, so that iterations running at once never share one. Surefire takes it relative to the build
     * directory.
     */
    public static String surefireTempDir(int index) {
        return "surefire-aitest-" + index;
    }

    /**
     * Moves the iteration folders of an earlier run out of the way, a rename each, and deletes them on a spare
     * thread (with what an interrupted run left to delete); the future ends when they are gone.
     */
    public CompletableFuture<Void> removeOldIterations() throws IOException {
        if (!Files.isDirectory(directory)) {
            return CompletableFuture.completedFuture(null);
        }
        Path removed = directory.resolve(REMOVED + System.nanoTime());
        try (DirectoryStream<Path> old = Files.newDirectoryStream(directory, ITERATION + "[0-9]*")) {
            for (Path folder : old) {
                Files.createDirectories(removed);
                Files.move(folder, removed.resolve(folder.getFileName()));
            }
        }
        List<Path> garbage = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, REMOVED + "*")) {
            stream.forEach(garbage::add);
        }
        return garbage.isEmpty() ? CompletableFuture.completedFuture(null) : CompletableFuture.runAsync(() -> {
            for (Path folder : garbage) {
                try {
                    deleteTree(folder);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    /** What to tell a user whose earlier folders could not all be deleted. */
    public String removalAdvice() {
        return "the next run tries again, or delete " + REMOVED + "* folders under " + directory + " by hand";
    }

    /** Deletes a folder that the tests left empty; one they still hold open, or wrote to, stays. */
    public static void deleteIfEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(folder);
            }
        } catch (IOException e) {
            // a temp folder the tests still hold open is left in place
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
