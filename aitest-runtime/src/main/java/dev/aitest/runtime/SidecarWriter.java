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
 * Appends the JSON lines of this JVM to {@code <sidecarDir>/records-<pid>-<8 random hex>.jsonl}.
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

    private static final Object LOCK = new Object();

    /** The value of {@link AiTest#SIDECAR_DIR_PROPERTY} that {@link #file} belongs to; guarded by LOCK. */
    private static String openedFor;
    private static Path file;
    private static FileOutputStream out;
    private static boolean warned;

    private SidecarWriter() {
    }

    /**
     * Appends {@code line}, which must be one complete line ending with {@code \n}, to this JVM's file in
     * {@code dir}. An I/O failure never fails the calling test: it is reported once on {@code System.err} and the
     * next record tries to open the file again.
     */
    static void append(String dir, String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        synchronized (LOCK) {
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

    /** The file this JVM writes to now, or null before the first record. */
    static Path currentFile() {
        synchronized (LOCK) {
            return out == null ? null : file;
        }
    }

    /** Closes the file; the next record opens a new one (tests switch the sidecar directory between cases). */
    static void reset() {
        synchronized (LOCK) {
            closeQuietly();
            warned = false;
        }
    }

    private static void open(String dir) throws IOException {
        closeQuietly();
        Path directory = Paths.get(dir).toAbsolutePath();
        Files.createDirectories(directory);
        long pid = ProcessHandle.current().pid();
        for (int attempt = 0; ; attempt++) {
            String random = String.format("%08x", ThreadLocalRandom.current().nextInt());
            Path candidate = directory.resolve("records-" + pid + "-" + random + ".jsonl");
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

    private static void closeQuietly() {
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
