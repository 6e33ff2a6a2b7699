package dev.aitest.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import dev.aitest.model.TestKind;

/**
 * Every file and folder aitest keeps under {@code aitest.reportsDirectory}, named in this one place:
 *
 * <pre>
 * results.json              the results (schema in README)
 * report.html, report.md    the human reports
 * junit/                    JUnit XML for CI test reporters: TEST-&lt;class&gt;.xml per test class
 * ai-summary-cache.json     AI summaries already paid for (kept from run to run)
 * .aitest.lock              held by the build that is writing here; its presence says aitest uses this folder
 * .aitest-written           the reports aitest put in place (report.html, report.md, junit/ files), one a line
 * iteration-&lt;i&gt;/           Surefire's XML of iteration i
 *   tmp/                    java.io.tmpdir of that iteration's test JVMs (removed when left empty)
 *   sidecars/               what aitest-runtime recorded
 *   aitest-iteration.json   written when the iteration has ended: how long it took, how it ended
 *   integration-test/       the same for Failsafe's integration tests of iteration i, with failsafe-summary-*.xml
 * classification/&lt;kind&gt;/   the runs that classified the flaky tests (aitest.classify): run-&lt;n&gt;/ each, with its
 *                           XML, sidecars/ and tmp/ as an iteration's, and classification.json, what they found
 * .removed-&lt;n&gt;/            the files and folders of an earlier run, being deleted
 * .publishing-&lt;n&gt;/         the reports of a publication, until results.json is in place
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

    /** Written into an iteration's folder when the iteration has ended. */
    public static final String ITERATION_RECORD = "aitest-iteration.json";
    /** Held by the build that is writing into the reports directory. */
    public static final String LOCK = ".aitest.lock";

    private static final String ITERATION = "iteration-";
    private static final String REMOVED = ".removed-";
    private static final String STAGING = ".publishing-";
    /** The reports aitest put in place, so that a file of the same name that it did not write is never lost. */
    private static final String WRITTEN = ".aitest-written";
    /** The outputs of a run, moved aside when the next one starts so that nothing stale is ever shown. */
    /** The folder of the classification runs. */
    public static final String CLASSIFICATION = "classification";
    private static final List<String> OUTPUTS = List.of(RESULTS_JSON, REPORT_HTML, REPORT_MD, JUNIT, ".aitest-written",
            CLASSIFICATION);

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

    /** The folder of iteration {@code index}. */
    public Path iterationDirectory(int index) {
        return directory.resolve(ITERATION + index);
    }

    /** Where the plugin that runs {@code kind} writes the XML of iteration {@code index}. */
    public Path iterationDirectory(TestKind kind, int index) {
        return kind == TestKind.TEST ? iterationDirectory(index)
                : iterationDirectory(index).resolve(kind.json());
    }

    /** The {@code java.io.tmpdir} of the test JVMs that run {@code kind} in iteration {@code index}. */
    public Path tempDirectory(TestKind kind, int index) {
        return iterationDirectory(kind, index).resolve("tmp");
    }

    /** Where aitest-runtime writes what the tests of {@code kind} record in iteration {@code index}. */
    public Path sidecarDirectory(TestKind kind, int index) {
        return iterationDirectory(kind, index).resolve("sidecars");
    }

    /** The record written when the tests of {@code kind} of iteration {@code index} have ended. */
    public Path iterationRecord(TestKind kind, int index) {
        return iterationDirectory(kind, index).resolve(ITERATION_RECORD);
    }

    /** The folder of the runs that classify the flaky tests of {@code kind}. */
    public Path classificationDirectory(TestKind kind) {
        return directory.resolve(CLASSIFICATION).resolve(kind.json());
    }

    /** The folder of classification run {@code index} of {@code kind}: its XML, its sidecars/ and tmp/. */
    public Path classificationRun(TestKind kind, int index) {
        return classificationDirectory(kind).resolve("run-" + index);
    }

    /** What the classification of {@code kind} found. */
    public Path classificationRecord(TestKind kind) {
        return classificationDirectory(kind).resolve("classification.json");
    }

    /** The indices of the iteration folders there are, in order. */
    public List<Integer> iterationIndices() throws IOException {
        List<Integer> indices = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return indices;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(directory, ITERATION + "[0-9]*")) {
            for (Path folder : folders) {
                String number = folder.getFileName().toString().substring(ITERATION.length());
                if (Files.isDirectory(folder) && number.matches("\\d{1,9}")) {
                    indices.add(Integer.parseInt(number));
                }
            }
        }
        indices.sort(null);
        return indices;
    }

    /**
     * Surefire's (or Failsafe's) own {@code tempDir} (its booter files) for iteration {@code index}: a folder of its
     * own per iteration and kind, so that iterations running at once never share one. The plugin takes it relative
     * to the build directory.
     */
    public static String pluginTempDir(TestKind kind, int index) {
        return (kind == TestKind.TEST ? "surefire" : "failsafe") + "-aitest-" + index;
    }

    /**
     * Moves everything an earlier run wrote out of the way, a rename each: its results.json, its reports and its
     * iteration folders, so that nothing of it can be taken for this run's; they are deleted on a spare thread
     * (with what an interrupted run left to delete), and the future ends when they are gone. The AI summary cache
     * stays.
     */
    public CompletableFuture<Void> clearForNewRun() throws IOException {
        if (!Files.isDirectory(directory)) {
            return CompletableFuture.completedFuture(null);
        }
        claim();
        Path removed = directory.resolve(REMOVED + System.nanoTime());
        List<Path> old = new ArrayList<>();
        for (String output : OUTPUTS) {
            if (Files.exists(directory.resolve(output))) {
                old.add(directory.resolve(output));
            }
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(directory, ITERATION + "[0-9]*")) {
            folders.forEach(old::add);
        }
        for (Path path : old) {
            Files.createDirectories(removed);
            Files.move(path, removed.resolve(path.getFileName()));
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

    /**
     * Removes the reports of the last publication before a new one rewrites results.json, so that a build killed
     * in between leaves results.json without reports rather than beside reports of other results: report.html,
     * report.md and the JUnit XML folder (renamed aside, then deleted), with what a killed publication left (its
     * {@code .partial} files and {@code .publishing-*} folder). A folder that stands where a report file goes is
     * left for the report's own write to name.
     */
    public void withdrawReports() throws IOException {
        claim();
        for (Path report : List.of(reportHtml(), reportMarkdown())) {
            if (Files.isRegularFile(report, java.nio.file.LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(report)) {
                Files.delete(report);
            }
        }
        List<Path> garbage = new ArrayList<>();
        if (Files.isDirectory(junitDirectory(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Path aside = directory.resolve(REMOVED + System.nanoTime());
            Files.createDirectories(aside);
            Files.move(junitDirectory(), aside.resolve(JUNIT));
            garbage.add(aside);
        }
        try (DirectoryStream<Path> left = Files.newDirectoryStream(directory, "{*" + AtomicFiles.PARTIAL + ","
                + STAGING + "*}")) {
            left.forEach(garbage::add);
        }
        for (Path path : garbage) {
            if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(path);
            } else {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Deletes a staging folder ({@link #staging}) and what is left in it. */
    public void discard(ReportsLayout staging) throws IOException {
        if (Files.exists(staging.directory())) {
            deleteTree(staging.directory());
        }
    }

    /** A reports directory that holds files aitest did not write where it writes its own; the message names them. */
    public static final class ForeignFilesException extends IOException {
        private static final long serialVersionUID = 1L;

        ForeignFilesException(String message) {
            super(message);
        }
    }

    /**
     * Makes sure this folder is aitest's before anything in it is replaced or removed, and marks it as such
     * ({@code .aitest.lock}): a file where the folder should be is refused, and so is a folder that holds, under
     * the names aitest writes, files it did not write (a hand-made {@code report.md}, {@code junit/TEST-x.xml}...),
     * so that nothing of a user's is lost. A folder aitest never used must hold none of its names; in one it uses,
     * the reports must be those it put in place ({@code .aitest-written}). Other files are never touched.
     *
     * @throws IOException saying what is wrong and what to do, naming the files
     */
    public void claim() throws IOException {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new IOException("aitest.reportsDirectory is " + directory + ", which is a file, not a folder; "
                    + "aitest writes results.json, the reports and one folder per iteration there. Move the file "
                    + "away, or give aitest.reportsDirectory a folder of its own, e.g. "
                    + "-Daitest.reportsDirectory=target/aitest-reports");
        }
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(LOCK), "", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return;
        }
        List<String> foreign = new ArrayList<>();
        if (!Files.exists(directory.resolve(LOCK)) && !aitestResults()) {
            for (String name : List.of(RESULTS_JSON, REPORT_HTML, REPORT_MD, JUNIT, SUMMARY_CACHE)) {
                if (Files.exists(directory.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    foreign.add(name + (Files.isDirectory(directory.resolve(name)) ? "/" : ""));
                }
            }
            try (DirectoryStream<Path> folders = Files.newDirectoryStream(directory, ITERATION + "[0-9]*")) {
                folders.forEach(folder -> foreign.add(folder.getFileName() + "/"));
            }
        } else if (Files.isRegularFile(directory.resolve(WRITTEN))) {
            java.util.Set<String> written = new java.util.HashSet<>();
            for (String line : Files.readAllLines(directory.resolve(WRITTEN))) {
                String[] parts = line.split("\t");
                // a file of that name that is not the one aitest put there (another size or time) is not aitest's
                if (parts.length == 3 && fingerprint(directory.resolve(parts[0])).equals(parts[1] + "\t" + parts[2])) {
                    written.add(parts[0]);
                }
            }
            for (String name : List.of(REPORT_HTML, REPORT_MD)) {
                if (Files.exists(directory.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && !written.contains(name)) {
                    foreign.add(name);
                }
            }
            if (Files.isDirectory(junitDirectory(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> files = Files.walk(junitDirectory())) {
                    files.filter(f -> !f.equals(junitDirectory()))
                            .map(f -> JUNIT + "/" + junitDirectory().relativize(f).toString().replace('\\', '/'))
                            .filter(name -> !written.contains(name) && !name.endsWith(AtomicFiles.PARTIAL))
                            .filter(name -> written.stream().noneMatch(w -> w.startsWith(name + "/")))
                            .sorted().forEach(foreign::add);
                }
            } else if (Files.exists(junitDirectory(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                foreign.add(JUNIT);
            }
        }
        if (!foreign.isEmpty()) {
            throw new ForeignFilesException("aitest.reportsDirectory is " + directory + ", which holds files aitest "
                    + "did not write where it writes its own: " + String.join(", ", foreign) + "; aitest would "
                    + "replace or remove them. Give aitest.reportsDirectory a folder of its own, e.g. "
                    + "-Daitest.reportsDirectory=target/aitest-reports, or move these files away");
        }
        Files.writeString(directory.resolve(LOCK), "", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /**
     * True when the folder's results.json is aitest's: a reports directory copied without its hidden files (a CI
     * artifact), or written by a version that left no {@code .aitest-written}.
     */
    private boolean aitestResults() {
        if (!Files.isRegularFile(resultsJson())) {
            return false;
        }
        try {
            ResultsJson.readHeader(resultsJson());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Records the reports just put in place, so that {@link #claim} knows them from a user's files. */
    public void recordWritten(List<Path> reports) throws IOException {
        List<String> names = new ArrayList<>();
        for (Path report : reports) {
            Path relative = directory.toAbsolutePath().relativize(report.toAbsolutePath());
            if (Files.isDirectory(report)) {
                try (Stream<Path> files = Files.walk(report)) {
                    files.filter(Files::isRegularFile).map(f -> directory.toAbsolutePath()
                            .relativize(f.toAbsolutePath()).toString().replace('\\', '/')).sorted()
                            .forEach(names::add);
                }
            } else {
                names.add(relative.toString().replace('\\', '/'));
            }
        }
        List<String> lines = new ArrayList<>();
        for (String name : names) {
            lines.add(name + "\t" + fingerprint(directory.resolve(name)));
        }
        AtomicFiles.write(directory.resolve(WRITTEN), out -> {
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        });
    }

    /** The size and modification time of {@code file}, or "-" when it is not a file. */
    private static String fingerprint(Path file) {
        try {
            return Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? Files.size(file) + "\t"
                    + Files.getLastModifiedTime(file).toMillis() : "-\t-";
        } catch (IOException e) {
            return "-\t-";
        }
    }

    /** A folder of its own in which a publication writes its reports before they are moved into place. */
    public ReportsLayout staging() {
        return new ReportsLayout(directory.toAbsolutePath().resolve(STAGING + System.nanoTime()));
    }

    /**
     * Waits for the folders {@link #clearForNewRun} moved aside to be deleted; gives {@code warn} the warning when
     * they could not all be.
     */
    public void awaitRemoval(CompletableFuture<Void> removal, Consumer<String> warn) {
        try {
            removal.join();
        } catch (CompletionException e) {
            warn.accept("aitest: the folders of an earlier run could not all be deleted (" + e.getCause().getMessage()
                    + "); " + removalAdvice());
        }
    }

    /** What to tell a user whose earlier folders could not all be deleted. */
    public String removalAdvice() {
        return "the next run tries again, or delete " + REMOVED + "* folders under " + directory + " by hand";
    }

    /**
     * Takes the lock of the reports directory, so that two builds never mix their iterations there.
     *
     * @throws IOException when another build holds it, with a message that says what to do
     */
    public Lock lock() throws IOException {
        claim();
        Path file = directory.resolve(LOCK);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held;
        try {
            held = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            held = null;
        }
        if (held == null) {
            channel.close();
            throw new IOException("another build is running aitest in " + directory + " (it holds " + file
                    + "); wait for it to end, or give this build a reports directory of its own with "
                    + "aitest.reportsDirectory");
        }
        return new Lock(channel);
    }

    /** The lock of a reports directory, released by {@link #close()}. */
    public static final class Lock implements AutoCloseable {
        private final FileChannel channel;

        private Lock(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /**
     * Deletes the Surefire and Failsafe temp folders ({@link #pluginTempDir}) that a killed build left in
     * {@code buildDirectory}; Surefire deletes its own when it ends normally.
     */
    public static void removeSurefireTempDirs(Path buildDirectory) {
        if (!Files.isDirectory(buildDirectory)) {
            return;
        }
        try (DirectoryStream<Path> left = Files.newDirectoryStream(buildDirectory, "{surefire,failsafe}-aitest-*")) {
            for (Path folder : left) {
                deleteTree(folder);
            }
        } catch (IOException e) {
            // Surefire makes them anew; one that cannot be deleted only takes room
        }
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
