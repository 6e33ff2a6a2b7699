package dev.aitest.store;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: into a temporary file next to it, moved into place once complete. A reader
 * never sees half a file, and a write that fails (a renderer that throws, a full disk) leaves the old file as it
 * was.
 */
public final class AtomicFiles {

    /** The suffix of the temporary file a write goes into, next to the file it replaces. */
    public static final String PARTIAL = ".partial";

    /** Writes text into a {@link Writer}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes bytes into an {@link OutputStream}. */
    @FunctionalInterface
    public interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code content} as UTF-8 to {@code file}, replacing it only once the new content is complete. */
    public static void write(Path file, Content content) throws IOException {
        writeBytes(file, stream -> {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
                content.writeTo(out);
            }
        });
    }

    /** Writes {@code content} to {@code file}, replacing it only once the new content is complete. */
    public static void writeBytes(Path file, Bytes content) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = absolute.resolveSibling(absolute.getFileName() + PARTIAL);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                content.writeTo(out);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException left) {
                e.addSuppressed(left);
            }
            throw e;
        }
    }
}
