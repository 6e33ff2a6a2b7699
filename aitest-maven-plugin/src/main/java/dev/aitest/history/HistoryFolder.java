package dev.aitest.history;

import dev.aitest.baseline.Baseline;
import dev.aitest.store.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The history folder ({@code aitest.history}): one file per build, {@code <start>-<commit>-<id>.json} (the start in
 * UTC to the millisecond, the commit's first 7 characters or {@code local}, and 8 hex characters of the hash of the
 * start and the project), so that the names sort by time and a build's record has one name: publishing the same run
 * again ({@code aitest:report}) replaces it, and two builds writing at once write two files, each whole or not at
 * all ({@link AtomicFiles}). After each append the oldest records beyond {@code aitest.historySize} are removed.
 * Files of other names are never touched.
 */
public final class HistoryFolder {

    /** What a record's name looks like. */
    static final Pattern NAME = Pattern.compile("\\d{8}T\\d{9}Z-([0-9a-f]{7}|local)-[0-9a-f]{8}\\.json");
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path directory;
    private final int size;

    /** The folder {@code directory}, keeping the newest {@code size} records. */
    public HistoryFolder(Path directory, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a history keeps at least 1 record, not " + size);
        }
        this.directory = directory;
        this.size = size;
    }

    public Path directory() {
        return directory;
    }

    /** The most records it keeps ({@code aitest.historySize}). */
    public int size() {
        return size;
    }

    /** Writes {@code record} (replacing the same build's), then removes the oldest beyond the size; its file. */
    public Path append(HistoryRecord record) throws IOException {
        Path file = directory.resolve(name(record));
        String text = HistoryFile.render(record);
        AtomicFiles.write(file, out -> out.write(text));
        List<Path> records = records();
        for (int i = 0; i < records.size() - size; i++) {
            Files.deleteIfExists(records.get(i));
        }
        return file;
    }

    /** The name of {@code record}'s file. */
    static String name(HistoryRecord record) {
        Instant start = Instant.parse(record.startedAt());
        String project = record.counts().project() == null ? "" : record.counts().project().groupId() + ":"
                + record.counts().project().artifactId();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((record.startedAt() + "\n" + project)
                    .getBytes(StandardCharsets.UTF_8));
            return START.format(start) + "-" + (record.source().shortCommit() == null ? "local"
                    : record.source().shortCommit()) + "-" + HexFormat.of().formatHex(hash, 0, 4) + ".json";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The records' files, oldest first; none when the folder does not exist. */
    public List<Path> records() throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.json")) {
            for (Path file : stream) {
                if (NAME.matcher(file.getFileName().toString()).matches()) {
                    files.add(file);
                }
            }
        }
        files.sort(null);
        return files;
    }

    /** Every record that can be read, oldest first; each damaged one is left out and named to {@code warn}. */
    public List<HistoryRecord> read(Consumer<String> warn) throws IOException {
        List<HistoryRecord> records = new ArrayList<>();
        for (Path file : records()) {
            try {
                records.add(HistoryFile.read(file));
            } catch (Baseline.UnusableException e) {
                warn.accept("aitest: the history record " + file + " is damaged (" + e.reason() + ") and left out; "
                        + "remove it, or leave it: it is skipped every time");
            }
        }
        return records;
    }
}
