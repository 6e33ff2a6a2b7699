package dev.aitest.runtime;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Appends the JSON lines of this JVM to {@code <sidecarDir>/records-<pid>-<8 random hex>.jsonl} (and the order its
 * tests started in to {@code order-<pid>-<8 random hex>.txt}).
 *
 * <p>The file is created on the first line. Every line is written complete, with one {@code write} call on a
 * file opened in append mode ({@code O_APPEND}), under one lock: lines of concurrent threads never interleave,
 * and each line reaches the operating system before {@code append} returns (there is no buffer in the JVM), so a
 * JVM that ends with {@code System.exit} half way keeps every line already written.
 *
 * <p>The file is written through a {@link FileOutputStream} rather than a {@code FileChannel} on purpose: a
 * {@code FileChannel} is interruptible, so a test thread whose interrupt flag is set (after
 * {@code executor.shutdownNow()}, a preemptive timeout, ...) would close it for every thread and records would be
 * lost. A {@code FileOutputStream} issues the same single append {@code write(2)} and ignores interrupts.
 */
final class SidecarWriter {

    /** The records of {@link AiTest}: {@code records-<pid>-<random>.jsonl}. */
    private static final SidecarWriter RECORDS = new SidecarWriter("records-", ".jsonl");
    /** The order the tests of this JVM started in ({@link OrderLog}): {@code order-<pid>-<random>.txt}. */
    static final SidecarWriter ORDER = new SidecarWriter("order-", ".txt");

    private final Object lock = new Object();
    private final String prefix;
    private final String suffix;

    /** The value of {@link AiTest#SIDECAR_DIR_PROPERTY} that {@link #file} belongs to; guarded by lock. */
    private String openedFor;
    private Path file;
    private FileOutputStream out;
    private boolean warned;

    private SidecarWriter(String prefix, String suffix) {
        this.prefix = prefix;
        this.suffix = suffix;
    }

    /** Appends a line of records, as {@link #write} does. */
    static void append(String dir, String line) {
        RECORDS.write(dir, line);
    }

    /** The file this JVM writes its records to now, or null before the first record. */
    static Path currentFile() {
        return RECORDS.current();
    }

    /** Closes the files; the next line opens a new one (tests switch the sidecar directory between cases). */
    static void reset() {
        RECORDS.close();
        ORDER.close();
    }

    /**
     * Appends {@code line}, which must be one complete line ending with {@code \n}, to this JVM's file in
     * {@code dir}. An I/O failure never fails the calling test: it is reported once on {@code System.err} and the
     * next record tries to open the file again.
     */
    void write(String dir, String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        synchronized (lock) {
            try {
                if (out == null || !dir.equals(openedFor)) {
                    open(dir);
                }
                out.write(bytes);
            } catch (IOException | RuntimeException e) {
                closeQuietly();
                if (!warned) {
                    warned = true;
                    System.err.println("aitest: could not write a record to the sidecar directory " + dir + ": " + e);
                }
            }
        }
    }

    /** The file this JVM writes to now, or null before the first line. */
    Path current() {
        synchronized (lock) {
            return out == null ? null : file;
        }
    }

    /** Closes the file; the next line opens a new one. */
    void close() {
        synchronized (lock) {
            closeQuietly();
            warned = false;
        }
    }

    private void open(String dir) throws IOException {
        closeQuietly();
        Path directory = Paths.get(dir).toAbsolutePath();
        Files.createDirectories(directory);
        long pid = ProcessHandle.current().pid();
        for (int attempt = 0; ; attempt++) {
            String random = String.format("%08x", ThreadLocalRandom.current().nextInt());
            Path candidate = directory.resolve(prefix + pid + "-" + random + suffix);
            try {
                Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 16) {
                    continue;
                }
                throw e;
            }
            out = new FileOutputStream(candidate.toFile(), true);
            file = candidate;
            openedFor = dir;
            return;
        }
    }

    private void closeQuietly() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // nothing was buffered: every line is already written
            }
        }
        out = null;
        file = null;
        openedFor = null;
    }
}
