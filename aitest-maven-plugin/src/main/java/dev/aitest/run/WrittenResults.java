package dev.aitest.run;

import dev.aitest.model.Results;
import dev.aitest.store.ResultsJson;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * Results a run of this build wrote to a {@code results.json}, kept with what tells that file apart (its size,
 * modification time and file key: the file is replaced whole whenever it is written, never changed in place), so
 * that a later goal of the same build ({@code aitest:verify}, the reactor's aggregate) takes them instead of parsing
 * the file again, as long as the file is still the one written. Reading the file gives equal results; parsing a
 * large one is what is saved. Held softly: under memory pressure they are dropped, and the file is read.
 */
public final class WrittenResults {

    private final Path file;
    private final Stamp stamp;
    private final SoftReference<Results> results;

    private WrittenResults(Path file, Stamp stamp, Results results) {
        this.file = file;
        this.stamp = stamp;
        this.results = new SoftReference<>(results);
    }

    /** What tells one version of a file from another. */
    private record Stamp(long size, FileTime modified, Object key) {

        static Stamp of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return attributes.isRegularFile()
                        ? new Stamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey()) : null;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    /**
     * {@code results}, which were just written to {@code file} (as they are, nothing added since); null when the
     * file cannot be told apart from a later one.
     */
    public static WrittenResults of(Path file, Results results) {
        Path normalized = file.toAbsolutePath().normalize();
        Stamp stamp = Stamp.of(normalized);
        return stamp == null || results == null ? null : new WrittenResults(normalized, stamp, results);
    }

    /** The results written, when {@code file} is the file they were written to and is unchanged since; else null. */
    public Results ifUnchanged(Path file) {
        if (!this.file.equals(file.toAbsolutePath().normalize())) {
            return null;
        }
        Results kept = results.get();
        return kept != null && Objects.equals(stamp, Stamp.of(this.file)) ? kept : null;
    }

    /**
     * The results in {@code file}: those {@code written} holds while the file is unchanged, else read from it
     * ({@link ResultsJson#read}, which says why a file cannot be used).
     *
     * @param written what a run of this build wrote to the file, or null
     */
    public static Results read(Path file, WrittenResults written) throws IOException {
        Results kept = written == null ? null : written.ifUnchanged(file);
        return kept != null ? kept : ResultsJson.read(file);
    }
}
